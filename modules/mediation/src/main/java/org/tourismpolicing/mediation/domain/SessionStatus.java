package org.tourismpolicing.mediation.domain;

/** A mediation session is scheduled, then held (with attendees and notes) or cancelled. */
public enum SessionStatus implements Coded {
  SCHEDULED,
  HELD,
  CANCELLED
}
