/**
 * Dispatch's services: intake, assignment (safe under races), unit reports, the watch job, patrol
 * plans, statistics and the live board.
 */
package org.tourismpolicing.dispatch.application;
