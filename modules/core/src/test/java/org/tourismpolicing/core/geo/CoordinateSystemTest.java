package org.tourismpolicing.core.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;
import org.tourismpolicing.core.validation.InvalidValueException;

class CoordinateSystemTest {

  @ParameterizedTest
  @ValueSource(strings = {"WGS84", "WGS-84", "wgs84", "wgs-84", "Wgs84", " WGS84 "})
  void readsWgs84Spellings(String text) {
    assertThat(CoordinateSystem.parse(text)).isEqualTo(CoordinateSystem.WGS84);
  }

  @ParameterizedTest
  @ValueSource(strings = {"GCJ02", "GCJ-02", "gcj02", "gcj-02", "Gcj02", "\tgcj02\n"})
  void readsGcj02Spellings(String text) {
    assertThat(CoordinateSystem.parse(text)).isEqualTo(CoordinateSystem.GCJ02);
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {"   ", "\t"})
  void missingMeansWgs84(String text) {
    assertThat(CoordinateSystem.parse(text)).isEqualTo(CoordinateSystem.WGS84);
  }

  @ParameterizedTest
  @ValueSource(strings = {"BD09", "EPSG:4326", "WGS 84", "GCJ_02", "CGCS2000", "wgs"})
  void refusesOtherNamesWithTheGivenText(String text) {
    assertThatThrownBy(() -> CoordinateSystem.parse(text))
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> {
              assertThat(e.code()).isEqualTo("geo.crs.unknown");
              assertThat(e.args()).containsExactly(text);
            });
  }
}
