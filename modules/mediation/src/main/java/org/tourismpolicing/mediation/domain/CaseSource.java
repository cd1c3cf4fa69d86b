package org.tourismpolicing.mediation.domain;

/** How a dispute reached the mediation room. */
public enum CaseSource implements Coded {
  /** The parties came to the room themselves. */
  WALK_IN,
  /** Officers attended the dispute and referred it (dispatch module, by event). */
  INCIDENT_REFERRAL,
  /** A partner department (market regulation, culture and tourism …) sent it. */
  DEPARTMENT_REFERRAL,
  /** A call to the room's or the tourism complaints hotline. */
  HOTLINE,
  /** Found on an outreach visit (敲门、叩门、串门、守门). */
  OUTREACH
}
