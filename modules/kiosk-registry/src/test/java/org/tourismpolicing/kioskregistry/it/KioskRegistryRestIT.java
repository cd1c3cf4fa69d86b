package org.tourismpolicing.kioskregistry.it;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.net.URL;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.tourismpolicing.testsupport.Deployments;
import org.tourismpolicing.testsupport.Tokens;

/**
 * The module's REST API, embedded alone, called as a client would: tourists without a token, staff
 * with tokens from the integrator's identity provider (the server trusts only its key and issuer).
 * The server clock is fixed at a Wednesday noon in Dali so that opening hours are known.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class KioskRegistryRestIT {

  private static final String DALI = "dali-gucheng";
  private static final String LIJIANG = "lijiang-gucheng";

  /** The kiosks and duty points of tenant-config/dali-gucheng/kiosk-registry.yaml. */
  private static final List<String> DALI_KIOSKS =
      List.of(
          "south-gate",
          "wuhua-tower",
          "west-gate",
          "yangren-street",
          "north-gate",
          "renmin-road",
          "three-pagodas",
          "erhai-gate");

  /** Wednesday 10 June 2026, 12:00 in Asia/Shanghai: every Dali kiosk is open. */
  private static final Instant NOON_IN_DALI = Instant.parse("2026-06-10T04:00:00Z");

  /** The same day at 23:00 in Asia/Shanghai: every Dali kiosk is closed. */
  private static final Instant LATE_NIGHT_IN_DALI = Instant.parse("2026-06-10T15:00:00Z");

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.embedding("kiosk-registry-rest", EmbeddedApi.class);
  }

  @ArquillianResource URL base;

  @BeforeAll
  static void logFailedExchanges() {
    RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
  }

  @BeforeEach
  void fixClock() {
    setClock(NOON_IN_DALI);
  }

  @AfterEach
  void releaseClock() {
    setClock(null);
  }

  @Test
  void touristsFindOpenAndNearestKiosksWithoutAToken() {
    List<String> open =
        api()
            .get("{tenant}/kiosk-registry/public/kiosks/open-now", DALI)
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getList("code", String.class);
    assertThat(open).containsAll(DALI_KIOSKS);

    Response nearest =
        api()
            .queryParam("lat", 25.6881)
            .queryParam("lon", 100.1627)
            .queryParam("limit", 2)
            .get("{tenant}/kiosk-registry/public/kiosks/nearest", DALI);
    nearest.then().statusCode(200);
    assertThat(nearest.jsonPath().getList("code", String.class))
        .hasSize(2)
        .first()
        .isEqualTo("south-gate");
    assertThat(nearest.jsonPath().getLong("[0].distanceMetres")).isLessThan(50);
    assertThat(nearest.jsonPath().getInt("[0].walkingMinutes")).isPositive();

    // the tenant's hours are read on its own clock: at 23:00 in Dali nothing of Dali's is open
    setClock(LATE_NIGHT_IN_DALI);
    List<String> lateNight =
        api()
            .get("{tenant}/kiosk-registry/public/kiosks/open-now", DALI)
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getList("code", String.class);
    assertThat(lateNight).doesNotContainAnyElementsOf(DALI_KIOSKS);
  }

  @Test
  void staffListNeedsATokenOfTheTrustedIssuer() {
    api().get("{tenant}/kiosk-registry/kiosks", DALI).then().statusCode(401);
    api()
        .auth()
        .oauth2(Tokens.forged("officer-it", DALI, "officer"))
        .get("{tenant}/kiosk-registry/kiosks", DALI)
        .then()
        .statusCode(401);

    List<String> listed =
        as(Tokens.token("officer-it", DALI, "officer"))
            .get("{tenant}/kiosk-registry/kiosks", DALI)
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getList("items.code", String.class);
    assertThat(listed).containsAll(DALI_KIOSKS);
  }

  @Test
  void staffRegisterAKioskAndLogAWalkInOnce() {
    String code = "embedded-" + UUID.randomUUID().toString().substring(0, 8);
    Response created =
        as(Tokens.token("leader-it", DALI, "station-leader"))
            .contentType(ContentType.JSON)
            .body(
                """
                {"code": "%s", "type": "kiosk",
                 "names": {"zh-CN": "嵌入测试警务亭", "en": "Embedding test kiosk"},
                 "position": {"lat": 25.6900, "lon": 100.1620},
                 "openingHours": "Mo-Su 09:00-22:00",
                 "amenities": {"umbrella": 5}}
                """
                    .formatted(code))
            .post("{tenant}/kiosk-registry/kiosks", DALI);
    created.then().statusCode(201);
    String id = created.jsonPath().getString("id");
    assertThat(created.header("Location")).endsWith("/kiosks/" + id);
    assertThat(created.jsonPath().getString("zone")).isEqualTo("south");

    String officer = Tokens.token("officer-it", DALI, "officer");
    as(officer).get(created.header("Location")).then().statusCode(200);
    assertThat(publicOpenNow(DALI)).contains(code);

    String key = "walk-in-" + UUID.randomUUID();
    String walkIn =
        """
        {"kind": "ask-way", "outcome": "resolved", "description": "Asked for Wuhua Tower"}
        """;
    Response first =
        as(officer)
            .contentType(ContentType.JSON)
            .header("Idempotency-Key", key)
            .body(walkIn)
            .post("{tenant}/kiosk-registry/kiosks/{id}/walk-ins", DALI, id);
    first.then().statusCode(201);
    Response retry =
        as(officer)
            .contentType(ContentType.JSON)
            .header("Idempotency-Key", key)
            .body(walkIn)
            .post("{tenant}/kiosk-registry/kiosks/{id}/walk-ins", DALI, id);
    retry.then().statusCode(201);
    assertThat(retry.jsonPath().getString("id")).isEqualTo(first.jsonPath().getString("id"));

    Response logged =
        as(officer).queryParam("kioskId", id).get("{tenant}/kiosk-registry/walk-ins", DALI);
    logged.then().statusCode(200);
    assertThat(logged.jsonPath().getList("items.id", String.class))
        .containsExactly(first.jsonPath().getString("id"));
    assertThat(logged.jsonPath().getString("items[0].kind")).isEqualTo("ask-way");
    assertThat(logged.jsonPath().getString("items[0].recordedBy")).isEqualTo("officer-it");
  }

  @Test
  void anotherTenantsKioskIdAnswers404LikeAnUnknownOne() {
    String lijiangOfficer = Tokens.token("officer-lj-it", LIJIANG, "officer");
    String lijiangKiosk =
        as(lijiangOfficer)
            .get("{tenant}/kiosk-registry/kiosks", LIJIANG)
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getString("items[0].id");
    assertThat(lijiangKiosk).isNotBlank();
    int lijiangWalkInsBefore = walkInCount(lijiangOfficer, LIJIANG, lijiangKiosk);

    String daliOfficer = Tokens.token("officer-it", DALI, "officer");
    Response foreign =
        as(daliOfficer).get("{tenant}/kiosk-registry/kiosks/{id}", DALI, lijiangKiosk);
    String nobody = UUID.randomUUID().toString();
    Response unknown = as(daliOfficer).get("{tenant}/kiosk-registry/kiosks/{id}", DALI, nobody);
    assertSameAnswer(foreign, lijiangKiosk, unknown, nobody);

    // a walk-in sent to Dali's path with Lijiang's kiosk id is refused like one for no kiosk at
    // all, and writes nothing
    String walkIn = "{\"kind\": \"ask-way\", \"outcome\": \"resolved\"}";
    Response foreignWalkIn =
        as(daliOfficer)
            .contentType(ContentType.JSON)
            .body(walkIn)
            .post("{tenant}/kiosk-registry/kiosks/{id}/walk-ins", DALI, lijiangKiosk);
    Response unknownWalkIn =
        as(daliOfficer)
            .contentType(ContentType.JSON)
            .body(walkIn)
            .post("{tenant}/kiosk-registry/kiosks/{id}/walk-ins", DALI, nobody);
    assertSameAnswer(foreignWalkIn, lijiangKiosk, unknownWalkIn, nobody);
    assertThat(walkInCount(lijiangOfficer, LIJIANG, lijiangKiosk)).isEqualTo(lijiangWalkInsBefore);

    // and Lijiang's own staff still reach it
    as(lijiangOfficer)
        .get("{tenant}/kiosk-registry/kiosks/{id}", LIJIANG, lijiangKiosk)
        .then()
        .statusCode(200);
  }

  /**
   * Both are the 404 problem answer and say the same but for the id asked for: nothing tells that
   * the foreign id exists elsewhere.
   */
  private static void assertSameAnswer(
      Response foreign, String foreignId, Response unknown, String unknownId) {
    foreign.then().statusCode(404).contentType("application/problem+json");
    unknown.then().statusCode(404).contentType("application/problem+json");
    for (String member : List.of("type", "title", "code", "detail", "instance")) {
      assertThat(foreign.jsonPath().getString(member).replace(foreignId, "{id}"))
          .as(member)
          .isEqualTo(unknown.jsonPath().getString(member).replace(unknownId, "{id}"));
    }
  }

  private List<String> publicOpenNow(String tenant) {
    return api()
        .get("{tenant}/kiosk-registry/public/kiosks/open-now", tenant)
        .then()
        .statusCode(200)
        .extract()
        .jsonPath()
        .getList("code", String.class);
  }

  private int walkInCount(String token, String tenant, String kioskId) {
    return as(token)
        .queryParam("kioskId", kioskId)
        .get("{tenant}/kiosk-registry/walk-ins", tenant)
        .then()
        .statusCode(200)
        .extract()
        .jsonPath()
        .getList("items")
        .size();
  }

  private void setClock(Instant fixedAt) {
    String fixed = fixedAt == null ? "null" : "\"" + fixedAt + "\"";
    as(Tokens.platformAdmin())
        .contentType(ContentType.JSON)
        .body("{\"fixedAt\": " + fixed + "}")
        .put("platform/clock")
        .then()
        .statusCode(200);
  }

  private RequestSpecification api() {
    return given().baseUri(base.toExternalForm() + "api/").accept(ContentType.JSON);
  }

  private RequestSpecification as(String token) {
    return api().auth().oauth2(token);
  }
}
