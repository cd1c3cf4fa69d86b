package org.tourismpolicing.kioskregistry.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.tourismpolicing.core.validation.InvalidValueException;

class OpeningHoursCacheTest {

  @Test
  void parsesEachExpressionOnce() {
    String expression = "Mo-Su 09:00-22:00; PH 08:30-22:30";

    assertThat(OpeningHoursCache.of(expression)).isSameAs(OpeningHoursCache.of(expression));
    assertThat(OpeningHoursCache.of(expression).expression()).isEqualTo(expression);
  }

  @Test
  void badExpressionsAreRefusedAndNotCached() {
    assertThatThrownBy(() -> OpeningHoursCache.of("9-17"))
        .isInstanceOf(InvalidValueException.class);
    assertThatThrownBy(() -> OpeningHoursCache.of("9-17"))
        .isInstanceOf(InvalidValueException.class);
  }
}
