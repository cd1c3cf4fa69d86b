package org.tourismpolicing.kioskregistry.domain.hours;

import static org.tourismpolicing.kioskregistry.domain.hours.CompiledRule.MINUTES_PER_DAY;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.tourismpolicing.kioskregistry.domain.hours.CompiledRule.Kind;
import org.tourismpolicing.kioskregistry.domain.hours.CompiledRule.TimeRange;

/**
 * Works out the state of each minute of one local calendar day from the compiled rules.
 *
 * <p>Rules are applied left to right. A rule that matches the day writes its times on the day; a
 * rule that matched the day before writes the part of its times past midnight at the start of the
 * day. A normal rule that opens (or says unknown) first wipes the day, including what the day
 * before carried over, which is why rules that run past midnight are better joined with {@code ,}.
 * A fallback rule only fills minutes no earlier rule wrote.
 */
final class DayPlanner {

  /** No rule said anything about the minute: closed. */
  static final byte UNSET = 0;

  static final byte OPEN = 1;
  static final byte CLOSED = 2;
  static final byte UNKNOWN = 3;

  private final List<CompiledRule> rules;

  DayPlanner(List<CompiledRule> rules) {
    this.rules = List.copyOf(rules);
  }

  /** The state of each minute of {@code date}, indexed by minute of the day. */
  byte[] plan(LocalDate date, HolidayCalendar holidays) {
    byte[] minutes = new byte[MINUTES_PER_DAY];
    LocalDate dayBefore = date.minusDays(1);
    boolean earlierMatchedDay = false;
    for (CompiledRule rule : rules) {
      boolean matchesDay = rule.matches(date, holidays);
      boolean matchesDayBefore = rule.carriesOver() && rule.matches(dayBefore, holidays);
      boolean fallback = rule.kind() == Kind.FALLBACK;
      boolean appliesToDay = matchesDay && !(fallback && earlierMatchedDay);
      boolean appliesToDayBefore =
          matchesDayBefore && !(fallback && matchedBefore(rule, dayBefore, holidays));
      earlierMatchedDay |= matchesDay;

      if (appliesToDay && rule.replacesDay()) {
        Arrays.fill(minutes, UNSET);
      }
      byte value = valueOf(rule.effect());
      for (TimeRange range : rule.times()) {
        if (appliesToDayBefore && range.end() > MINUTES_PER_DAY) {
          write(
              minutes,
              Math.max(range.start() - MINUTES_PER_DAY, 0),
              range.end() - MINUTES_PER_DAY,
              value,
              fallback);
        }
        if (appliesToDay && range.start() < MINUTES_PER_DAY) {
          write(minutes, range.start(), Math.min(range.end(), MINUTES_PER_DAY), value, fallback);
        }
      }
    }
    return minutes;
  }

  /** True when a rule before {@code rule} matches {@code date}, which suppresses a fallback. */
  private boolean matchedBefore(CompiledRule rule, LocalDate date, HolidayCalendar holidays) {
    for (CompiledRule earlier : rules) {
      if (earlier == rule) {
        return false;
      }
      if (earlier.matches(date, holidays)) {
        return true;
      }
    }
    return false;
  }

  private static void write(byte[] minutes, int from, int to, byte value, boolean onlyUnset) {
    if (!onlyUnset) {
      Arrays.fill(minutes, from, to, value);
      return;
    }
    for (int minute = from; minute < to; minute++) {
      if (minutes[minute] == UNSET) {
        minutes[minute] = value;
      }
    }
  }

  private static byte valueOf(CompiledRule.Effect effect) {
    return switch (effect) {
      case OPEN -> OPEN;
      case CLOSED -> CLOSED;
      case UNKNOWN -> UNKNOWN;
    };
  }
}
