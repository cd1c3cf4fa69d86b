package org.tourismpolicing.referenceapp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tourismpolicing.referenceapp.support.Fixtures.DALI;
import static org.tourismpolicing.referenceapp.support.Fixtures.createKiosk;
import static org.tourismpolicing.referenceapp.support.Fixtures.dispatcher;
import static org.tourismpolicing.referenceapp.support.Fixtures.officer;
import static org.tourismpolicing.referenceapp.support.Fixtures.post;
import static org.tourismpolicing.referenceapp.support.Fixtures.walkIn;
import static org.tourismpolicing.referenceapp.support.Fixtures.walkInsPath;
import static org.tourismpolicing.referenceapp.support.Problems.assertInvalid;
import static org.tourismpolicing.referenceapp.support.Problems.assertProblem;
import static org.tourismpolicing.referenceapp.support.Problems.codeOf;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tourismpolicing.referenceapp.support.Api;
import org.tourismpolicing.referenceapp.support.Database;
import org.tourismpolicing.referenceapp.support.Json;
import org.tourismpolicing.referenceapp.support.Problems;
import org.tourismpolicing.referenceapp.support.Rows;

/**
 * The walk-in log of the kiosks: logging a visitor, reading one back, the list (newest first,
 * cursor paging, filters) and the daily counts per kiosk and kind. Times here are fixed instants in
 * the past, so nothing depends on the time of day (local-date bucketing with a moved clock is
 * proved in {@link OpeningHoursClockIT}).
 */
class WalkInIT {

  private static final String LIST = "/api/" + DALI + "/kiosk-registry/walk-ins";

  private static Response log(String kioskId, Map<String, Object> body) {
    return post(officer(DALI), walkInsPath(DALI, kioskId), body);
  }

  private static String logged(String kioskId, String kind, String occurredAt) {
    Response r = log(kioskId, walkIn(kind, "resolved", occurredAt));
    assertThat(r.statusCode()).as(r.asString()).isEqualTo(201);
    return r.jsonPath().getString("id");
  }

  private static JsonPath list(String query) {
    Response r = Api.as(dispatcher(DALI)).get(LIST + query);
    assertThat(r.statusCode()).as(r.asString()).isEqualTo(200);
    return r.jsonPath();
  }

  @Test
  void loggingAnswers201WithLocationAndTheWalkIn() {
    String kiosk = createKiosk(DALI, "walkin");
    Rows before = Rows.of(DALI);

    Response r =
        log(
            kiosk,
            Json.map(
                "kind",
                "lost-property",
                "outcome",
                "resolved",
                "description",
                "Tourist lost a phone near Wuhua Tower; found and returned",
                "occurredAt",
                "2026-03-01T16:30:00Z"));

    assertThat(r.statusCode()).as(r.asString()).isEqualTo(201);
    JsonPath w = r.jsonPath();
    String id = w.getString("id");
    assertThat(r.header("Location")).isEqualTo(Api.baseUrl() + LIST + "/" + id);
    assertThat(w.getString("kioskId")).isEqualTo(kiosk);
    assertThat(w.getString("kind")).isEqualTo("lost-property");
    assertThat(w.getString("outcome")).isEqualTo("resolved");
    assertThat(w.getString("occurredAt")).isEqualTo("2026-03-01T16:30:00Z");
    assertThat(w.getString("occurredOn")).as("the local date in Dali").isEqualTo("2026-03-02");
    assertThat(w.getString("recordedBy")).isEqualTo("it-officer");
    assertThat(r.header("Idempotent-Replayed")).isNull();

    Response again = Api.as(officer(DALI)).get(r.header("Location"));
    assertThat(again.statusCode()).isEqualTo(200);
    assertThat(again.jsonPath().getMap("")).isEqualTo(w.getMap(""));

    Rows after = Rows.of(DALI);
    assertThat(after.get("walk-ins")).isEqualTo(before.get("walk-ins") + 1);
    assertThat(after.get("audit records")).isEqualTo(before.get("audit records") + 1);
  }

  @Test
  void withoutAnOccurredAtTheWalkInHappenedNow() {
    String kiosk = createKiosk(DALI, "now");
    Instant before = Instant.now().minusSeconds(5);
    Response r = log(kiosk, Json.map("kind", "ask-way", "outcome", "resolved"));
    assertThat(r.statusCode()).as(r.asString()).isEqualTo(201);
    assertThat(Instant.parse(r.jsonPath().getString("occurredAt")))
        .isBetween(before, Instant.now().plusSeconds(5));
  }

  @Test
  void aWalkInThatNeedsPoliceActionIsLoggedToo() {
    String kiosk = createKiosk(DALI, "police");
    Response r = log(kiosk, walkIn("find-person", "police-action", "2026-03-01T05:00:00Z"));
    assertThat(r.statusCode()).as(r.asString()).isEqualTo(201);
    assertThat(r.jsonPath().getString("outcome")).isEqualTo("police-action");
  }

  @Test
  void walkInRulesNameTheirFieldAndWriteNothing() {
    String kiosk = createKiosk(DALI, "walkinrules");
    Rows before = Rows.of(DALI);
    String future = Instant.now().plus(1, ChronoUnit.HOURS).toString();

    JsonPath p = assertInvalid(log(kiosk, walkIn("sightseeing", "resolved", null)), "kind");
    assertThat(codeOf(p, "kind")).isEqualTo("walk-in.kind.unknown");
    assertInvalid(log(kiosk, walkIn("", "resolved", null)), "kind");
    assertInvalid(log(kiosk, walkIn("ask-way", "solved", null)), "outcome");
    assertInvalid(log(kiosk, Json.map("kind", "ask-way")), "outcome");
    Map<String, Object> tooLong = walkIn("ask-way", "resolved", null);
    tooLong.put("description", "x".repeat(1001));
    assertInvalid(log(kiosk, tooLong), "description");
    p = assertInvalid(log(kiosk, walkIn("ask-way", "resolved", future)), "occurredAt");
    assertThat(codeOf(p, "occurredAt")).isEqualTo("walk-in.occurred-at.future");
    JsonPath typed =
        assertProblem(
            log(kiosk, walkIn("ask-way", "resolved", "yesterday")), 400, "malformed-body");
    assertThat(Problems.fields(typed)).containsExactly("occurredAt");
    assertProblem(
        log("00000000-0000-7000-8000-000000000000", walkIn("ask-way", "resolved", null)),
        404,
        "not-found");

    before.assertUnchanged();
  }

  @Test
  void theListIsNewestFirstAndPagesWithACursor() {
    String kiosk = createKiosk(DALI, "paging");
    List<String> ids = new ArrayList<>();
    for (int hour = 1; hour <= 5; hour++) {
      ids.add(
          logged(
              kiosk,
              hour % 2 == 0 ? "ask-way" : "lost-property",
              "2026-03-01T0" + hour + ":00:00Z"));
    }

    List<String> seen = new ArrayList<>();
    JsonPath page = list("?kioskId=" + kiosk + "&limit=2");
    List<Integer> sizes = new ArrayList<>();
    while (true) {
      sizes.add(page.getList("items").size());
      seen.addAll(page.getList("items.id", String.class));
      String cursor = page.getString("nextCursor");
      if (cursor == null) {
        break;
      }
      page = list("?kioskId=" + kiosk + "&limit=2&cursor=" + cursor);
    }

    assertThat(sizes).containsExactly(2, 2, 1);
    assertThat(seen).containsExactly(ids.get(4), ids.get(3), ids.get(2), ids.get(1), ids.get(0));
    assertThat(list("?kioskId=" + kiosk + "&kind=ask-way").getList("items.id"))
        .containsExactly(ids.get(3), ids.get(1));
  }

  @Test
  void theListFiltersByLocalDate() {
    String kiosk = createKiosk(DALI, "dates");
    String lateEvening = logged(kiosk, "ask-way", "2026-03-01T15:30:00Z"); // 23:30 on 1 March
    String afterMidnight = logged(kiosk, "ask-way", "2026-03-01T16:30:00Z"); // 00:30 on 2 March

    assertThat(list("?kioskId=" + kiosk + "&from=2026-03-01&to=2026-03-01").getList("items.id"))
        .containsExactly(lateEvening);
    assertThat(list("?kioskId=" + kiosk + "&from=2026-03-02").getList("items.id"))
        .containsExactly(afterMidnight);
  }

  @Test
  void badListParametersNameTheirField() {
    Response r = Api.as(dispatcher(DALI)).get(LIST + "?limit=0");
    assertInvalid(r, "limit");
    assertInvalid(Api.as(dispatcher(DALI)).get(LIST + "?limit=201"), "limit");
    assertInvalid(Api.as(dispatcher(DALI)).get(LIST + "?cursor=bm90LW91cnM"), "cursor");
    assertInvalid(Api.as(dispatcher(DALI)).get(LIST + "?from=2026-13-01"), "from");
    assertInvalid(Api.as(dispatcher(DALI)).get(LIST + "?to=tomorrow"), "to");
  }

  @Test
  void anUnknownWalkInIsNotFound() {
    assertProblem(
        Api.as(officer(DALI)).get(LIST + "/00000000-0000-7000-8000-000000000000"),
        404,
        "not-found");
  }

  @Test
  void dailyCountsArePerKioskLocalDayAndKind() {
    String kiosk = createKiosk(DALI, "counts");
    String code =
        Database.string("select code from kr_kiosk where tenant_id = ? and id = ?", DALI, kiosk);
    logged(kiosk, "ask-way", "2026-03-10T01:00:00Z");
    logged(kiosk, "ask-way", "2026-03-10T02:00:00Z");
    logged(kiosk, "lost-property", "2026-03-10T03:00:00Z");
    logged(kiosk, "medical-help", "2026-03-10T16:30:00Z"); // 00:30 on 11 March in Dali

    Response r =
        Api.as(dispatcher(DALI))
            .get(LIST + "/daily-counts?from=2026-03-09&to=2026-03-11&kioskId=" + kiosk);

    assertThat(r.statusCode()).as(r.asString()).isEqualTo(200);
    JsonPath c = r.jsonPath();
    assertThat(c.getList("date")).containsExactly("2026-03-10", "2026-03-11");
    assertThat(c.getList("kioskId")).containsOnly(kiosk);
    assertThat(c.getList("kioskCode")).containsOnly(code);
    assertThat(c.getLong("[0].total")).isEqualTo(3);
    assertThat(c.getMap("[0].byKind"))
        .containsEntry("ask-way", 2)
        .containsEntry("lost-property", 1);
    assertThat(c.getLong("[1].total")).isEqualTo(1);
    assertThat(c.getMap("[1].byKind")).containsOnlyKeys("medical-help");
  }

  @Test
  void dailyCountRangesAreChecked() {
    String path = LIST + "/daily-counts";
    JsonPath p =
        assertInvalid(Api.as(dispatcher(DALI)).get(path + "?from=2026-03-10&to=2026-03-01"), "to");
    assertThat(codeOf(p, "to")).isEqualTo("walk-in.counts.range-reversed");
    assertInvalid(Api.as(dispatcher(DALI)).get(path + "?from=2024-01-01&to=2026-01-01"), "to");
    assertInvalid(Api.as(dispatcher(DALI)).get(path + "?from=March"), "from");
  }
}
