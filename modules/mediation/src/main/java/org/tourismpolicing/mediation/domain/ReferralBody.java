package org.tourismpolicing.mediation.domain;

/** Where a dispute that mediation could not settle is sent. */
public enum ReferralBody implements Coded {
  COURT,
  ARBITRATION,
  MARKET_REGULATION,
  OTHER
}
