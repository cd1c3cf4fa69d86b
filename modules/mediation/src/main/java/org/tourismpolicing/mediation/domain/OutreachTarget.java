package org.tourismpolicing.mediation.domain;

/** Whom an outreach visit went to. */
public enum OutreachTarget implements Coded {
  MERCHANT,
  COMMUNITY
}
