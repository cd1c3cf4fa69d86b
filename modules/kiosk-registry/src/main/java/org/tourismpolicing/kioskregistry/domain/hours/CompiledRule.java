package org.tourismpolicing.kioskregistry.domain.hours;

import java.time.LocalDate;
import java.util.List;

/**
 * One rule of an expression, checked and reduced to what evaluation needs: how it combines with the
 * rules before it, what it says, on which days, at which times.
 *
 * @param times time ranges in minutes from the matched day's midnight; a range may end up to 48:00,
 *     the part past 24:00 falling on the next day
 */
record CompiledRule(
    Kind kind, Effect effect, List<DayCondition> conditions, List<TimeRange> times) {

  static final int MINUTES_PER_DAY = 24 * 60;

  /** The separator before the rule. */
  enum Kind {
    /** First rule, or after {@code ;}: replaces earlier rules on the days it matches. */
    NORMAL,
    /** After {@code ,}: adds to earlier rules. */
    ADDITIONAL,
    /** After {@code ||}: applies only on days no earlier rule matched. */
    FALLBACK
  }

  /** What the rule says about its times. */
  enum Effect {
    OPEN,
    CLOSED,
    UNKNOWN
  }

  /**
   * Minutes {@code start} (inclusive) to {@code end} (exclusive) from the matched day's midnight.
   */
  record TimeRange(int start, int end) {}

  CompiledRule {
    conditions = List.copyOf(conditions);
    times = List.copyOf(times);
  }

  boolean matches(LocalDate date, HolidayCalendar holidays) {
    for (DayCondition condition : conditions) {
      if (!condition.test(date, holidays)) {
        return false;
      }
    }
    return true;
  }

  /**
   * True when matching a day wipes what earlier rules said about it. Following opening_hours.js,
   * the reference evaluator, a closing rule does not: {@code Mo-Fr 08:00-18:00; We 12:00-13:00 off}
   * closes Wednesday's lunch hour, not the whole Wednesday.
   */
  boolean replacesDay() {
    return kind == Kind.NORMAL && effect != Effect.CLOSED;
  }

  /** True when a time range runs past midnight into the next day. */
  boolean carriesOver() {
    return times.stream().anyMatch(range -> range.end() > MINUTES_PER_DAY);
  }
}
