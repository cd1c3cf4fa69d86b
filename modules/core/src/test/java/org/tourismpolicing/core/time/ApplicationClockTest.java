package org.tourismpolicing.core.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class ApplicationClockTest {

  private static final Instant FIXED = Instant.parse("2026-10-01T01:30:00Z");

  private static ApplicationClock clock(boolean adjustable) {
    ApplicationClock clock = new ApplicationClock();
    clock.adjustable = adjustable;
    return clock;
  }

  @Test
  void cannotBeMovedUnlessAdjustable() {
    ApplicationClock clock = clock(false);

    assertThat(clock.isAdjustable()).isFalse();
    assertThatThrownBy(() -> clock.adjust(FIXED, null)).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void canBeFixedAndShifted() {
    ApplicationClock clock = clock(true);
    Clock bean = clock.clock();

    clock.adjust(FIXED, Duration.ofHours(2));

    assertThat(clock.now()).isEqualTo(FIXED.plus(Duration.ofHours(2)));
    assertThat(bean.instant()).isEqualTo(FIXED.plus(Duration.ofHours(2)));
    assertThat(bean.getZone()).isEqualTo(ZoneOffset.UTC);
  }

  @Test
  void aZonedViewFollowsTheAdjustments() {
    ApplicationClock clock = clock(true);
    Clock shanghai = clock.clock().withZone(ZoneId.of("Asia/Shanghai"));

    clock.adjust(FIXED, null);

    assertThat(shanghai.instant()).isEqualTo(FIXED);
    assertThat(shanghai.getZone()).isEqualTo(ZoneId.of("Asia/Shanghai"));
    assertThat(java.time.LocalTime.now(shanghai)).isEqualTo(java.time.LocalTime.of(9, 30));
  }

  @Test
  void releasingRunsWithTheSystemClockAgain() {
    ApplicationClock clock = clock(true);
    clock.adjust(Instant.parse("2000-01-01T00:00:00Z"), null);

    clock.adjust(null, null);

    assertThat(clock.now()).isAfter(Instant.parse("2025-01-01T00:00:00Z"));
  }
}
