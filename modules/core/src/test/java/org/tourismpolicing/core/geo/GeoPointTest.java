package org.tourismpolicing.core.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.offset;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.api.Assertions.withinPercentage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.tourismpolicing.core.validation.InvalidValueException;

class GeoPointTest {

  private static final GeoPoint BEIJING = GeoPoint.wgs84(39.9042, 116.4074);
  private static final GeoPoint SHANGHAI = GeoPoint.wgs84(31.2304, 121.4737);

  @Test
  void keepsWgs84Numbers() {
    GeoPoint point = GeoPoint.wgs84(25.69, 100.16);

    assertThat(point.latitude()).isEqualTo(25.69);
    assertThat(point.longitude()).isEqualTo(100.16);
    assertThat(GeoPoint.of(25.69, 100.16, CoordinateSystem.WGS84)).isEqualTo(point);
  }

  @ParameterizedTest
  @CsvSource({"90, 180", "-90, -180", "0, 0", "-90, 180", "90, -180"})
  void acceptsTheEdgesOfTheRange(double latitude, double longitude) {
    assertThat(GeoPoint.wgs84(latitude, longitude).latitude()).isEqualTo(latitude);
  }

  @ParameterizedTest
  @ValueSource(
      doubles = {
        90.000001,
        -90.000001,
        180,
        Double.NaN,
        Double.POSITIVE_INFINITY,
        Double.NEGATIVE_INFINITY
      })
  void refusesLatitudeOutOfRange(double latitude) {
    assertThatThrownBy(() -> GeoPoint.wgs84(latitude, 100.0))
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> {
              assertThat(e.code()).isEqualTo("geo.latitude.range");
              assertThat(e.args()).containsExactly(latitude);
            });
  }

  @ParameterizedTest
  @ValueSource(
      doubles = {
        180.000001,
        -180.000001,
        360,
        Double.NaN,
        Double.POSITIVE_INFINITY,
        Double.NEGATIVE_INFINITY
      })
  void refusesLongitudeOutOfRange(double longitude) {
    assertThatThrownBy(() -> GeoPoint.wgs84(25.0, longitude))
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> {
              assertThat(e.code()).isEqualTo("geo.longitude.range");
              assertThat(e.args()).containsExactly(longitude);
            });
  }

  @Test
  void refusesOutOfRangeInputInGcj02WithTheNumberAsSent() {
    assertThatThrownBy(() -> GeoPoint.of(95.0, 100.0, CoordinateSystem.GCJ02))
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> {
              assertThat(e.code()).isEqualTo("geo.latitude.range");
              assertThat(e.args()).containsExactly(95.0);
            });
    assertThatThrownBy(() -> GeoPoint.of(25.0, Double.NaN, CoordinateSystem.GCJ02))
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> assertThat(e.code()).isEqualTo("geo.longitude.range"));
  }

  @Test
  void convertsGcj02InputToWgs84() {
    GeoPoint dali = GeoPoint.wgs84(25.69, 100.16);
    double[] onTheMap = dali.toGcj02();

    GeoPoint picked = GeoPoint.of(onTheMap[0], onTheMap[1], CoordinateSystem.GCJ02);

    assertThat(picked.latitude()).isCloseTo(25.69, within(1e-6));
    assertThat(picked.longitude()).isCloseTo(100.16, within(1e-6));
    assertThat(picked.distanceMetresTo(dali)).isLessThan(0.01);
  }

  @Test
  void gcj02ShiftInDaliIsSomeHundredsOfMetres() {
    GeoPoint dali = GeoPoint.wgs84(25.69, 100.16);
    double[] gcj = dali.toGcj02();

    assertThat(dali.distanceMetresTo(GeoPoint.wgs84(gcj[0], gcj[1]))).isBetween(100.0, 1000.0);
    // Taking map coordinates as if they were GPS ones puts the point that far off.
    assertThat(GeoPoint.of(25.69, 100.16, CoordinateSystem.GCJ02).distanceMetresTo(dali))
        .isBetween(100.0, 1000.0);
  }

  @Test
  void gcj02OutsideChinaIsTheSameAsWgs84() {
    GeoPoint tokyo = GeoPoint.of(35.6762, 139.6503, CoordinateSystem.GCJ02);

    assertThat(tokyo).isEqualTo(GeoPoint.wgs84(35.6762, 139.6503));
    assertThat(tokyo.toGcj02()).containsExactly(35.6762, 139.6503);
  }

  @Test
  void oneDegreeOfLatitudeIsAbout111Kilometres() {
    double metres = GeoPoint.wgs84(25.0, 100.0).distanceMetresTo(GeoPoint.wgs84(26.0, 100.0));

    // 2 * pi * 6371008.8 / 360
    assertThat(metres).isCloseTo(111_195.08, offset(0.01));
  }

  @Test
  void oneDegreeOfLongitudeShrinksWithTheCosineOfLatitude() {
    double atEquator = GeoPoint.wgs84(0, 100).distanceMetresTo(GeoPoint.wgs84(0, 101));
    double at60North = GeoPoint.wgs84(60, 100).distanceMetresTo(GeoPoint.wgs84(60, 101));

    assertThat(atEquator).isCloseTo(111_195.08, offset(0.01));
    assertThat(at60North).isCloseTo(atEquator / 2, withinPercentage(0.01));
  }

  @Test
  void beijingToShanghaiIsAbout1067Kilometres() {
    assertThat(BEIJING.distanceMetresTo(SHANGHAI)).isCloseTo(1_067_000.0, withinPercentage(1));
  }

  @Test
  void daliToLijiangIsAbout130Kilometres() {
    GeoPoint dali = GeoPoint.wgs84(25.69, 100.16);
    GeoPoint lijiang = GeoPoint.wgs84(26.87, 100.23);

    assertThat(dali.distanceMetresTo(lijiang)).isCloseTo(131_400.0, withinPercentage(1));
  }

  @Test
  void distanceIsSymmetricAndZeroToItself() {
    assertThat(BEIJING.distanceMetresTo(SHANGHAI)).isEqualTo(SHANGHAI.distanceMetresTo(BEIJING));
    assertThat(BEIJING.distanceMetresTo(BEIJING)).isZero();
  }

  @Test
  void distanceAcrossTheAntimeridianAndToTheAntipode() {
    double across = GeoPoint.wgs84(0, 179.5).distanceMetresTo(GeoPoint.wgs84(0, -179.5));
    double halfwayRound = GeoPoint.wgs84(90, 0).distanceMetresTo(GeoPoint.wgs84(-90, 0));

    assertThat(across).isCloseTo(111_195.08, offset(0.01));
    assertThat(halfwayRound).isCloseTo(Math.PI * 6_371_008.8, offset(0.001));
  }

  @Test
  void smallDistancesAreAccurate() {
    // 0.0001 degree of latitude, about 11 m: the haversine form keeps its precision here.
    double metres = GeoPoint.wgs84(25.69, 100.16).distanceMetresTo(GeoPoint.wgs84(25.6901, 100.16));

    assertThat(metres).isCloseTo(11.1195, offset(0.0001));
  }

  @Test
  void negativeZeroIsTheSamePointAsZero() {
    assertThat(GeoPoint.wgs84(-0.0, -0.0)).isEqualTo(GeoPoint.wgs84(0.0, 0.0));
    assertThat(GeoPoint.wgs84(-0.0, -0.0).hashCode())
        .isEqualTo(GeoPoint.wgs84(0.0, 0.0).hashCode());
  }

  @Test
  void nullArgumentsAreProgrammingErrors() {
    assertThatNullPointerException().isThrownBy(() -> GeoPoint.of(25.0, 100.0, null));
    assertThatNullPointerException().isThrownBy(() -> BEIJING.distanceMetresTo(null));
  }
}
