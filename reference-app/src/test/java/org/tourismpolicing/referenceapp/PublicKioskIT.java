package org.tourismpolicing.referenceapp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.tourismpolicing.referenceapp.support.Fixtures.kioskId;
import static org.tourismpolicing.referenceapp.support.Fixtures.kioskPath;
import static org.tourismpolicing.referenceapp.support.Fixtures.leader;
import static org.tourismpolicing.referenceapp.support.Fixtures.post;
import static org.tourismpolicing.referenceapp.support.Fixtures.put;
import static org.tourismpolicing.referenceapp.support.Problems.assertInvalid;
import static org.tourismpolicing.referenceapp.support.Problems.assertProblem;
import static org.tourismpolicing.referenceapp.support.Problems.codeOf;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tourismpolicing.referenceapp.support.Api;
import org.tourismpolicing.referenceapp.support.Fixtures;
import org.tourismpolicing.referenceapp.support.Json;
import org.tourismpolicing.referenceapp.support.Problems;
import org.tourismpolicing.referenceapp.support.TenantDocs;

/**
 * What a tourist's phone asks without logging in: the kiosks open now and the nearest open ones,
 * with distance and walking time, from WGS-84 or GCJ-02 positions, optionally with an amenity left.
 * Runs in a copy of Dali whose kiosks are open round the clock, so that nothing here depends on the
 * time of day (opening hours themselves are proved with a moved clock in {@link
 * OpeningHoursClockIT}).
 */
class PublicKioskIT {

  @AfterAll
  static void forgetTheTenantsOnboardedHere() {
    TenantDocs.forgetOnboarded();
  }

  /**
   * Dali's kiosks by great-circle distance from the South Gate kiosk (25.6880, 100.1626), worked
   * out by hand from the positions of the sample tenant's kiosk document: 0, 394, 682, 886, 1021,
   * 1026, 1428 and 2417 metres.
   */
  private static final List<String> BY_DISTANCE_FROM_SOUTH_GATE =
      List.of(
          "south-gate",
          "wuhua-tower",
          "yangren-street",
          "west-gate",
          "renmin-road",
          "erhai-gate",
          "north-gate",
          "three-pagodas");

  /**
   * The South Gate kiosk's position in GCJ-02, worked out outside the code under test with the
   * published WGS-84 to GCJ-02 transform (Krasovsky ellipsoid).
   */
  private static final double[] GCJ02_SOUTH_GATE = {25.685031098696015, 100.16381592925548};

  private static final List<String> DALI_CODES =
      List.of(
          "erhai-gate",
          "north-gate",
          "renmin-road",
          "south-gate",
          "three-pagodas",
          "west-gate",
          "wuhua-tower",
          "yangren-street");

  private static String tenant;

  @BeforeAll
  static void onboardATenantOpenRoundTheClock() {
    tenant = TenantDocs.newTenantId("public");
    TenantDocs docs = TenantDocs.daliAs(tenant).openAllDay();
    docs.onboard(tenant);
  }

  private static String base() {
    return "/api/" + tenant + "/kiosk-registry/public/kiosks";
  }

  private static JsonPath ok(String path) {
    Response r = Api.anonymous().get(path);
    assertThat(r.statusCode()).as(r.asString()).isEqualTo(200);
    return r.jsonPath();
  }

  private static JsonPath nearest(String query) {
    return ok(base() + "/nearest?" + query);
  }

  private static JsonPath nearest(double[] at, String more) {
    return nearest("lat=" + at[0] + "&lon=" + at[1] + more);
  }

  @Test
  void openNowListsEveryKioskInServiceByCodeWithoutInternals() {
    JsonPath open = ok(base() + "/open-now");

    assertThat(open.getList("code")).containsExactlyElementsOf(DALI_CODES);
    assertThat(open.getString("find { it.code == 'south-gate' }.names.en"))
        .isEqualTo("South Gate Police Kiosk");
    assertThat(open.getString("find { it.code == 'south-gate' }.phone")).isEqualTo("0872-2671101");
    assertThat(open.getString("find { it.code == 'three-pagodas' }.type")).isEqualTo("duty-point");
    assertThat(open.getList("openUntil")).as("open round the clock").containsOnlyNulls();
    assertThat(open.getMap("[0]")).doesNotContainKeys("id", "version", "status", "roster");
    assertThat(open.getDouble("find { it.code == 'south-gate' }.position.gcj02.lat"))
        .isCloseTo(GCJ02_SOUTH_GATE[0], within(1e-9));
    assertThat(open.getDouble("find { it.code == 'south-gate' }.position.gcj02.lon"))
        .isCloseTo(GCJ02_SOUTH_GATE[1], within(1e-9));
  }

  @Test
  void theNearestComeFirstWithDistanceAndWalkingTime() {
    JsonPath near = nearest(new double[] {25.6880, 100.1626}, "");

    assertThat(near.getList("code"))
        .as("three by default")
        .isEqualTo(BY_DISTANCE_FROM_SOUTH_GATE.subList(0, 3));
    // great-circle metres on the mean Earth radius, and Dali's walking estimate (1.2 m/s, lanes
    // 1.3 times the straight line, whole minutes up, at least one), worked out by hand
    assertThat(near.getList("distanceMetres", Long.class)).containsExactly(0L, 394L, 682L);
    assertThat(near.getList("walkingMinutes", Integer.class)).containsExactly(1, 8, 13);

    JsonPath all = nearest(new double[] {25.6880, 100.1626}, "&limit=20");
    assertThat(all.getList("code")).isEqualTo(BY_DISTANCE_FROM_SOUTH_GATE);
    assertThat(all.getList("distanceMetres", Long.class)).isSorted();
  }

  @Test
  void aGcj02PositionGivesTheSameKiosksAsTheSamePlaceInWgs84() {
    double[] wgs = {25.6950, 100.1630};
    // the same place in GCJ-02, by the published transform (see GCJ02_SOUTH_GATE)
    double[] gcj = {25.692026558506928, 100.16421527459947};

    JsonPath fromWgs = nearest(wgs, "&limit=8");
    JsonPath fromGcj = nearest(gcj, "&limit=8&crs=GCJ02");
    JsonPath fromGcjAlias = nearest(gcj, "&limit=8&crs=gcj-02");
    JsonPath gcjTakenAsWgs = nearest(gcj, "&limit=8");

    assertThat(fromWgs.getList("code"))
        .containsExactly(
            "yangren-street",
            "renmin-road",
            "wuhua-tower",
            "north-gate",
            "south-gate",
            "west-gate",
            "erhai-gate",
            "three-pagodas");
    assertThat(fromWgs.getList("distanceMetres", Long.class))
        .containsExactly(212L, 321L, 390L, 665L, 779L, 820L, 851L, 1814L);
    assertThat(fromGcj.getList("code")).isEqualTo(fromWgs.getList("code"));
    assertThat(fromGcjAlias.getList("code")).isEqualTo(fromWgs.getList("code"));
    List<Long> wgsMetres = fromWgs.getList("distanceMetres", Long.class);
    List<Long> gcjMetres = fromGcj.getList("distanceMetres", Long.class);
    for (int i = 0; i < wgsMetres.size(); i++) {
      assertThat(gcjMetres.get(i)).isCloseTo(wgsMetres.get(i), within(1L));
    }
    // the offset is hundreds of metres: reading GCJ-02 as WGS-84 would send tourists astray
    List<Long> wrongMetres = gcjTakenAsWgs.getList("distanceMetres", Long.class);
    long largestMiss = 0;
    for (int i = 0; i < wrongMetres.size(); i++) {
      String code = gcjTakenAsWgs.getString("[" + i + "].code");
      long right = fromWgs.getLong("find { it.code == '" + code + "' }.distanceMetres");
      largestMiss = Math.max(largestMiss, Math.abs(wrongMetres.get(i) - right));
    }
    assertThat(largestMiss).isGreaterThan(100);
  }

  @Test
  void anAmenityFilterKeepsOnlyKiosksWhereItIsAvailableNow() {
    assertThat(ok(base() + "/open-now?amenity=wheelchair").getList("code"))
        .containsExactly("north-gate", "south-gate", "three-pagodas");
    assertThat(ok(base() + "/open-now?amenity=phone-charging").getList("code"))
        .as("an uncounted service is always available")
        .hasSize(7)
        .doesNotContain("three-pagodas");
    assertThat(ok(base() + "/open-now?amenity=teleporter").getList("code")).isEmpty();

    String southGate = kioskId(tenant, "south-gate");
    String adjustments = kioskPath(tenant, southGate) + "/amenities/umbrella/adjustments";
    int stock =
        Fixtures.getKiosk(tenant, southGate)
            .jsonPath()
            .getInt("amenities.find { it.kind == 'umbrella' }.stock");
    for (int lent = 0; lent < stock; lent += 7) {
      Response r =
          post(
              Fixtures.officer(tenant), adjustments, Json.map("delta", -Math.min(7, stock - lent)));
      assertThat(r.statusCode()).as(r.asString()).isEqualTo(200);
    }
    try {
      assertThat(ok(base() + "/open-now?amenity=umbrella").getList("code"))
          .doesNotContain("south-gate")
          .contains("wuhua-tower", "erhai-gate");
      assertThat(nearest(new double[] {25.6880, 100.1626}, "&amenity=umbrella").getList("code"))
          .doesNotContain("south-gate")
          .startsWith("wuhua-tower");
      JsonPath open = ok(base() + "/open-now");
      assertThat(open.getList("code")).contains("south-gate");
      assertThat(open.getList("find { it.code == 'south-gate' }.amenities.kind"))
          .doesNotContain("umbrella")
          .contains("first-aid-kit");
      assertThat(
              nearest(new double[] {25.6880, 100.1626}, "&amenity=first-aid-kit")
                  .getString("[0].code"))
          .isEqualTo("south-gate");
    } finally {
      post(Fixtures.officer(tenant), adjustments, Json.map("delta", 1));
    }
    assertThat(ok(base() + "/open-now?amenity=umbrella").getList("code")).contains("south-gate");
  }

  @Test
  void suspendedAndClosedKiosksAreNotOffered() {
    String small = TenantDocs.newTenantId("public-status");
    TenantDocs.daliAs(small).openAllDay().firstKiosks(2).onboard(small);
    String path = "/api/" + small + "/kiosk-registry/public/kiosks/open-now";
    String southGate = kioskId(small, "south-gate");
    assertThat(ok(path).getList("code")).containsExactly("south-gate", "wuhua-tower");

    for (String status : List.of("suspended", "closed")) {
      Response r =
          put(
              leader(small),
              kioskPath(small, southGate) + "/status",
              Json.map(
                  "version",
                  Fixtures.version(small, southGate),
                  "status",
                  status,
                  "reason",
                  "test"));
      assertThat(r.statusCode()).as(r.asString()).isEqualTo(200);
      assertThat(ok(path).getList("code")).as(status).containsExactly("wuhua-tower");
      assertThat(
              ok("/api/" + small + "/kiosk-registry/public/kiosks/nearest?lat=25.6880&lon=100.1626")
                  .getList("code"))
          .containsExactly("wuhua-tower");
    }
    put(
        leader(small),
        kioskPath(small, southGate) + "/status",
        Json.map("version", Fixtures.version(small, southGate), "status", "open"));
    assertThat(ok(path).getList("code")).containsExactly("south-gate", "wuhua-tower");
  }

  @Test
  void invalidPositionsAndLimitsNameTheirParameter() {
    JsonPath p =
        assertInvalid(
            Api.anonymous()
                .header("Accept-Language", "en")
                .get(base() + "/nearest?lat=125&lon=100.16"),
            "lat");
    assertThat(codeOf(p, "lat")).isEqualTo("geo.latitude.range");
    assertThat(Problems.messageOf(p, "lat")).contains("Latitude 125");
    assertInvalid(Api.anonymous().get(base() + "/nearest?lat=25.69&lon=200"), "lon");
    p = assertInvalid(Api.anonymous().get(base() + "/nearest?lon=100.16"), "lat");
    assertThat(codeOf(p, "lat")).isEqualTo("validation.required");
    assertInvalid(Api.anonymous().get(base() + "/nearest?lat=25.69"), "lon");
    p =
        assertInvalid(
            Api.anonymous().get(base() + "/nearest?lat=25.69&lon=100.16&crs=BD09"), "crs");
    assertThat(codeOf(p, "crs")).isEqualTo("geo.crs.unknown");
    assertInvalid(Api.anonymous().get(base() + "/nearest?lat=25.69&lon=100.16&limit=0"), "limit");
    assertInvalid(Api.anonymous().get(base() + "/nearest?lat=25.69&lon=100.16&limit=21"), "limit");
    assertInvalid(
        Api.anonymous().get(base() + "/nearest?lat=125&lon=100.16&limit=0"), "lat", "limit");
  }

  @Test
  void unreadableNumbersNameTheirParameterToo() {
    assertInvalid(Api.anonymous().get(base() + "/nearest?lat=north&lon=100.16"), "lat");
    assertInvalid(Api.anonymous().get(base() + "/nearest?lat=25.69&lon=east"), "lon");
    assertInvalid(Api.anonymous().get(base() + "/nearest?lat=25.69&lon=100.16&limit=few"), "limit");
  }

  @Test
  void anUnknownTenantHasNoPublicKiosks() {
    String unknown = TenantDocs.newTenantId("nobody");
    assertProblem(
        Api.anonymous().get("/api/" + unknown + "/kiosk-registry/public/kiosks/open-now"),
        404,
        "tenant-not-found");
    assertProblem(
        Api.anonymous()
            .get("/api/" + unknown + "/kiosk-registry/public/kiosks/nearest?lat=25.69&lon=100.16"),
        404,
        "tenant-not-found");
    assertProblem(
        Api.anonymous().get("/api/Not_A_Tenant/kiosk-registry/public/kiosks/open-now"),
        404,
        "tenant-not-found");
  }

  @Test
  void theSampleTenantsPublicEndpointsNeedNoToken() {
    for (String sample : List.of(Fixtures.DALI, Fixtures.LIJIANG)) {
      Response open =
          Api.anonymous().get("/api/" + sample + "/kiosk-registry/public/kiosks/open-now");
      assertThat(open.statusCode()).isEqualTo(200);
      Response near =
          Api.anonymous()
              .get("/api/" + sample + "/kiosk-registry/public/kiosks/nearest?lat=26.87&lon=100.23");
      assertThat(near.statusCode()).isEqualTo(200);
    }
  }
}
