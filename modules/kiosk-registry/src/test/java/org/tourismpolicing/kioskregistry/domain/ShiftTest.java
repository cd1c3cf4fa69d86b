package org.tourismpolicing.kioskregistry.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.tourismpolicing.core.i18n.LocalizedText;

class ShiftTest {

  private static final Shift DAY =
      new Shift("day", LocalizedText.of("en", "Day"), LocalTime.of(9, 0), LocalTime.of(15, 30));

  /** Lijiang's night shift, 19:00 to 01:30. */
  private static final Shift NIGHT =
      new Shift("night", LocalizedText.of("en", "Night"), LocalTime.of(19, 0), LocalTime.of(1, 30));

  private static final Shift ROUND_THE_CLOCK =
      new Shift("all", LocalizedText.of("en", "24 h"), LocalTime.of(8, 0), LocalTime.of(8, 0));

  private static String run(Shift shift, String at) {
    return shift.runningAt(LocalDateTime.parse(at)).map(LocalDate::toString).orElse("not running");
  }

  @ParameterizedTest
  @CsvSource({
    "2026-06-01T08:59:59, not running",
    "2026-06-01T09:00, 2026-06-01",
    "2026-06-01T12:00, 2026-06-01",
    "2026-06-01T15:29:59, 2026-06-01",
    "2026-06-01T15:30, not running",
    "2026-06-01T23:00, not running"
  })
  void aDayShiftRunsFromItsStartUntilBeforeItsEnd(String at, String date) {
    assertThat(run(DAY, at)).isEqualTo(date);
  }

  @ParameterizedTest
  @CsvSource({
    "2026-06-01T18:59, not running",
    "2026-06-01T19:00, 2026-06-01",
    "2026-06-01T23:59:59, 2026-06-01",
    "2026-06-02T00:00, 2026-06-01",
    "2026-06-02T01:29, 2026-06-01",
    "2026-06-02T01:30, not running",
    "2026-06-02T12:00, not running",
    "2026-01-01T00:30, 2025-12-31"
  })
  void aShiftPastMidnightBelongsToTheDateItStarted(String at, String date) {
    assertThat(run(NIGHT, at)).isEqualTo(date);
  }

  @ParameterizedTest
  @CsvSource({
    "2026-06-01T08:00, 2026-06-01",
    "2026-06-01T23:00, 2026-06-01",
    "2026-06-02T07:59, 2026-06-01",
    "2026-06-02T08:00, 2026-06-02"
  })
  void equalStartAndEndRunsTwentyFourHours(String at, String date) {
    assertThat(run(ROUND_THE_CLOCK, at)).isEqualTo(date);
  }
}
