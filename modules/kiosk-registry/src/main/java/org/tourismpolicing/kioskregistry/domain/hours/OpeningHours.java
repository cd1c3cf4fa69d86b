package org.tourismpolicing.kioskregistry.domain.hours;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.tourismpolicing.core.validation.InvalidValueException;

/**
 * Opening hours of a kiosk in the OpenStreetMap {@code opening_hours} syntax, for example {@code
 * Mo-Su 09:00-22:00; PH 08:00-23:00}. Parsed and checked once by {@link #parse}; immutable and safe
 * to evaluate from many threads.
 *
 * <p>Evaluation works on the local dates and times of the zone of the instant asked about, which
 * should be the tenant's zone: {@code 09:00} means nine o'clock on the local clock, also on days
 * when daylight saving time starts or ends.
 *
 * <p>Supported, with the meaning the OSM specification gives them:
 *
 * <ul>
 *   <li>{@code 24/7}; weekdays and weekday ranges, also over the week end ({@code Fr-Mo});
 *   <li>{@code PH} and {@code SH} from a {@link HolidayCalendar}: alone ({@code PH off}), added to
 *       weekdays with a comma ({@code Mo-Su,PH}) or restricted to weekdays with a space ({@code SH
 *       Mo-Fr});
 *   <li>years and year ranges ({@code 2025}, {@code 2024-2026}, {@code 2024-2030/2}, {@code
 *       2025+}); months, month-day dates and ranges ({@code Jan-Mar}, {@code Dec 24-26}, {@code Jul
 *       01-Aug 31}), also over the year end ({@code Nov-Feb}, {@code Dec 24-Jan 02}), and with
 *       years ({@code 2025 Dec 24-2026 Jan 02});
 *   <li>the nth weekday of the month, counted from its start or its end ({@code Mo[1] off}: closed
 *       the first Monday; {@code Su[-1]}, {@code Sa[1-2]}, {@code Mo[1,3]}), also moved by whole
 *       days ({@code Su[-1] -1 day}: the Saturday before the last Sunday) and as ends of date
 *       ranges ({@code Nov Su[1]}, {@code Mar Su[-1]-Oct Su[-1]}); a fifth weekday that a month
 *       does not have stands for its last one in a date range;
 *   <li>ISO 8601 week numbers ({@code week 01-10/2}, {@code week 53 off}, {@code week 52-02} over
 *       the year end);
 *   <li>time spans with minutes, several per rule; spans past midnight ({@code 22:00-02:00}, {@code
 *       18:00-26:00}, up to {@code 48:00}) carry into the next day; {@code 24:00} ends a day; equal
 *       start and end ({@code 22:00-22:00}) means 24 hours; a rule without times covers the whole
 *       day;
 *   <li>modifiers {@code open}, {@code closed}/{@code off} and {@code unknown}. <strong>Unknown
 *       counts as not open</strong>, and so does a rule that is only a comment ({@code "by
 *       appointment"}); other comments are ignored;
 *   <li>separators: {@code ;} starts a normal rule, which on each local calendar day it matches
 *       replaces what earlier rules said about that day (including hours carried over past midnight
 *       from the day before) when it opens or says unknown; a normal {@code closed}/{@code off}
 *       rule only closes its own times ({@code Mo-Fr 08:00-18:00; We 12:00-13:00 off} keeps
 *       Wednesday morning). {@code ,} adds a rule without replacing anything. {@code ||} adds a
 *       fallback rule, which applies only on days no earlier rule matched and only fills times no
 *       earlier rule spoke about.
 * </ul>
 *
 * <p>Refused at parse time with {@code opening-hours.unsupported}, since evaluating them would need
 * more than this evaluator knows: variable times ({@code sunrise}, {@code sunset}, {@code dawn},
 * {@code dusk}), the nth weekday of a month in a given year ({@code 2026 Dec Su[1]}), variable
 * dates and date or holiday offsets ({@code easter}, {@code Dec 25 +Mo}, {@code PH +1 day}), open
 * ends ({@code 18:00+}, {@code Jan 31+}), intervals and points in time ({@code 10:00-16:00/01:30},
 * {@code 10:00}). Malformed expressions are refused with {@code opening-hours.syntax}, carrying the
 * parser's message; the parser runs in its strict mode, so sloppy forms such as {@code 9-17},
 * {@code Mon-Fri} or {@code 10am} are refused too.
 */
public final class OpeningHours {

  /** How far {@link #stateAt} looks for the next change. */
  static final Duration SEARCH_HORIZON = Duration.ofDays(8);

  private final String expression;
  private final DayPlanner planner;

  private OpeningHours(String expression, List<CompiledRule> rules) {
    this.expression = expression;
    this.planner = new DayPlanner(rules);
  }

  /**
   * Parses and checks {@code expression}.
   *
   * @throws InvalidValueException with code {@code opening-hours.syntax} (argument: what is wrong,
   *     with the parser's position when it gives one) when the expression is empty or malformed, or
   *     {@code opening-hours.unsupported} (argument: the construct as the parser prints it) when it
   *     uses a construct this evaluator does not support
   */
  public static OpeningHours parse(String expression) {
    return new OpeningHours(expression, RuleCompiler.compile(expression));
  }

  /** True when {@link #parse} would accept {@code expression}; false for null. */
  public static boolean isValid(String expression) {
    try {
      parse(expression);
      return true;
    } catch (InvalidValueException e) {
      return false;
    }
  }

  /** The expression as it was given to {@link #parse}. */
  public String expression() {
    return expression;
  }

  /**
   * True when the hours say open at {@code time}, read on the local clock of its zone. Times a rule
   * marks {@code unknown} are not open.
   */
  public boolean isOpenAt(ZonedDateTime time, HolidayCalendar holidays) {
    Objects.requireNonNull(time, "time");
    Objects.requireNonNull(holidays, "holidays");
    return new Plans(holidays).isOpen(time.toLocalDateTime());
  }

  /**
   * Whether the hours say open at {@code time}, and the first later instant at which that flips,
   * looking at most eight days ahead. The instant is exact across daylight saving changes: when the
   * clock jumps over an opening time the change is the instant of the jump, and when it falls back
   * into a closed hour the change is the instant it falls back.
   */
  public OpenState stateAt(ZonedDateTime time, HolidayCalendar holidays) {
    Objects.requireNonNull(time, "time");
    Objects.requireNonNull(holidays, "holidays");
    Plans plans = new Plans(holidays);
    ZoneId zone = time.getZone();
    ZoneRules zoneRules = zone.getRules();
    boolean open = plans.isOpen(time.toLocalDateTime());

    Instant cursor = time.toInstant();
    Instant limit = cursor.plus(SEARCH_HORIZON);
    // Between two offset transitions the local clock runs evenly, so a change can only happen at
    // a minute boundary of the local clock or at the transition itself.
    while (cursor.isBefore(limit)) {
      ZoneOffset offset = zoneRules.getOffset(cursor);
      ZoneOffsetTransition transition = zoneRules.nextTransition(cursor);
      Instant segmentEnd =
          transition == null || transition.getInstant().isAfter(limit)
              ? limit
              : transition.getInstant();
      Optional<LocalDateTime> change =
          plans.nextChange(
              LocalDateTime.ofInstant(cursor, offset),
              LocalDateTime.ofInstant(segmentEnd, offset),
              open);
      if (change.isPresent()) {
        return changesAt(open, change.get().toInstant(offset), zone);
      }
      if (segmentEnd.equals(limit)) {
        break;
      }
      LocalDateTime afterJump =
          LocalDateTime.ofInstant(segmentEnd, zoneRules.getOffset(segmentEnd));
      if (plans.isOpen(afterJump) != open) {
        return changesAt(open, segmentEnd, zone);
      }
      cursor = segmentEnd;
    }
    return new OpenState(open, Optional.empty());
  }

  private static OpenState changesAt(boolean open, Instant instant, ZoneId zone) {
    return new OpenState(open, Optional.of(ZonedDateTime.ofInstant(instant, zone)));
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof OpeningHours hours && expression.equals(hours.expression);
  }

  @Override
  public int hashCode() {
    return expression.hashCode();
  }

  @Override
  public String toString() {
    return expression;
  }

  /** Day plans for one evaluation, each computed once. */
  private final class Plans {

    private final HolidayCalendar holidays;
    private final Map<LocalDate, byte[]> byDate = new HashMap<>();

    Plans(HolidayCalendar holidays) {
      this.holidays = holidays;
    }

    boolean isOpen(LocalDateTime local) {
      return plan(local.toLocalDate())[minuteOfDay(local)] == DayPlanner.OPEN;
    }

    /**
     * The first minute boundary strictly after {@code from} and strictly before {@code to} at which
     * openness differs from {@code open}.
     */
    Optional<LocalDateTime> nextChange(LocalDateTime from, LocalDateTime to, boolean open) {
      LocalDateTime boundary = from.truncatedTo(ChronoUnit.MINUTES).plusMinutes(1);
      while (boundary.isBefore(to)) {
        LocalDate date = boundary.toLocalDate();
        byte[] minutes = plan(date);
        int end =
            date.equals(to.toLocalDate()) ? minutesRoundedUp(to) : CompiledRule.MINUTES_PER_DAY;
        for (int minute = minuteOfDay(boundary); minute < end; minute++) {
          if ((minutes[minute] == DayPlanner.OPEN) != open) {
            return Optional.of(date.atTime(minute / 60, minute % 60));
          }
        }
        boundary = date.plusDays(1).atStartOfDay();
      }
      return Optional.empty();
    }

    private byte[] plan(LocalDate date) {
      return byDate.computeIfAbsent(date, day -> planner.plan(day, holidays));
    }

    private static int minuteOfDay(LocalDateTime local) {
      return local.getHour() * 60 + local.getMinute();
    }

    private static int minutesRoundedUp(LocalDateTime local) {
      long nanos = local.toLocalTime().toNanoOfDay();
      long nanosPerMinute = Duration.ofMinutes(1).toNanos();
      return (int) ((nanos + nanosPerMinute - 1) / nanosPerMinute);
    }
  }
}
