package org.tourismpolicing.referenceapp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tourismpolicing.referenceapp.support.Fixtures.DALI;
import static org.tourismpolicing.referenceapp.support.Fixtures.DALI_NORTH;
import static org.tourismpolicing.referenceapp.support.Fixtures.DALI_SOUTH;
import static org.tourismpolicing.referenceapp.support.Fixtures.LIJIANG;
import static org.tourismpolicing.referenceapp.support.Fixtures.LIJIANG_CENTRAL;
import static org.tourismpolicing.referenceapp.support.Fixtures.OUTSIDE_DALI;
import static org.tourismpolicing.referenceapp.support.Problems.assertInvalid;
import static org.tourismpolicing.referenceapp.support.Problems.assertProblem;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import org.tourismpolicing.referenceapp.support.Api;

/**
 * The public zone lookup: which fast-response zone of the tenant a position falls in, read from the
 * sample tenants' documents (Dali's north and south zones meet along Renmin Road).
 */
class PublicPlatformIT {

  private static Response lookup(String tenant, double lat, double lon, String crs) {
    var request = Api.anonymous().queryParam("lat", lat).queryParam("lon", lon);
    if (crs != null) {
      request = request.queryParam("crs", crs);
    }
    return request.get("/api/" + tenant + "/zones/lookup");
  }

  private static JsonPath zoneAt(String tenant, double[] position, String crs) {
    Response r = lookup(tenant, position[0], position[1], crs);
    assertThat(r.statusCode()).as(r.asString()).isEqualTo(200);
    return r.jsonPath();
  }

  @Test
  void aPositionFallsInTheZoneWhosePolygonHoldsIt() {
    JsonPath south = zoneAt(DALI, DALI_SOUTH, null);
    assertThat(south.getString("code")).isEqualTo("south");
    assertThat(south.getString("kind")).isEqualTo("fast-response");
    assertThat(south.getString("names.en"))
        .isEqualTo("South fast-response zone (Renmin Road to beyond the South Gate)");
    assertThat(south.getList("neighbours")).containsExactly("north");
    assertThat(south.getString("polygon.type")).isEqualTo("Polygon");

    JsonPath north = zoneAt(DALI, DALI_NORTH, null);
    assertThat(north.getString("code")).isEqualTo("north");
    assertThat(north.getList("neighbours")).containsExactly("south");

    assertThat(zoneAt(LIJIANG, LIJIANG_CENTRAL, null).getString("code")).isEqualTo("central");
  }

  @Test
  void aGcj02PositionIsLookedUpWhereItReallyIs() {
    // DALI_SOUTH (25.6900, 100.1600) in GCJ-02, worked out with the published transform
    double[] gcj = {25.687034822712082, 100.1612213518571};
    assertThat(zoneAt(DALI, gcj, "GCJ02").getString("code")).isEqualTo("south");
  }

  @Test
  void aPositionInNoZoneIsNotFoundAndBadInputNamesItsField() {
    assertProblem(lookup(DALI, OUTSIDE_DALI[0], OUTSIDE_DALI[1], null), 404, "not-found");
    assertInvalid(lookup(DALI, 91.0, 100.16, null), "lat");
    assertInvalid(lookup(DALI, 25.69, 100.16, "mercator"), "crs");
    assertInvalid(Api.anonymous().get("/api/" + DALI + "/zones/lookup"), "lat", "lon");
  }

  @Test
  void thePingAnswersWithNoContent() {
    Response ping = Api.anonymous().get("/api/ping");
    assertThat(ping.statusCode()).isEqualTo(204);
    assertThat(ping.asString()).isEmpty();
  }
}
