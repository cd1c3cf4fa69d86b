package org.tourismpolicing.kioskregistry.domain.hours;

import static org.tourismpolicing.kioskregistry.domain.hours.CompiledRule.MINUTES_PER_DAY;

import ch.poole.openinghoursparser.DateRange;
import ch.poole.openinghoursparser.DateWithOffset;
import ch.poole.openinghoursparser.Holiday;
import ch.poole.openinghoursparser.Nth;
import ch.poole.openinghoursparser.OpeningHoursParseException;
import ch.poole.openinghoursparser.OpeningHoursParser;
import ch.poole.openinghoursparser.Rule;
import ch.poole.openinghoursparser.RuleModifier;
import ch.poole.openinghoursparser.TimeSpan;
import ch.poole.openinghoursparser.TokenMgrError;
import ch.poole.openinghoursparser.WeekDay;
import ch.poole.openinghoursparser.WeekDayRange;
import ch.poole.openinghoursparser.WeekRange;
import ch.poole.openinghoursparser.YearRange;
import java.io.StringReader;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.tourismpolicing.core.validation.InvalidValueException;
import org.tourismpolicing.kioskregistry.domain.hours.CompiledRule.Effect;
import org.tourismpolicing.kioskregistry.domain.hours.CompiledRule.Kind;
import org.tourismpolicing.kioskregistry.domain.hours.CompiledRule.TimeRange;
import org.tourismpolicing.kioskregistry.domain.hours.DayCondition.AnnualDay;
import org.tourismpolicing.kioskregistry.domain.hours.DayCondition.AnnualSpan;
import org.tourismpolicing.kioskregistry.domain.hours.DayCondition.DateSpan;
import org.tourismpolicing.kioskregistry.domain.hours.DayCondition.FixedSpan;
import org.tourismpolicing.kioskregistry.domain.hours.DayCondition.MovingAnnualSpan;
import org.tourismpolicing.kioskregistry.domain.hours.DayCondition.NthWeekday;
import org.tourismpolicing.kioskregistry.domain.hours.DayCondition.YearSpan;

/**
 * Parses an expression with ch.poole's OpeningHoursParser and turns its rules into {@link
 * CompiledRule}s, refusing what the parser accepts but the evaluator cannot evaluate exactly.
 */
final class RuleCompiler {

  static final String SYNTAX = "opening-hours.syntax";
  static final String UNSUPPORTED = "opening-hours.unsupported";

  /**
   * Longest expression accepted. OSM itself stops at 255 characters; the bound also keeps the
   * parser's error recovery, which recurses once per error, far from the stack limit.
   */
  static final int MAX_LENGTH = 1000;

  private static final int MAX_EXTENDED_TIME = 2 * MINUTES_PER_DAY;

  private RuleCompiler() {}

  static List<CompiledRule> compile(String expression) {
    if (expression == null || expression.isBlank()) {
      throw syntax("opening hours are empty");
    }
    if (expression.length() > MAX_LENGTH) {
      throw syntax("opening hours are longer than " + MAX_LENGTH + " characters");
    }
    List<Rule> parsed = parse(expression);
    List<CompiledRule> compiled = new ArrayList<>(parsed.size());
    for (int index = 0; index < parsed.size(); index++) {
      compiled.add(compileRule(parsed.get(index), index));
    }
    return compiled;
  }

  private static List<Rule> parse(String expression) {
    try {
      // Strict mode refuses sloppy forms (9-17, Mon, am/pm, "to") instead of guessing; strictTime
      // off lets 22:00-02:00 through as 22:00-26:00, which the specification allows.
      return new OpeningHoursParser(new StringReader(expression)).rules(true, false);
    } catch (OpeningHoursParseException e) {
      throw syntax(oneLine(String.valueOf(e.getMessage())));
    } catch (RuntimeException | TokenMgrError e) {
      // The generated parser should only throw the checked exception; anything else is still bad
      // input, not a server error.
      throw syntax(oneLine(String.valueOf(e.getMessage())));
    }
  }

  private static CompiledRule compileRule(Rule rule, int index) {
    int number = index + 1;
    if (isEmpty(rule)) {
      throw syntax("rule " + number + " is empty (a stray ';', ',' or '||'?)");
    }
    List<DayCondition> conditions = new ArrayList<>();
    if (!isEmpty(rule.getYears())) {
      conditions.add(years(rule.getYears(), number));
    }
    if (!isEmpty(rule.getWeeks())) {
      conditions.add(weeks(rule.getWeeks(), number));
    }
    if (!isEmpty(rule.getDates())) {
      conditions.add(dates(rule.getDates(), number));
    }
    if (!isEmpty(rule.getDays()) || !isEmpty(rule.getHolidays())) {
      conditions.add(days(rule, number));
    }
    return new CompiledRule(kind(rule, index), effect(rule), conditions, times(rule, number));
  }

  private static boolean isEmpty(Rule rule) {
    return !rule.isTwentyfourseven()
        && isEmpty(rule.getYears())
        && isEmpty(rule.getWeeks())
        && isEmpty(rule.getDates())
        && isEmpty(rule.getHolidays())
        && isEmpty(rule.getDays())
        && isEmpty(rule.getTimes())
        && rule.getModifier() == null;
  }

  private static Kind kind(Rule rule, int index) {
    if (index == 0) {
      return Kind.NORMAL;
    }
    if (rule.isFallBack()) {
      return Kind.FALLBACK;
    }
    return rule.isAdditive() ? Kind.ADDITIONAL : Kind.NORMAL;
  }

  private static Effect effect(Rule rule) {
    RuleModifier modifier = rule.getModifier();
    if (modifier == null || modifier.getModifier() == null) {
      // A rule that is nothing but a comment ("by appointment") says the state is not known; a
      // comment after selectors or times is only a note on an opening.
      return modifier != null && selectsNothing(rule) ? Effect.UNKNOWN : Effect.OPEN;
    }
    return switch (modifier.getModifier()) {
      case OPEN -> Effect.OPEN;
      case CLOSED, OFF -> Effect.CLOSED;
      case UNKNOWN -> Effect.UNKNOWN;
    };
  }

  private static boolean selectsNothing(Rule rule) {
    return !rule.isTwentyfourseven()
        && isEmpty(rule.getYears())
        && isEmpty(rule.getDates())
        && isEmpty(rule.getHolidays())
        && isEmpty(rule.getDays())
        && isEmpty(rule.getTimes());
  }

  private static DayCondition years(List<YearRange> ranges, int number) {
    List<YearSpan> spans = new ArrayList<>();
    for (YearRange range : ranges) {
      int first = range.getStartYear();
      if (range.isOpenEnded()) {
        spans.add(new YearSpan(first, Integer.MAX_VALUE, 1));
      } else if (range.getEndYear() == YearRange.UNDEFINED_YEAR) {
        spans.add(new YearSpan(first, first, 1));
      } else if (range.getEndYear() < first) {
        throw syntax("year range " + range + " in rule " + number + " ends before it starts");
      } else {
        int step = range.getInterval() > 0 ? range.getInterval() : 1;
        spans.add(new YearSpan(first, range.getEndYear(), step));
      }
    }
    return new DayCondition.Years(spans);
  }

  private static DayCondition weeks(List<WeekRange> ranges, int number) {
    List<YearSpan> spans = new ArrayList<>();
    for (WeekRange range : ranges) {
      int first = range.getStartWeek();
      int last = range.getEndWeek() == WeekRange.UNDEFINED_WEEK ? first : range.getEndWeek();
      int step = range.getInterval() > 0 ? range.getInterval() : 1;
      for (int week : new int[] {first, last}) {
        if (week < WeekRange.MIN_WEEK || week > WeekRange.MAX_WEEK) {
          throw syntax("week " + range + " in rule " + number + " is not a week of a year (01-53)");
        }
      }
      if (last >= first) {
        spans.add(new YearSpan(first, last, step));
      } else if (step == 1) {
        // "week 52-02" runs over the year end.
        spans.add(new YearSpan(first, WeekRange.MAX_WEEK, 1));
        spans.add(new YearSpan(WeekRange.MIN_WEEK, last, 1));
      } else {
        throw unsupported("week " + range, "week range over the year end with a step", number);
      }
    }
    return new DayCondition.Weeks(spans);
  }

  private static DayCondition dates(List<DateRange> ranges, int number) {
    List<DateSpan> spans = new ArrayList<>();
    for (DateRange range : ranges) {
      spans.add(dateSpan(range, number));
    }
    return new DayCondition.Dates(spans);
  }

  private static DateSpan dateSpan(DateRange range, int number) {
    DateWithOffset start = range.getStartDate();
    DateWithOffset end = range.getEndDate();
    if (range.getInterval() != 0) {
      throw unsupported(range.toString(), "date range with an interval", number);
    }
    requirePlainDate(start, range, number);
    if (end != null) {
      requirePlainDate(end, range, number);
    }
    if (start.getMonth() == null) {
      throw syntax("date range " + range + " in rule " + number + " has no month");
    }
    if (start.getNthWeekDay() != null || (end != null && end.getNthWeekDay() != null)) {
      return movingSpan(start, end, range, number);
    }
    Month startMonth = month(start.getMonth());
    Month endMonth = end == null || end.getMonth() == null ? startMonth : month(end.getMonth());
    int startDay = start.undefinedDay() ? 1 : start.getDay();
    boolean endDayGiven = end == null ? !start.undefinedDay() : !end.undefinedDay();
    int endDay = end == null ? startDay : end.getDay();

    if (start.undefinedYear()) {
      if (end != null && !end.undefinedYear()) {
        throw unsupported(range.toString(), "date range with a year only at its end", number);
      }
      checkDay(startMonth, startDay, range, number);
      int lastDay = endDayGiven ? endDay : endMonth.maxLength();
      checkDay(endMonth, lastDay, range, number);
      return new AnnualSpan(
          AnnualSpan.monthDay(startMonth.getValue(), startDay),
          AnnualSpan.monthDay(endMonth.getValue(), lastDay));
    }

    LocalDate from = date(start.getYear(), startMonth, startDay, range, number);
    boolean endYearGiven = end != null && !end.undefinedYear();
    int endYear = endYearGiven ? end.getYear() : start.getYear();
    LocalDate to = lastDate(endYear, endMonth, endDayGiven, endDay, range, number);
    if (to.isBefore(from) && !endYearGiven) {
      // "2025 Dec 24-Jan 02" runs into the next year.
      to = lastDate(endYear + 1, endMonth, endDayGiven, endDay, range, number);
    }
    if (to.isBefore(from)) {
      throw syntax("date range " + range + " in rule " + number + " ends before it starts");
    }
    return new FixedSpan(from, to);
  }

  /** A date range with an nth weekday at one end or both: {@code Mar Su[-1]-Oct Su[-1]}. */
  private static DateSpan movingSpan(
      DateWithOffset start, DateWithOffset end, DateRange range, int number) {
    if (!start.undefinedYear() || (end != null && !end.undefinedYear())) {
      throw unsupported(range.toString(), "nth weekday of the month with a year", number);
    }
    AnnualDay from = annualDay(start, start.getMonth(), true, range, number);
    AnnualDay to =
        end == null
            ? annualDay(start, start.getMonth(), false, range, number)
            : annualDay(
                end,
                end.getMonth() == null ? start.getMonth() : end.getMonth(),
                false,
                range,
                number);
    return new MovingAnnualSpan(from, to);
  }

  private static AnnualDay annualDay(
      DateWithOffset date,
      ch.poole.openinghoursparser.Month parsedMonth,
      boolean first,
      DateRange range,
      int number) {
    Month month = month(parsedMonth);
    if (date.getNthWeekDay() != null) {
      int nth = date.getNth();
      if (nth == 0 || Math.abs(nth) > 5) {
        throw syntax("date range " + range + " in rule " + number + " names no weekday of a month");
      }
      return AnnualDay.nthWeekday(month, dayOfWeek(date.getNthWeekDay()), nth);
    }
    if (date.undefinedDay()) {
      return AnnualDay.fixed(month, first ? 1 : month.maxLength());
    }
    checkDay(month, date.getDay(), range, number);
    return AnnualDay.fixed(month, date.getDay());
  }

  private static void requirePlainDate(DateWithOffset date, DateRange range, int number) {
    if (date.getVarDate() != null) {
      throw unsupported(range.toString(), "variable date", number);
    }
    if (date.getWeekDayOffset() != null || date.getDayOffset() != 0) {
      throw unsupported(range.toString(), "date offset", number);
    }
    if (date.isOpenEnded()) {
      throw unsupported(range.toString(), "open-ended date", number);
    }
  }

  private static void checkDay(Month month, int day, DateRange range, int number) {
    if (day < 1 || day > month.maxLength()) {
      throw syntax(
          "date range " + range + " in rule " + number + " names a day that does not exist");
    }
  }

  private static LocalDate lastDate(
      int year, Month month, boolean dayGiven, int day, DateRange range, int number) {
    if (dayGiven) {
      return date(year, month, day, range, number);
    }
    return YearMonth.of(year, month).atEndOfMonth();
  }

  private static LocalDate date(int year, Month month, int day, DateRange range, int number) {
    try {
      return LocalDate.of(year, month, day);
    } catch (DateTimeException e) {
      throw syntax(
          "date range " + range + " in rule " + number + " names a day that does not exist");
    }
  }

  private static Month month(ch.poole.openinghoursparser.Month month) {
    return Month.of(month.ordinal() + 1);
  }

  private static DayCondition days(Rule rule, int number) {
    Set<DayOfWeek> weekdays = EnumSet.noneOf(DayOfWeek.class);
    List<NthWeekday> nthWeekdays = new ArrayList<>();
    List<WeekDayRange> ranges = rule.getDays() == null ? List.of() : rule.getDays();
    for (WeekDayRange range : ranges) {
      if (!isEmpty(range.getNths())) {
        // The parser takes [n] only after a single weekday ("Mo-Fr[1]" is a syntax error).
        nthWeekdays.add(
            new NthWeekday(
                dayOfWeek(range.getStartDay()), occurrences(range, number), range.getOffset()));
        continue;
      }
      if (range.getOffset() != 0) {
        throw unsupported(range.toString(), "day offset without an nth weekday", number);
      }
      DayOfWeek first = dayOfWeek(range.getStartDay());
      DayOfWeek last = range.getEndDay() == null ? first : dayOfWeek(range.getEndDay());
      // Ranges run forward and wrap over the week end: Fr-Mo is Fr, Sa, Su, Mo.
      for (DayOfWeek day = first; ; day = day.plus(1)) {
        weekdays.add(day);
        if (day == last) {
          break;
        }
      }
    }
    boolean publicHolidays = false;
    boolean schoolHolidays = false;
    boolean anyWithWeekdays = false;
    boolean anyOnWeekdays = false;
    List<Holiday> holidays = rule.getHolidays() == null ? List.of() : rule.getHolidays();
    for (Holiday holiday : holidays) {
      if (holiday.getOffset() != 0) {
        throw unsupported(holiday.toString(), "date offset", number);
      }
      publicHolidays |= holiday.getType() == Holiday.Type.PH;
      schoolHolidays |= holiday.getType() == Holiday.Type.SH;
      anyWithWeekdays |= holiday.getUseAsWeekDay();
      anyOnWeekdays |= !holiday.getUseAsWeekDay();
    }
    if ((!weekdays.isEmpty() || !nthWeekdays.isEmpty()) && anyWithWeekdays && anyOnWeekdays) {
      throw unsupported(
          join(holidays, ",") + " " + join(ranges, ","),
          "holidays both added to and restricted to weekdays",
          number);
    }
    return new DayCondition.Days(
        weekdays, nthWeekdays, publicHolidays, schoolHolidays, anyOnWeekdays);
  }

  /** The occurrences an nth list names: {@code [1,3]}, {@code [1-2]}, {@code [-2--1]}. */
  private static Set<Integer> occurrences(WeekDayRange range, int number) {
    Set<Integer> occurrences = new HashSet<>();
    for (Nth nth : range.getNths()) {
      int first = nth.getStartNth();
      int last = nth.getEndNth() == Nth.INVALID_NTH ? first : nth.getEndNth();
      boolean valid =
          first != 0
              && last != 0
              && Math.abs(first) <= 5
              && Math.abs(last) <= 5
              && Integer.signum(first) == Integer.signum(last)
              && first <= last;
      if (!valid) {
        throw syntax(
            "weekday "
                + range
                + " in rule "
                + number
                + " names no weekday of a month (use 1 to 5 or -5 to -1, ranges upwards)");
      }
      for (int occurrence = first; occurrence <= last; occurrence++) {
        occurrences.add(occurrence);
      }
    }
    return occurrences;
  }

  private static DayOfWeek dayOfWeek(WeekDay day) {
    return DayOfWeek.of(day.ordinal() + 1);
  }

  private static List<TimeRange> times(Rule rule, int number) {
    if (rule.isTwentyfourseven() || isEmpty(rule.getTimes())) {
      return List.of(new TimeRange(0, MINUTES_PER_DAY));
    }
    List<TimeRange> ranges = new ArrayList<>();
    for (TimeSpan span : rule.getTimes()) {
      if (span.getStartEvent() != null || span.getEndEvent() != null) {
        throw unsupported(span.toString(), "variable time", number);
      }
      if (span.isOpenEnded()) {
        throw unsupported(span.toString(), "open-ended time", number);
      }
      if (span.getInterval() != 0) {
        throw unsupported(span.toString(), "time interval", number);
      }
      if (span.getEnd() == TimeSpan.UNDEFINED_TIME) {
        throw unsupported(span.toString(), "point in time", number);
      }
      int start = span.getStart();
      int end = span.getEnd();
      if (start < 0 || start > MINUTES_PER_DAY) {
        throw syntax("time span " + span + " in rule " + number + " starts after 24:00");
      }
      if (end == start) {
        // As in opening_hours.js: 22:00-22:00 is 24 hours, not nothing.
        end += MINUTES_PER_DAY;
      }
      if (end < start || end > MAX_EXTENDED_TIME) {
        throw syntax("time span " + span + " in rule " + number + " ends after 48:00");
      }
      ranges.add(new TimeRange(start, end));
    }
    return ranges;
  }

  private static boolean isEmpty(List<?> list) {
    return list == null || list.isEmpty();
  }

  private static String join(List<?> elements, String separator) {
    return elements.stream().map(String::valueOf).collect(Collectors.joining(separator));
  }

  private static String oneLine(String message) {
    return message.replaceAll("\\s*\\R\\s*", "; ").replaceAll("\\s{2,}", " ").trim();
  }

  private static InvalidValueException syntax(String detail) {
    return new InvalidValueException(SYNTAX, "opening hours are not valid: " + detail, detail);
  }

  private static InvalidValueException unsupported(String construct, String kind, int number) {
    return new InvalidValueException(
        UNSUPPORTED,
        "opening hours use a construct that is not supported ("
            + kind
            + " in rule "
            + number
            + "): "
            + construct,
        construct);
  }
}
