package org.tourismpolicing.core.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.TimeZone;
import org.junit.jupiter.api.Test;

class UtcInstantConverterTest {

  private final UtcInstantConverter converter = new UtcInstantConverter();

  @Test
  void storesTheUtcWallClock() {
    assertThat(converter.convertToDatabaseColumn(Instant.parse("2026-10-01T01:30:00Z")))
        .isEqualTo(LocalDateTime.parse("2026-10-01T01:30:00"));
  }

  @Test
  void roundTripsToTheMicrosecond() {
    Instant instant = Instant.parse("2026-02-17T15:59:59.123456Z");

    assertThat(converter.convertToEntityAttribute(converter.convertToDatabaseColumn(instant)))
        .isEqualTo(instant);
  }

  @Test
  void doesNotDependOnTheJvmTimeZone() {
    TimeZone before = TimeZone.getDefault();
    try {
      TimeZone.setDefault(TimeZone.getTimeZone("Asia/Shanghai"));
      Instant instant = Instant.parse("2026-10-01T01:30:00Z");

      assertThat(converter.convertToDatabaseColumn(instant))
          .isEqualTo(LocalDateTime.parse("2026-10-01T01:30:00"));
      assertThat(converter.convertToEntityAttribute(LocalDateTime.parse("2026-10-01T01:30:00")))
          .isEqualTo(instant);
    } finally {
      TimeZone.setDefault(before);
    }
  }

  @Test
  void nullStaysNull() {
    assertThat(converter.convertToDatabaseColumn(null)).isNull();
    assertThat(converter.convertToEntityAttribute(null)).isNull();
  }
}
