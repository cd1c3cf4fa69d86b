package org.tourismpolicing.dispatch.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class PatrolGroupTest {

  static final LocalDate FIRST = LocalDate.of(2026, 10, 1);
  static final LocalDate LAST = LocalDate.of(2026, 10, 7);

  static PatrolGroup group(String from, String to) {
    return new PatrolGroup(
        "g",
        "group",
        LocalTime.parse(from),
        LocalTime.parse(to),
        "north",
        List.of(),
        List.of("N1"));
  }

  @Test
  void aDayShiftCoversItsHoursOnThePlansDaysOnly() {
    PatrolGroup day = group("08:00", "16:00");

    assertThat(day.onShift(LocalDateTime.of(2026, 10, 1, 8, 0), FIRST, LAST)).isTrue();
    assertThat(day.onShift(LocalDateTime.of(2026, 10, 7, 15, 59), FIRST, LAST)).isTrue();
    assertThat(day.onShift(LocalDateTime.of(2026, 10, 7, 16, 0), FIRST, LAST)).isFalse();
    assertThat(day.onShift(LocalDateTime.of(2026, 9, 30, 12, 0), FIRST, LAST)).isFalse();
    assertThat(day.onShift(LocalDateTime.of(2026, 10, 8, 12, 0), FIRST, LAST)).isFalse();
  }

  @Test
  void aNightShiftRunsIntoTheMorningAfterThePlansLastDay() {
    PatrolGroup night = group("20:00", "04:00");

    assertThat(night.crossesMidnight()).isTrue();
    assertThat(night.onShift(LocalDateTime.of(2026, 10, 1, 3, 0), FIRST, LAST)).isFalse();
    assertThat(night.onShift(LocalDateTime.of(2026, 10, 1, 21, 0), FIRST, LAST)).isTrue();
    assertThat(night.onShift(LocalDateTime.of(2026, 10, 8, 3, 59), FIRST, LAST)).isTrue();
    assertThat(night.onShift(LocalDateTime.of(2026, 10, 8, 4, 0), FIRST, LAST)).isFalse();
    assertThat(night.onShift(LocalDateTime.of(2026, 10, 8, 21, 0), FIRST, LAST)).isFalse();
  }
}
