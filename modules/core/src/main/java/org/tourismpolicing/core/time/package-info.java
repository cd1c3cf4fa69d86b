/** The application's clock: one injectable source of time, adjustable in tests and demos. */
package org.tourismpolicing.core.time;
