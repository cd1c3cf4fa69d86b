package org.tourismpolicing.referenceapp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tourismpolicing.referenceapp.support.Fixtures.DALI;
import static org.tourismpolicing.referenceapp.support.Problems.assertInvalid;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.tourismpolicing.referenceapp.support.Api;
import org.tourismpolicing.referenceapp.support.Fixtures;
import org.tourismpolicing.referenceapp.support.Json;
import org.tourismpolicing.referenceapp.support.Tokens;

/**
 * Keyset paging, the same on every list: a cursor that this server did not issue for that list —
 * garbled, hand-made, another list's — answers 400 naming {@code cursor}, never 500; sizes are
 * bounded; the lists that had no bounds (watches, informants, the reward ledger) have them now.
 */
class PagingIT {

  /** A list that takes a cursor, with a token that may read it and its sort key's shape. */
  record Listing(String path, String token, boolean byTime) {}

  private static String raw(String text) {
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(text.getBytes(StandardCharsets.UTF_8));
  }

  private static List<Listing> listings() {
    String base = "/api/" + DALI;
    String handler = Fixtures.token(DALI, "informant-handler");
    String mediator = Fixtures.token(DALI, "mediator");
    return List.of(
        new Listing(base + "/kiosk-registry/kiosks", Fixtures.admin(DALI), false),
        new Listing(base + "/kiosk-registry/walk-ins", Fixtures.officer(DALI), true),
        new Listing(base + "/dispatch/incidents", Fixtures.dispatcher(DALI), true),
        new Listing(base + "/dispatch/units", Fixtures.dispatcher(DALI), false),
        new Listing(base + "/mediation/cases", mediator, true),
        new Listing(base + "/mediation/cases/overdue", mediator, true),
        new Listing(base + "/mediation/department-tasks", mediator, true),
        new Listing(base + "/mediation/outreach-visits", mediator, true),
        new Listing(base + "/informant-rewards/tips", handler, true),
        new Listing(base + "/informant-rewards/informants", handler, true),
        new Listing(base + "/informant-rewards/rewards/ledger", handler, true),
        new Listing(base + "/blacklist/entries", Fixtures.leader(DALI), true),
        new Listing(
            base + "/blacklist/watches", Tokens.token("it-partner", DALI, "integration"), true));
  }

  @Test
  void everyListRefusesAForgedOrGarbledCursorNamingIt() {
    String timeAndId = raw("k1\nt2026-10-01T00:00:00Z\ns0190a1b2-0000-7000-8000-000000000000");
    String text = raw("k1\nssouth-gate");
    List<String> forged =
        List.of(
            "not a cursor!",
            "%%%%",
            "AAAA",
            raw("v1:south-gate"),
            raw("k1\ntyesterday\nsid"),
            raw("k1\nn12abc"),
            raw("k2\nssouth-gate"),
            raw("k1\ns" + "x".repeat(300)),
            "A".repeat(2000));
    int checked = 0;
    for (Listing l : listings()) {
      List<String> cursors = new ArrayList<>(forged);
      // a real cursor, but of a list sorted by something else
      cursors.add(l.byTime() ? text : timeAndId);
      for (String cursor : cursors) {
        Response r = Api.as(l.token()).queryParam("cursor", cursor).get(l.path());
        assertInvalid(r, "cursor");
        checked++;
      }
      // a cursor of the right shape is taken as a position, whatever it names
      Response shaped =
          Api.as(l.token()).queryParam("cursor", l.byTime() ? timeAndId : text).get(l.path());
      assertThat(shaped.statusCode()).as(l.path() + ": " + shaped.asString()).isEqualTo(200);
      Response quoted =
          Api.as(l.token())
              .queryParam(
                  "cursor",
                  raw(l.byTime() ? "k1\nt2026-10-01T00:00:00Z\ns' or '1'='1" : "k1\ns' or '1'='1"))
              .get(l.path());
      assertThat(quoted.statusCode()).as(l.path() + ": " + quoted.asString()).isEqualTo(200);
    }
    assertThat(checked).isEqualTo(13 * 10);
  }

  @Test
  void everyListBoundsItsPageSize() {
    for (Listing l : listings()) {
      assertInvalid(Api.as(l.token()).queryParam("limit", 0).get(l.path()), "limit");
      assertInvalid(Api.as(l.token()).queryParam("limit", 100_000).get(l.path()), "limit");
      Response one = Api.as(l.token()).queryParam("limit", 1).get(l.path());
      assertThat(one.statusCode()).as(l.path() + ": " + one.asString()).isEqualTo(200);
      assertThat(one.jsonPath().getList("items")).as(l.path()).hasSizeLessThanOrEqualTo(1);
    }
  }

  @Test
  void watchesArePagedOldestFirst() {
    String partner = Tokens.token("it-partner", DALI, "integration");
    for (int i = 0; i < 3; i++) {
      Response watch =
          Api.as(partner)
              .contentType(ContentType.JSON)
              .body(
                  Json.of(
                      "name",
                      "分页测试客栈" + Fixtures.random(6),
                      "callbackUrl",
                      "http://127.0.0.1:9/hook"))
              .post("/api/" + DALI + "/blacklist/watches");
      assertThat(watch.statusCode()).as(watch.asString()).isEqualTo(201);
    }
    List<String> seen = walk(partner, "/api/" + DALI + "/blacklist/watches", 2);
    assertThat(seen).hasSizeGreaterThanOrEqualTo(3).doesNotHaveDuplicates();
  }

  @Test
  void informantsArePagedByCursorNotByOffset() throws IOException {
    for (int i = 0; i < 2; i++) {
      register();
    }
    String handler = Fixtures.token(DALI, "informant-handler");
    List<String> seen = walk(handler, "/api/" + DALI + "/informant-rewards/informants", 1);
    assertThat(seen).hasSizeGreaterThanOrEqualTo(2).doesNotHaveDuplicates();
    // the old offset parameter means nothing any more: the first page is the first page
    assertThat(
            Api.as(handler)
                .queryParam("offset", 1)
                .queryParam("limit", 1)
                .get("/api/" + DALI + "/informant-rewards/informants")
                .jsonPath()
                .getString("items[0].id"))
        .isEqualTo(seen.get(0));
  }

  @Test
  void theLedgerCoversAtMostAYearAndIsPaged() {
    String handler = Fixtures.token(DALI, "informant-handler");
    String ledger = "/api/" + DALI + "/informant-rewards/rewards/ledger";
    assertInvalid(
        Api.as(handler).queryParam("from", "2020-01-01").queryParam("to", "2026-01-01").get(ledger),
        "to");
    assertInvalid(
        Api.as(handler).queryParam("from", "2026-01-01").queryParam("to", "2027-01-02").get(ledger),
        "to");
    JsonPath year =
        Api.as(handler)
            .queryParam("from", "2026-01-01")
            .queryParam("to", "2027-01-01")
            .get(ledger)
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(year.getList("items")).isNotNull();
    // the tip line's statistics read every tip of their span: bounded the same way
    String statistics = "/api/" + DALI + "/informant-rewards/statistics";
    assertInvalid(
        Api.as(handler)
            .queryParam("from", "2020-01-01")
            .queryParam("to", "2026-01-01")
            .get(statistics),
        "to");
    assertThat(
            Api.as(handler)
                .queryParam("from", "2026-01-01")
                .queryParam("to", "2027-01-01")
                .get(statistics)
                .statusCode())
        .isEqualTo(200);
    assertThat(year.getLong("totalFen")).isGreaterThanOrEqualTo(0);
  }

  /** Reads a list page by page with {@code limit}; answers the ids in the order seen. */
  static List<String> walk(String token, String path, int limit) {
    List<String> ids = new ArrayList<>();
    Set<String> cursors = new HashSet<>();
    String cursor = null;
    do {
      var request = Api.as(token).queryParam("limit", limit);
      if (cursor != null) {
        request.queryParam("cursor", cursor);
      }
      JsonPath page = request.get(path).then().statusCode(200).extract().jsonPath();
      List<String> items = page.getList("items.id", String.class);
      assertThat(items).hasSizeLessThanOrEqualTo(limit);
      ids.addAll(items);
      cursor = page.getString("nextCursor");
      assertThat(cursor == null || cursors.add(cursor)).as("a cursor never repeats").isTrue();
    } while (cursor != null);
    return ids;
  }

  private static final Pattern CODE = Pattern.compile("one-time code (\\d{6}) for registration ");

  private static void register() throws IOException {
    String phone =
        "137"
            + String.format(
                "%08d", Math.floorMod(UUID.randomUUID().getLeastSignificantBits(), 100_000_000L));
    String client = "198.51.100." + (1 + Math.floorMod(phone.hashCode(), 250));
    String registrationId =
        Api.anonymous()
            .header("X-Forwarded-For", client)
            .contentType(ContentType.JSON)
            .body(Json.of("phone", phone))
            .post("/api/" + DALI + "/informant-rewards/public/registrations")
            .then()
            .statusCode(202)
            .extract()
            .path("registrationId");
    Pattern p = Pattern.compile(CODE.pattern() + Pattern.quote(registrationId));
    Matcher m =
        Awaitility.await("the code logged for " + registrationId)
            .atMost(Duration.ofSeconds(10))
            .pollInterval(Duration.ofMillis(100))
            .until(
                () ->
                    p.matcher(
                        Files.readString(
                            Path.of(System.getProperty("it.server.log")), StandardCharsets.UTF_8)),
                Matcher::find);
    Api.anonymous()
        .header("X-Forwarded-For", client)
        .contentType(ContentType.JSON)
        .body(Json.of("code", m.group(1)))
        .post(
            "/api/"
                + DALI
                + "/informant-rewards/public/registrations/"
                + registrationId
                + "/confirmation")
        .then()
        .statusCode(201);
  }
}
