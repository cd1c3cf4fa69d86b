package org.tourismpolicing.kioskregistry.domain.hours;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * One selector of a rule that decides whether the rule applies to a calendar day: its years, its
 * dates, or its weekdays and holidays. A rule applies to a day when all its conditions hold.
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

  /** Years {@code first} to {@code last} inclusive, every {@code step}-th year from the first. */
  record YearSpan(int first, int last, int step) {

    boolean contains(int year) {
      return year >= first && year <= last && (year - first) % step == 0;
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
      boolean publicHolidays,
      boolean schoolHolidays,
      boolean holidaysOnThoseWeekdays)
      implements DayCondition {

    public Days {
      weekdays = Set.copyOf(weekdays);
    }

    @Override
    public boolean test(LocalDate date, HolidayCalendar holidays) {
      boolean weekday = weekdays.contains(date.getDayOfWeek());
      if (!publicHolidays && !schoolHolidays) {
        return weekday;
      }
      boolean holiday =
          (publicHolidays && holidays.isPublicHoliday(date))
              || (schoolHolidays && holidays.isSchoolHoliday(date));
      if (weekdays.isEmpty()) {
        return holiday;
      }
      return holidaysOnThoseWeekdays ? holiday && weekday : holiday || weekday;
    }
  }
}
