package org.tourismpolicing.core.geography;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.tourismpolicing.core.geo.GeoPoint;
import org.tourismpolicing.core.i18n.LocalizedText;

class TenantGeographyTest {

  private static Zone square(String code, double lon, double lat, double side) {
    Coordinate[] ring = {
      new Coordinate(lon, lat),
      new Coordinate(lon + side, lat),
      new Coordinate(lon + side, lat + side),
      new Coordinate(lon, lat + side),
      new Coordinate(lon, lat)
    };
    return new Zone(
        code,
        "fast-response",
        LocalizedText.of("en", code),
        Zone.geometryFactory().createPolygon(ring));
  }

  private final TenantGeography geography =
      new TenantGeography(
          List.of(
              square("west", 100.00, 25.00, 0.01),
              square("east", 100.01, 25.00, 0.01),
              square("corner", 100.02, 25.01, 0.01),
              square("island", 101.00, 26.00, 0.01)));

  @Test
  void zonesSharingABorderOrACornerAreNeighbours() {
    assertThat(geography.neighboursOf("west")).containsExactly("east");
    assertThat(geography.neighboursOf("east")).containsExactlyInAnyOrder("west", "corner");
    assertThat(geography.neighboursOf("island")).isEmpty();
    assertThat(geography.neighboursOf("nowhere")).isEmpty();
  }

  @Test
  void aPointOnASharedBorderBelongsToTheFirstZone() {
    assertThat(geography.zoneAt(GeoPoint.wgs84(25.005, 100.01))).map(Zone::code).contains("west");
    assertThat(geography.zoneAt(GeoPoint.wgs84(25.005, 100.0101))).map(Zone::code).contains("east");
    assertThat(geography.zoneAt(GeoPoint.wgs84(25.5, 100.5))).isEmpty();
  }

  @Test
  void zonesKeepTheirOrderAndAreFoundByCode() {
    assertThat(geography.zones())
        .extracting(Zone::code)
        .containsExactly("west", "east", "corner", "island");
    assertThat(geography.zone("east")).isPresent();
    assertThat(geography.zone("lake")).isEmpty();
    assertThat(TenantGeography.empty().zones()).isEmpty();
  }

  @Test
  void centroidIsTheMiddleOfTheZone() {
    GeoPoint centre = geography.zone("west").orElseThrow().centroid();

    assertThat(centre.latitude()).isCloseTo(25.005, within(1e-9));
    assertThat(centre.longitude()).isCloseTo(100.005, within(1e-9));
  }
}
