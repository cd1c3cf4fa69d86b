package org.tourismpolicing.kioskregistry.domain.hours;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class HolidayCalendarTest {

  private static final LocalDate NATIONAL_DAY = LocalDate.of(2025, 10, 1);
  private static final LocalDate SUMMER = LocalDate.of(2025, 7, 15);

  @Test
  void noneHasNoHolidays() {
    assertThat(HolidayCalendar.none().isPublicHoliday(NATIONAL_DAY)).isFalse();
    assertThat(HolidayCalendar.none().isSchoolHoliday(SUMMER)).isFalse();
  }

  @Test
  void ofKnowsItsDates() {
    HolidayCalendar calendar = HolidayCalendar.of(Set.of(NATIONAL_DAY), Set.of(SUMMER));

    assertThat(calendar.isPublicHoliday(NATIONAL_DAY)).isTrue();
    assertThat(calendar.isPublicHoliday(SUMMER)).isFalse();
    assertThat(calendar.isSchoolHoliday(SUMMER)).isTrue();
    assertThat(calendar.isSchoolHoliday(NATIONAL_DAY)).isFalse();
  }

  @Test
  void ofCopiesTheSets() {
    Set<LocalDate> publicHolidays = new HashSet<>(Set.of(NATIONAL_DAY));
    HolidayCalendar calendar = HolidayCalendar.of(publicHolidays, Set.of());

    publicHolidays.clear();

    assertThat(calendar.isPublicHoliday(NATIONAL_DAY)).isTrue();
  }

  @Test
  void schoolHolidaysDefaultToNone() {
    HolidayCalendar publicOnly = date -> date.equals(NATIONAL_DAY);

    assertThat(publicOnly.isSchoolHoliday(SUMMER)).isFalse();
  }
}
