package org.tourismpolicing.informantrewards.domain;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.tourismpolicing.core.i18n.LocalizedText;

/**
 * A tenant's tip line, as bound from {@code informant-rewards.yaml}: tip categories, the reward
 * schedule, the reward budget per period, photo limits and the spam window.
 */
public record InformantSettings(
    String numberPrefix,
    List<Category> categories,
    RewardSchedule schedule,
    Budget budget,
    Photos photos,
    Duration duplicateWindow) {

  public static final String MODULE = "informant-rewards";

  public InformantSettings {
    categories = List.copyOf(categories);
  }

  public record Category(String code, LocalizedText names) {}

  /** At most {@code limitFen} of rewards approved per period of the tenant's calendar. */
  public record Budget(BudgetPeriod period, long limitFen) {}

  public record Photos(long maxBytes, int maxPerTip) {}

  public Optional<Category> category(String code) {
    return categories.stream().filter(c -> c.code().equals(code)).findFirst();
  }
}
