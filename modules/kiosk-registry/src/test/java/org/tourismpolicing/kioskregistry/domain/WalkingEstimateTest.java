package org.tourismpolicing.kioskregistry.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WalkingEstimateTest {

  /** One metre per second, straight streets: minutes are distance / 60. */
  private static final WalkingEstimate PLAIN = new WalkingEstimate(1.0, 1.0);

  @ParameterizedTest
  @CsvSource({"0, 1", "1, 1", "60, 1", "60.01, 2", "119, 2", "120, 2", "121, 3", "3600, 60"})
  void wholeMinutesRoundedUpAndAtLeastOne(double metres, int minutes) {
    assertThat(PLAIN.minutes(metres)).isEqualTo(minutes);
  }

  @Test
  void detourAndSpeedStretchTheWalk() {
    // 1000 m x 1.3 / 1.2 m/s = 1083.3 s = 18.06 min
    assertThat(WalkingEstimate.DEFAULT.minutes(1000)).isEqualTo(19);
    // Lijiang: 1000 m x 1.4 / 1.1 m/s = 1272.7 s = 21.2 min
    assertThat(new WalkingEstimate(1.1, 1.4).minutes(1000)).isEqualTo(22);
  }

  @Test
  void theDefaultIsATouristsPaceInWindingLanes() {
    assertThat(WalkingEstimate.DEFAULT.speedMetresPerSecond()).isEqualTo(1.2);
    assertThat(WalkingEstimate.DEFAULT.detourFactor()).isEqualTo(1.3);
  }

  @ParameterizedTest
  @CsvSource({"0, 1.3", "-1, 1.3", "NaN, 1.3", "1.2, 0.99", "1.2, NaN"})
  void speedMustBePositiveAndDetourAtLeastOne(double speed, double detour) {
    assertThatThrownBy(() -> new WalkingEstimate(speed, detour))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
