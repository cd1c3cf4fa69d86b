/**
 * Dispute cases and their workflow, mediators and duty, department tasks, satisfaction, outreach.
 */
package org.tourismpolicing.mediation.domain;
