package org.tourismpolicing.informantrewards.domain;

import java.util.Locale;

/** A reward is proposed by the handler, approved by a second person, then paid once. */
public enum RewardStatus {
  PROPOSED,
  APPROVED,
  PAID;

  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }
}
