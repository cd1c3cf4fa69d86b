package org.tourismpolicing.mediation.domain;

/** Who a party of a tourism dispute is. */
public enum PartyRole implements Coded {
  TOURIST,
  MERCHANT,
  RESIDENT
}
