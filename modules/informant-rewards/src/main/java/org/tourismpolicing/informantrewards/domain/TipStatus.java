package org.tourismpolicing.informantrewards.domain;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The stages of a tip: submitted → under review → accepted or rejected → verifying → verified true
 * or verified false → reward decided → paid; a tip verified false, or true but earning nothing,
 * ends as no reward. Rejected, paid and no-reward are final.
 */
public enum TipStatus {
  SUBMITTED,
  UNDER_REVIEW,
  ACCEPTED,
  REJECTED,
  VERIFYING,
  VERIFIED_TRUE,
  VERIFIED_FALSE,
  REWARD_DECIDED,
  PAID,
  NO_REWARD;

  private static final Map<TipStatus, Set<TipStatus>> NEXT =
      Map.of(
          SUBMITTED, EnumSet.of(UNDER_REVIEW),
          UNDER_REVIEW, EnumSet.of(ACCEPTED, REJECTED),
          ACCEPTED, EnumSet.of(VERIFYING),
          REJECTED, EnumSet.noneOf(TipStatus.class),
          VERIFYING, EnumSet.of(VERIFIED_TRUE, VERIFIED_FALSE),
          VERIFIED_TRUE, EnumSet.of(REWARD_DECIDED, NO_REWARD),
          VERIFIED_FALSE, EnumSet.of(NO_REWARD),
          REWARD_DECIDED, EnumSet.of(PAID),
          PAID, EnumSet.noneOf(TipStatus.class),
          NO_REWARD, EnumSet.noneOf(TipStatus.class));

  public boolean canMoveTo(TipStatus next) {
    return NEXT.get(this).contains(next);
  }

  public boolean isFinal() {
    return NEXT.get(this).isEmpty();
  }

  /** The status as the API writes it: {@code under-review}, {@code verified-true} … */
  public String code() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  public static Optional<TipStatus> fromCode(String code) {
    return Arrays.stream(values()).filter(s -> s.code().equals(code)).findFirst();
  }
}
