package org.tourismpolicing.kioskregistry.domain.hours;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Set;

/**
 * One selector of a rule that decides whether the rule applies to a calendar day: its years, its
 * dates, its ISO week numbers, or its weekdays and holidays. A rule applies to a day when all its
 * conditions hold.
 */
sealed interface DayCondition {

  boolean test(LocalDate date, HolidayCalendar holidays);

  /** A year selector: the year lies in one of the spans. */
  record Years(List<YearSpan> spans) implements DayCondition {

    public Years {
      spans = List.copyOf(spans);
    }

    @Override
    public boolean test(LocalDate date, HolidayCalendar holidays) {
      int year = date.getYear();
      return spans.stream().anyMatch(span -> span.contains(year));
    }
  }

  /**
   * Numbers (years, or weeks of a year) {@code first} to {@code last} inclusive, every {@code
   * step}-th from the first.
   */
  record YearSpan(int first, int last, int step) {

    boolean contains(int year) {
      return year >= first && year <= last && (year - first) % step == 0;
    }
  }

  /** A week-number selector: the ISO 8601 week of the date lies in one of the spans. */
  record Weeks(List<YearSpan> spans) implements DayCondition {

    public Weeks {
      spans = List.copyOf(spans);
    }

    @Override
    public boolean test(LocalDate date, HolidayCalendar holidays) {
      int week = date.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
      return spans.stream().anyMatch(span -> span.contains(week));
    }
  }

  /** A month-day selector: the date lies in one of the spans. */
  record Dates(List<DateSpan> spans) implements DayCondition {

    public Dates {
      spans = List.copyOf(spans);
    }

    @Override
    public boolean test(LocalDate date, HolidayCalendar holidays) {
      return spans.stream().anyMatch(span -> span.contains(date));
    }
  }

  /** A range of days, bounds included. */
  sealed interface DateSpan {

    boolean contains(LocalDate date);
  }

  /**
   * The same days every year, as {@code month * 100 + day}. A span whose start lies after its end
   * runs over the year end ({@code Nov-Feb}, {@code Dec 24-Jan 02}).
   */
  record AnnualSpan(int from, int to) implements DateSpan {

    static int monthDay(int month, int day) {
      return month * 100 + day;
    }

    @Override
    public boolean contains(LocalDate date) {
      int monthDay = monthDay(date.getMonthValue(), date.getDayOfMonth());
      return from <= to ? monthDay >= from && monthDay <= to : monthDay >= from || monthDay <= to;
    }
  }

  /**
   * The same span every year with at least one end that moves with the weekdays ({@code Nov Su[1]},
   * {@code Mar Su[-1]-Oct Su[-1]}, {@code Dec 24-Jan Su[1]}); both ends are found in the year of
   * the date asked about, and a span whose start lies after its end runs over the year end.
   */
  record MovingAnnualSpan(AnnualDay from, AnnualDay to) implements DateSpan {

    @Override
    public boolean contains(LocalDate date) {
      LocalDate start = from.in(date.getYear());
      LocalDate end = to.in(date.getYear());
      boolean afterStart = !date.isBefore(start);
      boolean beforeEnd = !date.isAfter(end);
      return start.isAfter(end) ? afterStart || beforeEnd : afterStart && beforeEnd;
    }
  }

  /**
   * A day of a month in any year: a fixed day of the month, or the {@code nth} (1 to 5, or -1 to -5
   * from the end) {@code weekday} of the month.
   */
  record AnnualDay(Month month, int dayOfMonth, DayOfWeek weekday, int nth) {

    static AnnualDay fixed(Month month, int dayOfMonth) {
      return new AnnualDay(month, dayOfMonth, null, 0);
    }

    static AnnualDay nthWeekday(Month month, DayOfWeek weekday, int nth) {
      return new AnnualDay(month, 0, weekday, nth);
    }

    LocalDate in(int year) {
      YearMonth yearMonth = YearMonth.of(year, month);
      if (weekday == null) {
        // Feb 29 stands for the last day of February in other years.
        return yearMonth.atDay(Math.min(dayOfMonth, yearMonth.lengthOfMonth()));
      }
      LocalDate day = yearMonth.atDay(1).with(TemporalAdjusters.dayOfWeekInMonth(nth, weekday));
      // A fifth weekday that the month does not have is the last one instead of spilling over.
      return day.getMonth() == month ? day : day.minusWeeks(1);
    }
  }

  /** Days of particular years ({@code 2025 Dec 24-2026 Jan 02}). */
  record FixedSpan(LocalDate from, LocalDate to) implements DateSpan {

    @Override
    public boolean contains(LocalDate date) {
      return !date.isBefore(from) && !date.isAfter(to);
    }
  }

  /**
   * Weekdays and holidays. Holidays written with a comma ({@code Mo-Fr,PH}) add days to the
   * weekdays; holidays written before the weekdays with a space ({@code SH Mo-Fr}) keep only the
   * holidays that fall on those weekdays ({@code holidaysOnThoseWeekdays}).
   */
  record Days(
      Set<DayOfWeek> weekdays,
      List<NthWeekday> nthWeekdays,
      boolean publicHolidays,
      boolean schoolHolidays,
      boolean holidaysOnThoseWeekdays)
      implements DayCondition {

    public Days {
      weekdays = Set.copyOf(weekdays);
      nthWeekdays = List.copyOf(nthWeekdays);
    }

    boolean selectsWeekdays() {
      return !weekdays.isEmpty() || !nthWeekdays.isEmpty();
    }

    @Override
    public boolean test(LocalDate date, HolidayCalendar holidays) {
      boolean weekday =
          weekdays.contains(date.getDayOfWeek())
              || nthWeekdays.stream().anyMatch(nth -> nth.contains(date));
      if (!publicHolidays && !schoolHolidays) {
        return weekday;
      }
      boolean holiday =
          (publicHolidays && holidays.isPublicHoliday(date))
              || (schoolHolidays && holidays.isSchoolHoliday(date));
      if (!selectsWeekdays()) {
        return holiday;
      }
      return holidaysOnThoseWeekdays ? holiday && weekday : holiday || weekday;
    }
  }

  /**
   * Weekdays counted within their month ({@code Mo[1]}: the first Monday; {@code Su[-1]}: the last
   * Sunday; {@code Sa[1-2]}: the first two Saturdays), moved by {@code offsetDays} ({@code Su[-1]
   * -1 day}: the Saturday before the last Sunday of the month).
   *
   * @param occurrences 1 to 5 count from the start of the month, -1 to -5 from its end
   */
  record NthWeekday(DayOfWeek day, Set<Integer> occurrences, int offsetDays) {

    public NthWeekday {
      occurrences = Set.copyOf(occurrences);
    }

    boolean contains(LocalDate date) {
      // The date is selected when the day it was moved from is the wanted weekday occurrence.
      LocalDate counted = date.minusDays(offsetDays);
      if (counted.getDayOfWeek() != day) {
        return false;
      }
      int fromStart = (counted.getDayOfMonth() - 1) / 7 + 1;
      int fromEnd = -((counted.lengthOfMonth() - counted.getDayOfMonth()) / 7 + 1);
      return occurrences.contains(fromStart) || occurrences.contains(fromEnd);
    }
  }
}
