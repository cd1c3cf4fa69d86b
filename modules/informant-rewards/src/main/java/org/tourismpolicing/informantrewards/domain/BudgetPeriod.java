package org.tourismpolicing.informantrewards.domain;

import java.time.LocalDate;
import java.util.Locale;

/** The span a reward budget covers, in the tenant's calendar. */
public enum BudgetPeriod {
  MONTH,
  QUARTER,
  YEAR;

  /** The period's key for a local date: {@code 2026-11}, {@code 2026-Q4}, {@code 2026}. */
  public String keyOf(LocalDate day) {
    return switch (this) {
      case MONTH -> String.format(Locale.ROOT, "%04d-%02d", day.getYear(), day.getMonthValue());
      case QUARTER ->
          String.format(Locale.ROOT, "%04d-Q%d", day.getYear(), (day.getMonthValue() + 2) / 3);
      case YEAR -> String.format(Locale.ROOT, "%04d", day.getYear());
    };
  }

  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }
}
