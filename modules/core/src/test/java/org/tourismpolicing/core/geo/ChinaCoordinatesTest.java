package org.tourismpolicing.core.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class ChinaCoordinatesTest {

  /** 1e-6 degrees is about 11 cm: far below anything a map or a GPS receiver can show. */
  private static final double ROUND_TRIP_TOLERANCE = 1e-6;

  static Stream<Arguments> placesInChina() {
    return Stream.of(
        Arguments.of("Dali old town", 25.6935, 100.1636),
        Arguments.of("Lijiang old town", 26.8721, 100.2297),
        Arguments.of("Beijing, Tiananmen", 39.9087, 116.3975),
        Arguments.of("Urumqi", 43.8256, 87.6168),
        Arguments.of("Sanya", 18.2528, 109.5119),
        Arguments.of("Shanghai, the Bund", 31.2400, 121.4900),
        Arguments.of("Lhasa, Potala", 29.6578, 91.1169),
        Arguments.of("Harbin", 45.8038, 126.5350),
        Arguments.of("Kashgar", 39.4704, 75.9898),
        Arguments.of("Jinghong, Xishuangbanna", 22.0094, 100.7974),
        Arguments.of("Mohe, the far north", 52.9720, 122.5380),
        Arguments.of("Zhangjiajie", 29.1170, 110.4790),
        Arguments.of("Guilin", 25.2736, 110.2900),
        Arguments.of("Huangshan", 30.1300, 118.1700),
        Arguments.of("Jiuzhaigou", 33.2600, 103.9200),
        Arguments.of("Dunhuang", 40.1420, 94.6620),
        Arguments.of("on the 105 E meridian", 35.0000, 105.0000));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("placesInChina")
  void roundTripReturnsTheStartingPoint(String place, double latitude, double longitude) {
    double[] gcj = ChinaCoordinates.wgs84ToGcj02(latitude, longitude);
    double[] back = ChinaCoordinates.gcj02ToWgs84(gcj[0], gcj[1]);

    assertThat(back[0]).isCloseTo(latitude, within(ROUND_TRIP_TOLERANCE));
    assertThat(back[1]).isCloseTo(longitude, within(ROUND_TRIP_TOLERANCE));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("placesInChina")
  void offsetIsSomeHundredsOfMetres(String place, double latitude, double longitude) {
    double[] gcj = ChinaCoordinates.wgs84ToGcj02(latitude, longitude);

    double metres =
        GeoPoint.wgs84(latitude, longitude).distanceMetresTo(GeoPoint.wgs84(gcj[0], gcj[1]));

    assertThat(metres).isBetween(100.0, 1000.0);
  }

  @Test
  void roundTripHoldsOnAGridOverTheWholeBox() {
    List<String> misses = new ArrayList<>();
    for (double latitude = 1.0; latitude <= 55.5; latitude += 0.77) {
      for (double longitude = 72.1; longitude <= 137.8; longitude += 0.93) {
        double[] gcj = ChinaCoordinates.wgs84ToGcj02(latitude, longitude);
        double[] back = ChinaCoordinates.gcj02ToWgs84(gcj[0], gcj[1]);
        if (Math.abs(back[0] - latitude) > 1e-8 || Math.abs(back[1] - longitude) > 1e-8) {
          misses.add(latitude + "," + longitude);
        }
      }
    }
    assertThat(misses).isEmpty();
  }

  @Test
  void dali() {
    double[] gcj = ChinaCoordinates.wgs84ToGcj02(25.69, 100.16);

    double metres = GeoPoint.wgs84(25.69, 100.16).distanceMetresTo(GeoPoint.wgs84(gcj[0], gcj[1]));

    assertThat(metres).isBetween(100.0, 1000.0);
  }

  @Test
  void matchesTheWidelyPublishedReferenceValue() {
    // wgs84togcj02(116.404, 39.915) as printed in the README of the common coordtransform library.
    double[] gcj = ChinaCoordinates.wgs84ToGcj02(39.915, 116.404);

    assertThat(gcj[0]).isCloseTo(39.91640428150164, within(1e-12));
    assertThat(gcj[1]).isCloseTo(116.41024449916938, within(1e-12));
  }

  @Test
  void inversionIsMoreExactThanTheOneStepApproximation() {
    // The one-step "subtract the offset at the GCJ point" inverse is off by metres; ours is not.
    double[] wgs = ChinaCoordinates.gcj02ToWgs84(39.915, 116.404);
    double[] forward = ChinaCoordinates.wgs84ToGcj02(wgs[0], wgs[1]);

    assertThat(forward[0]).isCloseTo(39.915, within(1e-9));
    assertThat(forward[1]).isCloseTo(116.404, within(1e-9));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "Tokyo, 35.6762, 139.6503",
    "London, 51.5074, -0.1278",
    "Sydney, -33.8688, 151.2093",
    "Moscow, 55.7558, 37.6173",
    "New York, 40.7128, -74.0060",
    "Null Island, 0.0, 0.0"
  })
  void leavesPointsOutsideChinaUnchanged(String place, double latitude, double longitude) {
    assertThat(ChinaCoordinates.isOutsideMainlandChina(latitude, longitude)).isTrue();
    assertThat(ChinaCoordinates.wgs84ToGcj02(latitude, longitude))
        .containsExactly(latitude, longitude);
    assertThat(ChinaCoordinates.gcj02ToWgs84(latitude, longitude))
        .containsExactly(latitude, longitude);
  }

  @ParameterizedTest
  @CsvSource({
    // On the edges of the box the offset still applies; just beyond them it does not.
    "30.0, 72.004, false",
    "30.0, 72.0039, true",
    "30.0, 137.8347, false",
    "30.0, 137.8348, true",
    "0.8293, 110.0, false",
    "0.8292, 110.0, true",
    "55.8271, 110.0, false",
    "55.8272, 110.0, true"
  })
  void boxEdges(double latitude, double longitude, boolean outside) {
    assertThat(ChinaCoordinates.isOutsideMainlandChina(latitude, longitude)).isEqualTo(outside);
  }

  @Test
  void theRoughBoxAlsoShiftsSomeNeighbours() {
    // A known limit of the box, documented on the class: Seoul and Singapore get an offset too.
    assertThat(ChinaCoordinates.isOutsideMainlandChina(37.5665, 126.9780)).isFalse();
    assertThat(ChinaCoordinates.isOutsideMainlandChina(1.3521, 103.8198)).isFalse();
  }

  @Test
  void nonFiniteNumbersCountAsOutsideAndPassThrough() {
    assertThat(ChinaCoordinates.isOutsideMainlandChina(Double.NaN, 100.0)).isTrue();
    assertThat(ChinaCoordinates.isOutsideMainlandChina(30.0, Double.POSITIVE_INFINITY)).isTrue();
    assertThat(ChinaCoordinates.wgs84ToGcj02(Double.NaN, 100.0)[0]).isNaN();
  }

  @Test
  void returnsAFreshArrayEachTime() {
    double[] first = ChinaCoordinates.wgs84ToGcj02(25.69, 100.16);
    first[0] = 0;

    assertThat(ChinaCoordinates.wgs84ToGcj02(25.69, 100.16)[0]).isNotZero();
  }
}
