package org.tourismpolicing.blacklist.domain;

/**
 * An appeal by a listed subject: received, under review, then decided. {@link #UPHELD} means the
 * listing is upheld (the appeal fails); {@link #OVERTURNED} means the listing is overturned.
 */
public enum AppealStatus implements Coded {
  RECEIVED,
  UNDER_REVIEW,
  UPHELD,
  OVERTURNED;

  public boolean isDecided() {
    return this == UPHELD || this == OVERTURNED;
  }
}
