package org.tourismpolicing.referenceapp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tourismpolicing.referenceapp.support.Fixtures.DALI;
import static org.tourismpolicing.referenceapp.support.Fixtures.LIJIANG;
import static org.tourismpolicing.referenceapp.support.Fixtures.createKiosk;
import static org.tourismpolicing.referenceapp.support.Fixtures.getKiosk;
import static org.tourismpolicing.referenceapp.support.Fixtures.kioskId;
import static org.tourismpolicing.referenceapp.support.Fixtures.kioskPath;
import static org.tourismpolicing.referenceapp.support.Fixtures.leader;
import static org.tourismpolicing.referenceapp.support.Fixtures.officer;
import static org.tourismpolicing.referenceapp.support.Fixtures.put;
import static org.tourismpolicing.referenceapp.support.Fixtures.walkIn;
import static org.tourismpolicing.referenceapp.support.Fixtures.walkInsPath;
import static org.tourismpolicing.referenceapp.support.Problems.assertInvalid;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.tourismpolicing.referenceapp.support.Api;
import org.tourismpolicing.referenceapp.support.Database;
import org.tourismpolicing.referenceapp.support.Fixtures;
import org.tourismpolicing.referenceapp.support.Json;
import org.tourismpolicing.referenceapp.support.Tokens;

/**
 * Opening hours, duty shifts, suspensions and daily counts on the tenant's wall clock
 * (Asia/Shanghai, UTC+8), proved by moving the server's clock. The clock is global to the server,
 * so every test that depends on the time of day lives in this one class: its tests run one after
 * another, each fixes the clock it needs, and the clock is released after the last one. No other
 * class depends on the real time of day.
 */
@TestMethodOrder(MethodOrderer.MethodName.class)
class OpeningHoursClockIT {

  private static final String CLOCK = "/api/platform/clock";

  /** Saturday 28 November 2026, 23:00 in Dali. */
  private static final String SATURDAY_23H = "2026-11-28T15:00:00Z";

  /** Saturday 28 November 2026, 10:00 in Dali. */
  private static final String SATURDAY_10H = "2026-11-28T02:00:00Z";

  private static Response setClock(Object... body) {
    return Api.as(Tokens.platformAdmin())
        .contentType("application/json")
        .body(Json.of(body))
        .put(CLOCK);
  }

  private static void fixClock(String instant) {
    Response r = setClock("fixedAt", instant);
    assertThat(r.statusCode()).as(r.asString()).isEqualTo(200);
    assertThat(r.jsonPath().getString("now")).isEqualTo(instant);
  }

  @BeforeAll
  static void theClockOfTheTestServerCanBeMoved() {
    Response r = Api.as(Tokens.platformAdmin()).get(CLOCK);
    assertThat(r.statusCode()).as(r.asString()).isEqualTo(200);
    assertThat(r.jsonPath().getBoolean("adjustable")).isTrue();
  }

  @AfterAll
  static void releaseTheClock() {
    Response r =
        Api.as(Tokens.platformAdmin())
            .contentType("application/json")
            .body("{\"fixedAt\": null}")
            .put(CLOCK);
    assertThat(r.statusCode()).as(r.asString()).isEqualTo(200);
    Instant now = Instant.parse(r.jsonPath().getString("now"));
    assertThat(Duration.between(now, Instant.now()).abs()).isLessThan(Duration.ofMinutes(1));
  }

  private static JsonPath openNow(String tenant, String query) {
    Response r =
        Api.anonymous().get("/api/" + tenant + "/kiosk-registry/public/kiosks/open-now" + query);
    assertThat(r.statusCode()).as(r.asString()).isEqualTo(200);
    return r.jsonPath();
  }

  private static JsonPath nearestToSouthGate() {
    Response r =
        Api.anonymous()
            .get(
                "/api/"
                    + DALI
                    + "/kiosk-registry/public/kiosks/nearest?lat=25.6880&lon=100.1626&limit=20");
    assertThat(r.statusCode()).as(r.asString()).isEqualTo(200);
    return r.jsonPath();
  }

  private static JsonPath kiosk(String tenant, String code) {
    return getKiosk(tenant, kioskId(tenant, code)).jsonPath();
  }

  private static JsonPath duty(String tenant, String code) {
    Response r = Api.as(officer(tenant)).get(kioskPath(tenant, kioskId(tenant, code)) + "/duty");
    assertThat(r.statusCode()).as(r.asString()).isEqualTo(200);
    return r.jsonPath();
  }

  @Test
  void a_theClockIsFixedShiftedAndReadBack() {
    fixClock("2026-10-01T04:00:00Z");
    assertThat(Api.as(Tokens.platformAdmin()).get(CLOCK).jsonPath().getString("now"))
        .isEqualTo("2026-10-01T04:00:00Z");

    Response shifted = setClock("fixedAt", "2026-10-01T04:00:00Z", "offset", "PT2H");
    assertThat(shifted.statusCode()).as(shifted.asString()).isEqualTo(200);
    assertThat(shifted.jsonPath().getString("now")).isEqualTo("2026-10-01T06:00:00Z");

    assertInvalid(setClock("offset", "two hours"), "offset");
    assertInvalid(
        Api.as(Tokens.platformAdmin()).contentType("application/json").body("null").put(CLOCK),
        "body");
    assertThat(Api.as(Tokens.platformAdmin()).get(CLOCK).jsonPath().getString("now"))
        .as("refused adjustments leave the clock alone")
        .isEqualTo("2026-10-01T06:00:00Z");
  }

  @Test
  void b_at23hLocalNothingInDaliIsOpen() {
    fixClock(SATURDAY_23H);

    assertThat(openNow(DALI, "").getList("code")).isEmpty();
    assertThat(nearestToSouthGate().getList("code")).isEmpty();
    JsonPath southGate = kiosk(DALI, "south-gate");
    assertThat(southGate.getBoolean("openNow")).isFalse();
    assertThat(southGate.getString("openNowChangesAt")).isEqualTo("2026-11-29T09:00:00+08:00");
  }

  @Test
  void c_at23hLocalLijiangsBarStreetIsStillOpenPastMidnight() {
    fixClock(SATURDAY_23H);

    JsonPath open = openNow(LIJIANG, "");
    assertThat(open.getList("code"))
        .contains("bar-street")
        .doesNotContain("dashuiche", "sifang-street");
    assertThat(open.getString("find { it.code == 'bar-street' }.openUntil"))
        .isEqualTo("2026-11-29T01:00:00+08:00");

    fixClock("2026-11-28T16:30:00Z"); // 00:30 on Sunday in Lijiang
    assertThat(openNow(LIJIANG, "").getList("code")).contains("bar-street");
    JsonPath night = duty(LIJIANG, "bar-street");
    assertThat(night.getString("date")).isEqualTo("2026-11-29");
    assertThat(night.getString("currentShift")).isEqualTo("night");
    assertThat(night.getList("onDutyNow.badge")).containsExactly("537106", "537107");

    fixClock("2026-11-28T17:30:00Z"); // 01:30
    assertThat(openNow(LIJIANG, "").getList("code")).doesNotContain("bar-street");
  }

  @Test
  void d_at10hLocalDalisKiosksAreOpen() {
    fixClock(SATURDAY_10H);

    JsonPath open = openNow(DALI, "");
    assertThat(open.getList("code"))
        .contains(
            "erhai-gate",
            "north-gate",
            "renmin-road",
            "south-gate",
            "three-pagodas",
            "west-gate",
            "wuhua-tower",
            "yangren-street");
    assertThat(open.getString("find { it.code == 'south-gate' }.openUntil"))
        .isEqualTo("2026-11-28T22:00:00+08:00");
    assertThat(open.getString("find { it.code == 'three-pagodas' }.openUntil"))
        .isEqualTo("2026-11-28T18:00:00+08:00");
    JsonPath near = nearestToSouthGate();
    assertThat(near.getString("[0].code")).isEqualTo("south-gate");
    assertThat(near.getLong("[0].distanceMetres")).isZero();
    assertThat(near.getInt("[0].walkingMinutes")).isEqualTo(1);
    assertThat(kiosk(DALI, "south-gate").getBoolean("openNow")).isTrue();
    assertThat(kiosk(DALI, "south-gate").getString("openNowChangesAt"))
        .isEqualTo("2026-11-28T22:00:00+08:00");
  }

  @Test
  void e_theThreePagodasStayOpenLongerOnAPublicHoliday() {
    fixClock("2026-10-01T11:30:00Z"); // 19:30 on National Day
    JsonPath holiday = openNow(DALI, "");
    assertThat(holiday.getList("code")).contains("three-pagodas");
    assertThat(holiday.getString("find { it.code == 'three-pagodas' }.openUntil"))
        .isEqualTo("2026-10-01T20:00:00+08:00");

    fixClock("2026-10-08T11:30:00Z"); // 19:30 on an ordinary Thursday
    assertThat(openNow(DALI, "").getList("code"))
        .doesNotContain("three-pagodas")
        .contains("south-gate");
    assertThat(kiosk(DALI, "three-pagodas").getString("openNowChangesAt"))
        .isEqualTo("2026-10-09T08:30:00+08:00");

    fixClock("2026-10-01T00:15:00Z"); // 08:15 on National Day
    assertThat(openNow(DALI, "").getList("code")).containsExactly("three-pagodas");

    fixClock("2026-10-08T00:15:00Z"); // 08:15 on an ordinary day
    assertThat(openNow(DALI, "").getList("code")).isEmpty();
    assertThat(kiosk(DALI, "three-pagodas").getString("openNowChangesAt"))
        .isEqualTo("2026-10-08T08:30:00+08:00");
  }

  @Test
  void f_theErhaiGateServesUntil2230OnPublicHolidays() {
    fixClock("2026-10-01T14:15:00Z"); // 22:15 on National Day
    assertThat(openNow(DALI, "").getList("code")).containsExactly("erhai-gate");

    fixClock("2026-10-08T14:15:00Z"); // 22:15 on an ordinary day
    assertThat(openNow(DALI, "").getList("code")).isEmpty();
  }

  @Test
  void g_theDutyOfficersFollowTheShiftsOnTheLocalClock() {
    fixClock(SATURDAY_10H);
    JsonPath day = duty(DALI, "south-gate");
    assertThat(day.getString("date")).isEqualTo("2026-11-28");
    assertThat(day.getString("currentShift")).isEqualTo("day");
    assertThat(day.getList("onDutyNow.badge")).containsExactly("531101", "531102");

    fixClock("2026-11-28T08:00:00Z"); // 16:00
    JsonPath evening = duty(DALI, "south-gate");
    assertThat(evening.getString("currentShift")).isEqualTo("evening");
    assertThat(evening.getList("onDutyNow.badge")).containsExactly("531103", "531104");

    fixClock(SATURDAY_23H);
    JsonPath night = duty(DALI, "south-gate");
    assertThat(night.getString("currentShift")).isNull();
    assertThat(night.getList("onDutyNow")).isEmpty();
  }

  @Test
  void h_aSuspensionWithAnEndServesAgainByItself() {
    fixClock(SATURDAY_10H);
    String id = createKiosk(DALI, "until");
    String code = getKiosk(DALI, id).jsonPath().getString("code");
    assertThat(openNow(DALI, "").getList("code")).contains(code);

    String statusPath = kioskPath(DALI, id) + "/status";
    assertInvalid(
        put(
            leader(DALI),
            statusPath,
            Json.map(
                "version",
                Fixtures.version(DALI, id),
                "status",
                "suspended",
                "reason",
                "too late",
                "until",
                "2026-11-28T01:30:00Z")),
        "until");
    Response suspended =
        put(
            leader(DALI),
            statusPath,
            Json.map(
                "version",
                Fixtures.version(DALI, id),
                "status",
                "suspended",
                "reason",
                "Officers at an incident",
                "until",
                "2026-11-28T03:00:00Z"));
    assertThat(suspended.statusCode()).as(suspended.asString()).isEqualTo(200);
    assertThat(suspended.jsonPath().getBoolean("openNow")).isFalse();
    assertThat(suspended.jsonPath().getString("openNowChangesAt"))
        .isEqualTo("2026-11-28T11:00:00+08:00");
    assertThat(openNow(DALI, "").getList("code")).doesNotContain(code);

    fixClock("2026-11-28T03:30:00Z");
    JsonPath later = getKiosk(DALI, id).jsonPath();
    assertThat(later.getBoolean("openNow")).isTrue();
    assertThat(openNow(DALI, "").getList("code")).contains(code);
  }

  @Test
  void i_walkInsAreCountedOnTheLocalDate() {
    fixClock("2026-10-02T04:00:00Z"); // noon on 2 October in Dali
    String kiosk = createKiosk(DALI, "localday");

    Map<String, Object> lateEvening = walkIn("ask-way", "resolved", "2026-10-01T15:30:00Z");
    Map<String, Object> afterMidnight = walkIn("lost-property", "resolved", "2026-10-01T17:30:00Z");
    Map<String, Object> now = Json.map("kind", "ask-way", "outcome", "resolved");
    String[] expectedDays = {"2026-10-01", "2026-10-02", "2026-10-02"};
    List<Map<String, Object>> bodies = List.of(lateEvening, afterMidnight, now);
    for (int i = 0; i < bodies.size(); i++) {
      Response r = Fixtures.post(officer(DALI), walkInsPath(DALI, kiosk), bodies.get(i));
      assertThat(r.statusCode()).as(r.asString()).isEqualTo(201);
      assertThat(r.jsonPath().getString("occurredOn")).isEqualTo(expectedDays[i]);
    }
    assertInvalid(
        Fixtures.post(
            officer(DALI),
            walkInsPath(DALI, kiosk),
            walkIn("ask-way", "resolved", "2026-10-02T05:00:00Z")),
        "occurredAt");

    Response counts =
        Api.as(Fixtures.dispatcher(DALI))
            .get("/api/" + DALI + "/kiosk-registry/walk-ins/daily-counts?kioskId=" + kiosk);
    assertThat(counts.statusCode()).as(counts.asString()).isEqualTo(200);
    JsonPath c = counts.jsonPath();
    assertThat(c.getList("date")).containsExactly("2026-10-01", "2026-10-02");
    assertThat(c.getList("total", Long.class)).containsExactly(1L, 2L);
    assertThat(c.getMap("[1].byKind"))
        .containsEntry("ask-way", 1)
        .containsEntry("lost-property", 1);
    assertThat(
            Database.count(
                "select count(*) from kr_walk_in where tenant_id = ? and kiosk_id = ? and occurred_on = ?",
                DALI,
                kiosk,
                java.sql.Date.valueOf("2026-10-02")))
        .isEqualTo(2);
  }
}
