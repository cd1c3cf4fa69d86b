package org.tourismpolicing.referenceapp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tourismpolicing.referenceapp.support.Fixtures.DALI;
import static org.tourismpolicing.referenceapp.support.Fixtures.LIJIANG;
import static org.tourismpolicing.referenceapp.support.Fixtures.kioskPath;
import static org.tourismpolicing.referenceapp.support.Fixtures.kiosksPath;
import static org.tourismpolicing.referenceapp.support.Fixtures.leader;
import static org.tourismpolicing.referenceapp.support.Fixtures.walkInsPath;
import static org.tourismpolicing.referenceapp.support.Problems.assertProblem;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tourismpolicing.referenceapp.support.Api;
import org.tourismpolicing.referenceapp.support.Database;
import org.tourismpolicing.referenceapp.support.Fixtures;
import org.tourismpolicing.referenceapp.support.Http;
import org.tourismpolicing.referenceapp.support.Json;
import org.tourismpolicing.referenceapp.support.Rows;
import tools.jackson.databind.JsonNode;

/**
 * The same staff scenario in Dali and in Lijiang, side by side, and every kiosk operation of one
 * tenant aimed at the other tenant's kiosk: answered 404 exactly as for a kiosk that does not
 * exist, with nothing changed on either side (also not through a shared cache).
 */
class TwoTenantsIT {

  private static final Map<String, String> kiosks = new LinkedHashMap<>();
  private static String code;

  /** Registers a kiosk with the same code in both tenants and works with it the same way. */
  @BeforeAll
  static void theSameScenarioInBothTenants() {
    code = Fixtures.code("twin");
    for (String tenant : List.of(DALI, LIJIANG)) {
      Map<String, Object> body =
          tenant.equals(DALI)
              ? Fixtures.newKiosk(code, Fixtures.DALI_SOUTH)
              : Fixtures.newLijiangKiosk(code);
      String id = Fixtures.createKiosk(tenant, body);
      kiosks.put(tenant, id);
      Response stock =
          Fixtures.put(
              leader(tenant), kioskPath(tenant, id) + "/amenities/umbrella", Json.map("stock", 12));
      assertThat(stock.statusCode()).as(stock.asString()).isEqualTo(200);
      Response lent =
          Fixtures.post(
              Fixtures.officer(tenant),
              kioskPath(tenant, id) + "/amenities/umbrella/adjustments",
              Json.map("delta", -2));
      assertThat(lent.statusCode()).as(lent.asString()).isEqualTo(200);
    }
  }

  private static String other(String tenant) {
    return tenant.equals(DALI) ? LIJIANG : DALI;
  }

  private static String badgeOf(String tenant) {
    return tenant.equals(DALI) ? "531109" : "537108";
  }

  @Test
  void bothTenantsHoldTheirOwnKioskUnderTheSameCode() {
    assertThat(kiosks.get(DALI)).isNotEqualTo(kiosks.get(LIJIANG));
    for (String tenant : kiosks.keySet()) {
      JsonPath k = Fixtures.getKiosk(tenant, kiosks.get(tenant)).jsonPath();
      assertThat(k.getString("code")).isEqualTo(code);
      assertThat(k.getInt("amenities.find { it.kind == 'umbrella' }.stock")).isEqualTo(10);
      assertThat(Database.string("select tenant_id from kr_kiosk where id = ?", kiosks.get(tenant)))
          .isEqualTo(tenant);
      List<String> ids = new ArrayList<>();
      String cursor = null;
      do {
        JsonPath page =
            Api.as(leader(tenant))
                .get(
                    kiosksPath(tenant) + "?limit=200" + (cursor == null ? "" : "&cursor=" + cursor))
                .jsonPath();
        ids.addAll(page.getList("items.id", String.class));
        cursor = page.getString("nextCursor");
      } while (cursor != null);
      assertThat(ids).contains(kiosks.get(tenant)).doesNotContain(kiosks.get(other(tenant)));
    }
  }

  @Test
  void anotherTenantsKioskIsNotFoundByAnyOperationAndNothingChanges() {
    for (String tenant : List.of(DALI, LIJIANG)) {
      String foreign = kiosks.get(other(tenant));
      String path = kioskPath(tenant, foreign);
      String token = leader(tenant);
      long foreignVersion = Fixtures.version(other(tenant), foreign);
      Rows mine = Rows.of(tenant);
      Rows theirs = Rows.of(other(tenant));

      List<Http.Answer> answers =
          List.of(
              Http.send("GET", path, token, null),
              Http.send(
                  "PUT",
                  path,
                  token,
                  Json.of(
                      "version",
                      foreignVersion,
                      "type",
                      "kiosk",
                      "names",
                      Json.map("en", "Hijacked"),
                      "position",
                      tenant.equals(DALI)
                          ? Json.map("lat", 25.69, "lon", 100.16)
                          : Json.map("lat", 26.872, "lon", 100.233),
                      "openingHours",
                      Fixtures.DAY_HOURS)),
              Http.send(
                  "PUT",
                  path + "/status",
                  token,
                  Json.of("version", foreignVersion, "status", "closed", "reason", "hijack")),
              Http.send("PUT", path + "/amenities/umbrella", token, Json.of("stock", 0)),
              Http.send(
                  "POST", path + "/amenities/umbrella/adjustments", token, Json.of("delta", -1)),
              Http.send("GET", path + "/duty", token, null),
              Http.send(
                  "PUT",
                  path + "/duty/" + Fixtures.freshDate() + "/day",
                  token,
                  Json.of("badges", List.of(badgeOf(tenant)))),
              Http.send(
                  "POST",
                  walkInsPath(tenant, foreign),
                  Fixtures.officer(tenant),
                  Json.write(Fixtures.walkIn("ask-way", "resolved", "2026-03-01T02:00:00Z"))));

      for (Http.Answer a : answers) {
        JsonNode p = assertProblem(a, 404, "not-found");
        assertThat(p.path("code").asString())
            .as("the operation looked for the kiosk and did not find it: %s", a.body())
            .isEqualTo("not-found.detail");
      }
      mine.assertUnchanged();
      theirs.assertUnchanged();
      assertThat(Fixtures.version(other(tenant), foreign)).isEqualTo(foreignVersion);
    }
  }

  @Test
  void anotherTenantsWalkInsAreNeitherFoundNorListedNorCounted() {
    Response logged =
        Fixtures.post(
            Fixtures.officer(LIJIANG),
            walkInsPath(LIJIANG, kiosks.get(LIJIANG)),
            Fixtures.walkIn("ask-way", "resolved", "2026-03-05T02:00:00Z"));
    assertThat(logged.statusCode()).as(logged.asString()).isEqualTo(201);
    String walkIn = logged.jsonPath().getString("id");
    String dali = "/api/" + DALI + "/kiosk-registry/walk-ins";

    assertProblem(Api.as(leader(DALI)).get(dali + "/" + walkIn), 404, "not-found");
    assertThat(
            Api.as(leader(LIJIANG))
                .get("/api/" + LIJIANG + "/kiosk-registry/walk-ins/" + walkIn)
                .statusCode())
        .isEqualTo(200);
    assertThat(
            Api.as(leader(DALI))
                .get(dali + "?kioskId=" + kiosks.get(LIJIANG))
                .jsonPath()
                .getList("items"))
        .isEmpty();
    assertThat(
            Api.as(leader(DALI))
                .get(
                    dali
                        + "/daily-counts?from=2026-03-05&to=2026-03-05&kioskId="
                        + kiosks.get(LIJIANG))
                .jsonPath()
                .getList(""))
        .isEmpty();
    assertThat(
            Api.as(leader(LIJIANG))
                .get(
                    "/api/"
                        + LIJIANG
                        + "/kiosk-registry/walk-ins/daily-counts?from=2026-03-05&to=2026-03-05&kioskId="
                        + kiosks.get(LIJIANG))
                .jsonPath()
                .getList("total"))
        .containsExactly(1);
  }

  @Test
  void theAuditTrailOfOneTenantNeverShowsTheOthers() {
    for (String tenant : kiosks.keySet()) {
      JsonPath own =
          Api.as(Fixtures.admin(tenant))
              .get(
                  "/api/"
                      + tenant
                      + "/audit/records?subjectType=kiosk&subjectId="
                      + kiosks.get(tenant))
              .jsonPath();
      assertThat(own.getList("items.action")).contains("kiosk.created", "amenity.stock-adjusted");
      JsonPath foreign =
          Api.as(Fixtures.admin(tenant))
              .get(
                  "/api/"
                      + tenant
                      + "/audit/records?subjectType=kiosk&subjectId="
                      + kiosks.get(other(tenant)))
              .jsonPath();
      assertThat(foreign.getList("items")).isEmpty();
    }
  }

  @Test
  void readsInterleavedAcrossTenantsNeverCrossOver() throws Exception {
    String lijiangKiosk = kiosks.get(LIJIANG);
    String asLijiang = leader(LIJIANG);
    String asDali = leader(DALI);
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<Http.Answer>> home = new ArrayList<>();
      List<Future<Http.Answer>> away = new ArrayList<>();
      for (int i = 0; i < 20; i++) {
        home.add(
            pool.submit(() -> Http.send("GET", kioskPath(LIJIANG, lijiangKiosk), asLijiang, null)));
        away.add(pool.submit(() -> Http.send("GET", kioskPath(DALI, lijiangKiosk), asDali, null)));
      }
      for (Future<Http.Answer> f : home) {
        Http.Answer a = f.get(60, TimeUnit.SECONDS);
        assertThat(a.status()).as(a.body()).isEqualTo(200);
        assertThat(Json.parse(a.body()).path("code").asString()).isEqualTo(code);
      }
      for (Future<Http.Answer> f : away) {
        assertProblem(f.get(60, TimeUnit.SECONDS), 404, "not-found");
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
