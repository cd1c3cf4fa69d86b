package org.tourismpolicing.kioskregistry.domain.hours;

import java.time.LocalDate;
import java.util.Set;

/**
 * The public and school holidays of a tenant, as the {@code PH} and {@code SH} selectors of {@link
 * OpeningHours} see them. Dates are local dates of the tenant's time zone.
 *
 * <p>Implementations must be safe to call from several threads, since one {@link OpeningHours} is
 * evaluated concurrently for many requests.
 */
@FunctionalInterface
public interface HolidayCalendar {

  /** True when {@code date} is a public holiday (matched by {@code PH}). */
  boolean isPublicHoliday(LocalDate date);

  /** True when {@code date} falls in school holidays (matched by {@code SH}); none by default. */
  default boolean isSchoolHoliday(LocalDate date) {
    return false;
  }

  /** A calendar without any holidays: {@code PH} and {@code SH} never match. */
  static HolidayCalendar none() {
    return date -> false;
  }

  /** A calendar holding fixed sets of dates; the sets are copied. */
  static HolidayCalendar of(Set<LocalDate> publicHolidays, Set<LocalDate> schoolHolidays) {
    Set<LocalDate> publicDates = Set.copyOf(publicHolidays);
    Set<LocalDate> schoolDates = Set.copyOf(schoolHolidays);
    return new HolidayCalendar() {
      @Override
      public boolean isPublicHoliday(LocalDate date) {
        return publicDates.contains(date);
      }

      @Override
      public boolean isSchoolHoliday(LocalDate date) {
        return schoolDates.contains(date);
      }

      @Override
      public String toString() {
        return "HolidayCalendar[public=" + publicDates + ", school=" + schoolDates + "]";
      }
    };
  }
}
