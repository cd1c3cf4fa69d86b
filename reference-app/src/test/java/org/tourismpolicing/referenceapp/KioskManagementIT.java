package org.tourismpolicing.referenceapp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.tourismpolicing.referenceapp.support.Fixtures.DALI;
import static org.tourismpolicing.referenceapp.support.Fixtures.DALI_NORTH;
import static org.tourismpolicing.referenceapp.support.Fixtures.DALI_SOUTH;
import static org.tourismpolicing.referenceapp.support.Fixtures.DAY_HOURS;
import static org.tourismpolicing.referenceapp.support.Fixtures.OUTSIDE_DALI;
import static org.tourismpolicing.referenceapp.support.Fixtures.code;
import static org.tourismpolicing.referenceapp.support.Fixtures.createKiosk;
import static org.tourismpolicing.referenceapp.support.Fixtures.getKiosk;
import static org.tourismpolicing.referenceapp.support.Fixtures.kioskId;
import static org.tourismpolicing.referenceapp.support.Fixtures.kioskPath;
import static org.tourismpolicing.referenceapp.support.Fixtures.kiosksPath;
import static org.tourismpolicing.referenceapp.support.Fixtures.leader;
import static org.tourismpolicing.referenceapp.support.Fixtures.newKiosk;
import static org.tourismpolicing.referenceapp.support.Fixtures.post;
import static org.tourismpolicing.referenceapp.support.Fixtures.put;
import static org.tourismpolicing.referenceapp.support.Problems.assertInvalid;
import static org.tourismpolicing.referenceapp.support.Problems.assertProblem;
import static org.tourismpolicing.referenceapp.support.Problems.codeOf;
import static org.tourismpolicing.referenceapp.support.Problems.fields;
import static org.tourismpolicing.referenceapp.support.Problems.messageOf;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.tourismpolicing.referenceapp.support.Api;
import org.tourismpolicing.referenceapp.support.Database;
import org.tourismpolicing.referenceapp.support.Fixtures;
import org.tourismpolicing.referenceapp.support.Http;
import org.tourismpolicing.referenceapp.support.Json;
import org.tourismpolicing.referenceapp.support.Problems;
import org.tourismpolicing.referenceapp.support.Rows;

/**
 * Staff management of kiosks in Dali: register, describe, suspend/close/open, stock, duty roster,
 * list. Every test works on kiosks it registers itself; the sample kiosks are only read.
 */
class KioskManagementIT {

  private static final String UUID_PATTERN =
      "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

  private static Map<String, Object> update(long version, String nameEn, String hours) {
    return Json.map(
        "version",
        version,
        "type",
        "kiosk",
        "names",
        Json.map("zh-CN", "改名的警务亭", "en", nameEn),
        "position",
        Json.map("lat", DALI_SOUTH[0], "lon", DALI_SOUTH[1]),
        "openingHours",
        hours,
        "phone",
        "0872-1111111");
  }

  @Nested
  class Registering {

    @Test
    void answers201WithLocationETagAndTheKioskAndWritesItWithItsAudit() {
      String code = code("create");
      Rows before = Rows.of(DALI);

      Response r = post(leader(DALI), kiosksPath(DALI), newKiosk(code, DALI_SOUTH));

      assertThat(r.statusCode()).as(r.asString()).isEqualTo(201);
      JsonPath k = r.jsonPath();
      String id = k.getString("id");
      assertThat(id).matches(UUID_PATTERN);
      assertThat(r.header("Location")).isEqualTo(Api.baseUrl() + kioskPath(DALI, id));
      assertThat(r.header("ETag")).isEqualTo("\"" + k.getLong("version") + "\"");
      assertThat(k.getString("code")).isEqualTo(code);
      assertThat(k.getString("type")).isEqualTo("kiosk");
      assertThat(k.getString("zone")).as("derived from the position").isEqualTo("south");
      assertThat(k.getString("status")).isEqualTo("open");
      assertThat(k.getString("names.en")).isEqualTo("Test kiosk " + code);
      assertThat(k.getDouble("position.lat")).isCloseTo(DALI_SOUTH[0], within(1e-9));
      assertThat(k.getDouble("position.lon")).isCloseTo(DALI_SOUTH[1], within(1e-9));
      assertThat(k.getInt("amenities.find { it.kind == 'umbrella' }.stock")).isEqualTo(5);
      assertThat(k.getBoolean("amenities.find { it.kind == 'phone-charging' }.available")).isTrue();
      assertThat(k.getString("amenities.find { it.kind == 'phone-charging' }.stock")).isNull();

      Response again = Api.as(leader(DALI)).get(r.header("Location"));
      assertThat(again.statusCode()).isEqualTo(200);
      assertThat(again.jsonPath().getString("code")).isEqualTo(code);
      assertThat(again.header("ETag")).isEqualTo(r.header("ETag"));

      Rows after = Rows.of(DALI);
      assertThat(after.get("kiosks")).isEqualTo(before.get("kiosks") + 1);
      assertThat(after.get("amenities")).isEqualTo(before.get("amenities") + 3);
      assertThat(after.get("audit records")).isEqualTo(before.get("audit records") + 1);
    }

    @Test
    void theVersionAndETagOfTheAnswerAreTheOnesToEditWith() {
      Response created = post(leader(DALI), kiosksPath(DALI), newKiosk(code("etag"), DALI_SOUTH));
      String id = created.jsonPath().getString("id");

      Response byVersion =
          put(
              leader(DALI),
              kioskPath(DALI, id),
              update(created.jsonPath().getLong("version"), "First edit", "Mo-Su 09:00-21:00"));
      assertThat(byVersion.statusCode()).as(byVersion.asString()).isEqualTo(200);

      long current = byVersion.jsonPath().getLong("version");
      Response byETag =
          Api.as(leader(DALI))
              .header("If-Match", byVersion.header("ETag"))
              .contentType("application/json")
              .body(Json.write(update(current, "Second edit", "Mo-Su 09:00-21:00")))
              .put(kioskPath(DALI, id));
      assertThat(byETag.statusCode()).as(byETag.asString()).isEqualTo(200);
      assertThat(byETag.jsonPath().getString("names.en")).isEqualTo("Second edit");
    }

    @Test
    void aTenantAdminMayRegisterToo() {
      Response r =
          post(Fixtures.admin(DALI), kiosksPath(DALI), newKiosk(code("admin"), DALI_NORTH));
      assertThat(r.statusCode()).as(r.asString()).isEqualTo(201);
      assertThat(r.jsonPath().getString("zone")).isEqualTo("north");
    }

    @Test
    void aTakenCodeIsAConflictAndWritesNothing() {
      String code = code("dup");
      createKiosk(DALI, newKiosk(code, DALI_SOUTH));
      Rows before = Rows.of(DALI);

      JsonPath problem =
          assertProblem(
              post(leader(DALI), kiosksPath(DALI), newKiosk(code, DALI_NORTH)), 409, "conflict");
      assertThat(problem.getString("code")).isEqualTo("kiosk.code.taken");
      assertProblem(
          post(leader(DALI), kiosksPath(DALI), newKiosk("south-gate", DALI_SOUTH)),
          409,
          "conflict");

      before.assertUnchanged();
    }

    @Test
    void aPositionOutsideEveryZoneIsRefusedOnThePosition() {
      Rows before = Rows.of(DALI);
      JsonPath p =
          assertInvalid(
              post(leader(DALI), kiosksPath(DALI), newKiosk(code("outside"), OUTSIDE_DALI)),
              "position");
      assertThat(codeOf(p, "position")).isEqualTo("kiosk.position.outside-zones");
      before.assertUnchanged();
    }

    @Test
    void aZoneThatDoesNotHoldThePositionIsRefusedOnTheZone() {
      Rows before = Rows.of(DALI);
      Map<String, Object> wrongZone = newKiosk(code("zone"), DALI_SOUTH);
      wrongZone.put("zone", "north");
      JsonPath p = assertInvalid(post(leader(DALI), kiosksPath(DALI), wrongZone), "zone");
      assertThat(codeOf(p, "zone")).isEqualTo("kiosk.zone.position-outside");

      Map<String, Object> unknownZone = newKiosk(code("zone"), DALI_SOUTH);
      unknownZone.put("zone", "east");
      p = assertInvalid(post(leader(DALI), kiosksPath(DALI), unknownZone), "zone");
      assertThat(codeOf(p, "zone")).isEqualTo("kiosk.zone.unknown");
      before.assertUnchanged();
    }

    @Test
    void badOpeningHoursAreRefusedWithTheParsersMessage() {
      Rows before = Rows.of(DALI);
      Map<String, Object> sloppy = newKiosk(code("hours"), DALI_SOUTH);
      sloppy.put("openingHours", "Mo-Fr 9-17");
      JsonPath p =
          assertInvalid(
              Api.as(leader(DALI))
                  .header("Accept-Language", "en")
                  .contentType("application/json")
                  .body(Json.write(sloppy))
                  .post(kiosksPath(DALI)),
              "openingHours");
      assertThat(codeOf(p, "openingHours")).isEqualTo("opening-hours.syntax");
      String prefix = "The opening hours are not valid: ";
      assertThat(messageOf(p, "openingHours")).startsWith(prefix);
      assertThat(messageOf(p, "openingHours").length())
          .as("the parser's own message follows")
          .isGreaterThan(prefix.length() + 3);

      Map<String, Object> unsupported = newKiosk(code("hours"), DALI_SOUTH);
      unsupported.put("openingHours", "Mo-Su sunrise-sunset");
      p = assertInvalid(post(leader(DALI), kiosksPath(DALI), unsupported), "openingHours");
      assertThat(codeOf(p, "openingHours")).isEqualTo("opening-hours.unsupported");
      before.assertUnchanged();
    }

    @Test
    void everyBrokenFieldRuleIsNamedInOneAnswer() {
      Rows before = Rows.of(DALI);
      Map<String, Object> body = newKiosk("Not A Code", DALI_SOUTH);
      body.put("type", "");
      body.put("names", Map.of());
      body.put("position", Json.map("lon", 100.16));
      body.put("phone", "call us");
      body.put("openingHours", "x".repeat(501));

      JsonPath p = assertInvalid(post(leader(DALI), kiosksPath(DALI), body));
      assertThat(fields(p))
          .contains("code", "type", "names", "position.lat", "phone", "openingHours");
      before.assertUnchanged();
    }

    @Test
    void typeCoordinatesAndHoursAreCheckedTogether() {
      Rows before = Rows.of(DALI);
      Map<String, Object> body = newKiosk(code("rules"), DALI_SOUTH);
      body.put("type", "booth");
      body.put("position", Json.map("lat", 95.0, "lon", 100.16));
      body.put("openingHours", "whenever");

      JsonPath p = assertInvalid(post(leader(DALI), kiosksPath(DALI), body));
      assertThat(fields(p)).contains("type", "position.lat", "openingHours");
      assertThat(codeOf(p, "type")).isEqualTo("kiosk.type.unknown");
      assertThat(codeOf(p, "position.lat")).isEqualTo("geo.latitude.range");

      Map<String, Object> crs = newKiosk(code("rules"), DALI_SOUTH);
      crs.put("position", Json.map("lat", DALI_SOUTH[0], "lon", DALI_SOUTH[1], "crs", "BD09"));
      assertInvalid(post(leader(DALI), kiosksPath(DALI), crs), "position.crs");
      before.assertUnchanged();
    }

    @Test
    void amenitiesMustBeKindsOfTheTenantWithStockOnlyWhereCounted() {
      Rows before = Rows.of(DALI);
      Map<String, Object> unknown = newKiosk(code("amenity"), DALI_SOUTH);
      unknown.put("amenities", Json.map("teleporter", 1));
      JsonPath p =
          assertInvalid(post(leader(DALI), kiosksPath(DALI), unknown), "amenities.teleporter");
      assertThat(codeOf(p, "amenities.teleporter")).isEqualTo("amenity.kind.unknown");

      Map<String, Object> counted = newKiosk(code("amenity"), DALI_SOUTH);
      counted.put("amenities", Json.map("phone-charging", 3));
      assertInvalid(post(leader(DALI), kiosksPath(DALI), counted), "amenities.phone-charging");
      before.assertUnchanged();
    }

    @Test
    void aGcj02PositionIsStoredAsWgs84() {
      // DALI_SOUTH (25.6900, 100.1600) in GCJ-02, worked out outside the code under test with the
      // published WGS-84 to GCJ-02 transform (Krasovsky ellipsoid)
      double[] gcj = {25.687034822712082, 100.1612213518571};
      Map<String, Object> body = newKiosk(code("gcj"), DALI_SOUTH);
      body.put("position", Json.map("lat", gcj[0], "lon", gcj[1], "crs", "GCJ02"));

      Response r = post(leader(DALI), kiosksPath(DALI), body);

      assertThat(r.statusCode()).as(r.asString()).isEqualTo(201);
      JsonPath k = r.jsonPath();
      assertThat(k.getDouble("position.lat")).isCloseTo(DALI_SOUTH[0], within(1e-6));
      assertThat(k.getDouble("position.lon")).isCloseTo(DALI_SOUTH[1], within(1e-6));
      assertThat(k.getDouble("position.gcj02.lat")).isCloseTo(gcj[0], within(1e-6));
      assertThat(k.getDouble("position.gcj02.lon")).isCloseTo(gcj[1], within(1e-6));
    }
  }

  @Nested
  class Describing {

    @Test
    void anUpdateReplacesTheDescriptionAndBumpsTheVersion() {
      String id = createKiosk(DALI, "update");
      Response current = getKiosk(DALI, id);
      long version = current.jsonPath().getLong("version");

      Response r =
          put(leader(DALI), kioskPath(DALI, id), update(version, "Renamed", "Mo-Su 10:00-20:00"));

      assertThat(r.statusCode()).as(r.asString()).isEqualTo(200);
      assertThat(r.jsonPath().getLong("version")).isGreaterThan(version);
      assertThat(r.header("ETag")).isEqualTo("\"" + r.jsonPath().getLong("version") + "\"");
      JsonPath reread = getKiosk(DALI, id).jsonPath();
      assertThat(reread.getString("names.en")).isEqualTo("Renamed");
      assertThat(reread.getString("openingHours")).isEqualTo("Mo-Su 10:00-20:00");
      assertThat(reread.getString("phone")).isEqualTo("0872-1111111");
      assertThat(reread.getString("code")).as("the code never changes").startsWith("it-update-");
    }

    @Test
    void aStaleVersionIsAVersionConflictAndChangesNothing() {
      String id = createKiosk(DALI, "stale");
      long version = Fixtures.version(DALI, id);
      assertThat(
              put(leader(DALI), kioskPath(DALI, id), update(version, "Winner", DAY_HOURS))
                  .statusCode())
          .isEqualTo(200);
      Rows before = Rows.of(DALI);

      JsonPath p =
          assertProblem(
              put(leader(DALI), kioskPath(DALI, id), update(version, "Loser", DAY_HOURS)),
              409,
              "version-conflict");
      assertThat(p.getString("code")).isEqualTo("version-conflict.detail");

      before.assertUnchanged();
      assertThat(getKiosk(DALI, id).jsonPath().getString("names.en")).isEqualTo("Winner");
    }

    @Test
    void aStaleIfMatchIsAFailedPreconditionAndChangesNothing() {
      String id = createKiosk(DALI, "ifmatch");
      Response first = getKiosk(DALI, id);
      String staleETag = first.header("ETag");
      long version = first.jsonPath().getLong("version");
      assertThat(
              put(leader(DALI), kioskPath(DALI, id), update(version, "Winner", DAY_HOURS))
                  .statusCode())
          .isEqualTo(200);
      long current = Fixtures.version(DALI, id);
      Rows before = Rows.of(DALI);

      assertProblem(
          Api.as(leader(DALI))
              .header("If-Match", staleETag)
              .contentType("application/json")
              .body(Json.write(update(current, "Loser", DAY_HOURS)))
              .put(kioskPath(DALI, id)),
          412,
          "precondition-failed");

      before.assertUnchanged();
      assertThat(getKiosk(DALI, id).jsonPath().getString("names.en")).isEqualTo("Winner");
    }

    @Test
    void ofConcurrentEditsOfOneVersionExactlyOneWins() throws Exception {
      String id = createKiosk(DALI, "race");
      long version = Fixtures.version(DALI, id);
      String token = leader(DALI);
      int editors = 6;
      java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
      java.util.concurrent.ExecutorService pool =
          java.util.concurrent.Executors.newFixedThreadPool(editors);
      List<java.util.concurrent.Future<Http.Answer>> answers = new ArrayList<>();
      try {
        for (int i = 0; i < editors; i++) {
          String name = "Editor " + i;
          answers.add(
              pool.submit(
                  () -> {
                    start.await();
                    return Http.send(
                        "PUT",
                        kioskPath(DALI, id),
                        token,
                        Json.write(update(version, name, DAY_HOURS)));
                  }));
        }
        start.countDown();
        int won = 0;
        for (var f : answers) {
          Http.Answer a = f.get(60, java.util.concurrent.TimeUnit.SECONDS);
          if (a.status() == 200) {
            won++;
          } else {
            Problems.assertProblem(a, 409, "version-conflict");
          }
        }
        assertThat(won).isEqualTo(1);
      } finally {
        pool.shutdownNow();
      }
      JsonPath after = getKiosk(DALI, id).jsonPath();
      assertThat(after.getLong("version")).isEqualTo(version + 1);
      assertThat(after.getString("names.en")).startsWith("Editor ");
      assertThat(
              Database.count(
                  "select count(*) from core_audit_record where tenant_id = ? and subject_id = ?"
                      + " and action = 'kiosk.updated'",
                  DALI,
                  id))
          .as("one change, one audit record")
          .isEqualTo(1);
    }

    @Test
    void anIfMatchAloneIsEnoughToEdit() {
      // the operation's contract: "send the version you read (or If-Match with its ETag)"
      String id = createKiosk(DALI, "ifmatchonly");
      Response current = getKiosk(DALI, id);
      Map<String, Object> body = update(0, "Edited by ETag", DAY_HOURS);
      body.remove("version");

      Response r =
          Api.as(leader(DALI))
              .header("If-Match", current.header("ETag"))
              .contentType("application/json")
              .body(Json.write(body))
              .put(kioskPath(DALI, id));

      assertThat(r.statusCode()).as(r.asString()).isEqualTo(200);
      assertThat(r.jsonPath().getString("names.en")).isEqualTo("Edited by ETag");
    }

    @Test
    void invalidUpdatesNameTheirFieldsAndChangeNothing() {
      String id = createKiosk(DALI, "badupdate");
      long version = Fixtures.version(DALI, id);
      Rows before = Rows.of(DALI);

      Map<String, Object> noVersion = update(version, "x", DAY_HOURS);
      noVersion.remove("version");
      // neither a version in the body nor If-Match: no blind edits
      assertProblem(
          put(leader(DALI), kioskPath(DALI, id), noVersion), 428, "precondition-required");
      assertInvalid(
          put(leader(DALI), kioskPath(DALI, id), update(version, "x", "Mo-Fr 9-17")),
          "openingHours");
      Map<String, Object> outside = update(version, "x", DAY_HOURS);
      outside.put("position", Json.map("lat", OUTSIDE_DALI[0], "lon", OUTSIDE_DALI[1]));
      assertInvalid(put(leader(DALI), kioskPath(DALI, id), outside), "position");

      before.assertUnchanged();
    }

    @Test
    void anUnknownKioskIsNotFound() {
      String unknown = "00000000-0000-7000-8000-000000000000";
      assertProblem(getKiosk(DALI, unknown), 404, "not-found");
      assertProblem(
          put(leader(DALI), kioskPath(DALI, unknown), update(1, "x", DAY_HOURS)), 404, "not-found");
    }
  }

  @Nested
  class Status {

    private Response change(String id, Object... body) {
      return put(leader(DALI), kioskPath(DALI, id) + "/status", Json.map(body));
    }

    @Test
    void suspendCloseAndReopen() {
      String id = createKiosk(DALI, "status");
      long v = Fixtures.version(DALI, id);
      Instant until = Instant.now().plus(2, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);

      Response suspended =
          change(
              id,
              "version",
              v,
              "status",
              "suspended",
              "reason",
              "Officers called to an incident",
              "until",
              until.toString());
      assertThat(suspended.statusCode()).as(suspended.asString()).isEqualTo(200);
      JsonPath s = suspended.jsonPath();
      assertThat(s.getString("status")).isEqualTo("suspended");
      assertThat(s.getString("statusReason")).isEqualTo("Officers called to an incident");
      assertThat(Instant.parse(s.getString("statusUntil"))).isEqualTo(until);
      assertThat(s.getBoolean("openNow")).isFalse();
      assertThat(s.getLong("version")).isGreaterThan(v);

      Response closed =
          change(id, "version", s.getLong("version"), "status", "closed", "reason", "Rebuilt");
      assertThat(closed.statusCode()).as(closed.asString()).isEqualTo(200);
      assertThat(closed.jsonPath().getString("status")).isEqualTo("closed");
      assertThat(closed.jsonPath().getString("statusUntil")).isNull();
      assertThat(closed.jsonPath().getBoolean("openNow")).isFalse();

      Response reopened =
          change(id, "version", closed.jsonPath().getLong("version"), "status", "open");
      assertThat(reopened.statusCode()).as(reopened.asString()).isEqualTo(200);
      assertThat(reopened.jsonPath().getString("status")).isEqualTo("open");
      assertThat(reopened.jsonPath().getString("statusReason")).isNull();
      assertThat(getKiosk(DALI, id).jsonPath().getString("status")).isEqualTo("open");
    }

    @Test
    void anOfficerMaySuspendAKiosk() {
      String id = createKiosk(DALI, "officer");
      Response r =
          put(
              Fixtures.officer(DALI),
              kioskPath(DALI, id) + "/status",
              Json.map(
                  "version", Fixtures.version(DALI, id), "status", "suspended", "reason", "Lunch"));
      assertThat(r.statusCode()).as(r.asString()).isEqualTo(200);
      assertThat(r.jsonPath().getString("status")).isEqualTo("suspended");
    }

    @Test
    void statusRulesNameTheirFieldAndChangeNothing() {
      String id = createKiosk(DALI, "statusrules");
      long v = Fixtures.version(DALI, id);
      Rows before = Rows.of(DALI);
      String past = Instant.now().minus(1, ChronoUnit.HOURS).toString();
      String future = Instant.now().plus(1, ChronoUnit.HOURS).toString();

      assertInvalid(change(id, "version", v, "status", "suspended"), "reason");
      assertInvalid(change(id, "version", v, "status", "closed", "reason", " "), "reason");
      JsonPath p =
          assertInvalid(
              change(id, "version", v, "status", "suspended", "reason", "r", "until", past),
              "until");
      assertThat(codeOf(p, "until")).isEqualTo("kiosk.status.until-in-past");
      assertInvalid(
          change(id, "version", v, "status", "closed", "reason", "r", "until", future), "until");
      assertInvalid(change(id, "version", v, "status", "paused", "reason", "r"), "status");
      assertProblem(change(id, "status", "closed", "reason", "r"), 428, "precondition-required");
      assertProblem(
          change(id, "version", v - 1, "status", "closed", "reason", "r"), 409, "version-conflict");

      before.assertUnchanged();
      assertThat(getKiosk(DALI, id).jsonPath().getString("status")).isEqualTo("open");
    }
  }

  @Nested
  class Stock {

    private Response set(String id, String kind, Object stock) {
      return put(
          leader(DALI), kioskPath(DALI, id) + "/amenities/" + kind, Json.map("stock", stock));
    }

    private Response adjust(String id, String kind, Object delta) {
      return post(
          leader(DALI),
          kioskPath(DALI, id) + "/amenities/" + kind + "/adjustments",
          Json.map("delta", delta, "reason", "lent to a tourist"));
    }

    private Integer stockOf(String id, String kind) {
      return getKiosk(DALI, id)
          .jsonPath()
          .get("amenities.find { it.kind == '" + kind + "' }.stock");
    }

    @Test
    void setAndAdjustStock() {
      String id = createKiosk(DALI, "stock");

      Response set = set(id, "umbrella", 10);
      assertThat(set.statusCode()).as(set.asString()).isEqualTo(200);
      assertThat(set.jsonPath().getInt("stock")).isEqualTo(10);
      assertThat(set.jsonPath().getBoolean("available")).isTrue();

      assertThat(adjust(id, "umbrella", -3).jsonPath().getInt("stock")).isEqualTo(7);
      assertThat(adjust(id, "umbrella", 1).jsonPath().getInt("stock")).isEqualTo(8);
      assertThat(stockOf(id, "umbrella")).isEqualTo(8);

      Response added = set(id, "map", 4);
      assertThat(added.statusCode()).as(added.asString()).isEqualTo(200);
      assertThat(stockOf(id, "map")).isEqualTo(4);

      Response empty = adjust(id, "umbrella", -8);
      assertThat(empty.jsonPath().getInt("stock")).isZero();
      assertThat(empty.jsonPath().getBoolean("available")).isFalse();
    }

    @Test
    void lendingMoreThanIsLeftBreaksARuleAndChangesNothing() {
      String id = createKiosk(DALI, "lend");
      Rows before = Rows.of(DALI);

      JsonPath p = assertProblem(adjust(id, "umbrella", -6), 422, "rule-violation");
      assertThat(p.getString("code")).isEqualTo("amenity.stock.insufficient");

      before.assertUnchanged();
      assertThat(stockOf(id, "umbrella")).isEqualTo(5);
    }

    @Test
    void stockRulesAreAnsweredAndChangeNothing() {
      String id = createKiosk(DALI, "stockrules");
      Rows before = Rows.of(DALI);

      assertInvalid(set(id, "umbrella", -1), "stock");
      assertInvalid(set(id, "umbrella", 100001), "stock");
      assertInvalid(set(id, "umbrella", null), "stock");
      assertInvalid(set(id, "phone-charging", 3), "stock");
      assertProblem(set(id, "teleporter", 3), 404, "not-found");
      assertProblem(adjust(id, "wheelchair", -1), 404, "not-found");
      assertProblem(adjust(id, "phone-charging", -1), 409, "conflict");
      assertInvalid(adjust(id, "umbrella", null), "delta");
      assertInvalid(adjust(id, "umbrella", 5000), "delta");
      JsonPath typed = assertProblem(adjust(id, "umbrella", "some"), 400, "malformed-body");
      assertThat(fields(typed)).containsExactly("delta");

      before.assertUnchanged();
    }
  }

  @Nested
  class Duty {

    private String dutyPath(String id, LocalDate date, String shift) {
      return kioskPath(DALI, id) + "/duty/" + date + "/" + shift;
    }

    private Response assign(String id, LocalDate date, String shift, String... badges) {
      return put(leader(DALI), dutyPath(id, date, shift), Json.map("badges", List.of(badges)));
    }

    private JsonPath roster(String id, LocalDate date) {
      Response r = Api.as(Fixtures.officer(DALI)).get(kioskPath(DALI, id) + "/duty?date=" + date);
      assertThat(r.statusCode()).as(r.asString()).isEqualTo(200);
      return r.jsonPath();
    }

    @Test
    void aSampleKioskServesItsDefaultRosterFromTheDocuments() {
      JsonPath duty = roster(kioskId(DALI, "south-gate"), Fixtures.freshDate());

      assertThat(duty.getList("shifts.shift")).containsExactly("day", "evening");
      assertThat(duty.getList("shifts.source")).containsOnly("default");
      assertThat(duty.getString("shifts[0].start")).isEqualTo("09:00");
      assertThat(duty.getString("shifts[0].end")).isEqualTo("15:30");
      assertThat(duty.getList("shifts[0].officers.badge")).containsExactly("531101", "531102");
      assertThat(duty.getString("shifts[0].officers[0].name")).isEqualTo("杨晓东");
      assertThat(duty.getList("shifts[1].officers.badge")).containsExactly("531103", "531104");
    }

    @Test
    void aRosterForADateAppliesOnThatDateOnly() {
      String id = createKiosk(DALI, "duty");
      LocalDate date = Fixtures.freshDate();

      Response r = assign(id, date, "day", "531109");

      assertThat(r.statusCode()).as(r.asString()).isEqualTo(200);
      assertThat(r.jsonPath().getString("date")).isEqualTo(date.toString());
      assertThat(r.jsonPath().getList("shifts.shift")).containsExactly("day");
      assertThat(r.jsonPath().getString("shifts[0].source")).isEqualTo("date");
      assertThat(r.jsonPath().getList("shifts[0].officers.badge")).containsExactly("531109");
      assertThat(r.jsonPath().getString("shifts[0].officers[0].name")).isEqualTo("尹雪琴");
      assertThat(roster(id, date).getList("shifts[0].officers.badge")).containsExactly("531109");
      assertThat(roster(id, date.plusDays(1)).getList("shifts")).isEmpty();

      Response replaced = assign(id, date, "day", "531129", "531149");
      assertThat(replaced.jsonPath().getList("shifts[0].officers.badge"))
          .containsExactly("531129", "531149");
    }

    @Test
    void unknownBadgesAreNamedByTheirIndexAndNothingIsRostered() {
      String id = createKiosk(DALI, "badges");
      Rows before = Rows.of(DALI);

      JsonPath p =
          assertInvalid(
              assign(id, Fixtures.freshDate(), "day", "531109", "999999", "888888"),
              "badges[1]",
              "badges[2]");
      assertThat(fields(p)).doesNotContain("badges[0]");
      assertThat(codeOf(p, "badges[1]")).isEqualTo("duty.badge.unknown");
      assertInvalid(assign(id, Fixtures.freshDate(), "day", "999999"), "badges[0]");

      before.assertUnchanged();
    }

    @Test
    void unknownShiftsAndDatesAreAnswered() {
      String id = createKiosk(DALI, "shift");
      Rows before = Rows.of(DALI);

      assertProblem(assign(id, Fixtures.freshDate(), "night", "531109"), 404, "not-found");
      assertInvalid(
          put(
              leader(DALI),
              kioskPath(DALI, id) + "/duty/2041-02-30/day",
              Json.map("badges", List.of("531109"))),
          "date");
      assertInvalid(
          put(
              leader(DALI),
              kioskPath(DALI, id) + "/duty/someday/day",
              Json.map("badges", List.of("531109"))),
          "date");
      assertInvalid(Api.as(leader(DALI)).get(kioskPath(DALI, id) + "/duty?date=soon"), "date");
      assertInvalid(
          put(leader(DALI), dutyPath(id, Fixtures.freshDate(), "day"), Map.of()), "badges");

      before.assertUnchanged();
    }

    @Test
    void anOfficerCannotStandAtTwoKiosksInOneShift() {
      String first = createKiosk(DALI, "double-a");
      String second = createKiosk(DALI, "double-b");
      LocalDate date = Fixtures.freshDate();
      assertThat(assign(first, date, "day", "531129").statusCode()).isEqualTo(200);
      Rows before = Rows.of(DALI);

      JsonPath p = assertProblem(assign(second, date, "day", "531149", "531129"), 409, "conflict");
      assertThat(p.getString("code")).isEqualTo("duty.badge.double");

      before.assertUnchanged();
      assertThat(roster(second, date).getList("shifts")).isEmpty();
      assertThat(assign(second, date, "evening", "531129").statusCode())
          .as("another shift the same day is fine")
          .isEqualTo(200);
      assertThat(assign(second, date.plusDays(1), "day", "531129").statusCode())
          .as("the same shift another day is fine")
          .isEqualTo(200);
    }

    @Test
    void anOfficerOnADefaultRosterCannotBeRosteredAtAnotherKioskInThatShift() {
      // 531101 stands at the South Gate kiosk in the day shift every day (default roster), and
      // the South Gate has no roster of its own for this date
      String other = createKiosk(DALI, "double-default");
      LocalDate date = Fixtures.freshDate();
      Rows before = Rows.of(DALI);

      JsonPath p = assertProblem(assign(other, date, "day", "531101"), 409, "conflict");
      assertThat(p.getString("code")).isEqualTo("duty.badge.double");

      before.assertUnchanged();
    }
  }

  @Nested
  class Listing {

    private JsonPath page(String query) {
      Response r = Api.as(Fixtures.dispatcher(DALI)).get(kiosksPath(DALI) + query);
      assertThat(r.statusCode()).as(r.asString()).isEqualTo(200);
      return r.jsonPath();
    }

    @Test
    void pagesAreOrderedByCodeAndFollowTheCursorWithoutOverlap() {
      List<String> codes = new ArrayList<>();
      JsonPath p = page("?limit=3");
      assertThat(p.getList("items")).hasSize(3);
      codes.addAll(p.getList("items.code", String.class));
      String cursor = p.getString("nextCursor");
      int pages = 1;
      while (cursor != null) {
        p = page("?limit=200&cursor=" + cursor);
        codes.addAll(p.getList("items.code", String.class));
        cursor = p.getString("nextCursor");
        assertThat(++pages).as("pages").isLessThan(1000);
      }
      assertThat(codes).doesNotHaveDuplicates().isSorted();
      assertThat(codes)
          .contains(
              "south-gate",
              "north-gate",
              "west-gate",
              "wuhua-tower",
              "yangren-street",
              "renmin-road",
              "three-pagodas",
              "erhai-gate");
      assertThat((long) codes.size()).isEqualTo(Rows.of(DALI).get("kiosks"));
    }

    @Test
    void filtersByTypeZoneAndStatus() {
      List<String> dutyPoints = page("?type=duty-point&limit=200").getList("items.type");
      assertThat(dutyPoints).isNotEmpty().containsOnly("duty-point");
      assertThat(page("?type=duty-point&limit=200").getList("items.code"))
          .contains("three-pagodas", "erhai-gate")
          .doesNotContain("south-gate");
      assertThat(page("?zone=north&limit=200").getList("items.zone")).containsOnly("north");

      String id = createKiosk(DALI, "closedlist");
      put(
          leader(DALI),
          kioskPath(DALI, id) + "/status",
          Json.map("version", Fixtures.version(DALI, id), "status", "closed", "reason", "test"));
      JsonPath closed = page("?status=closed&limit=200");
      assertThat(closed.getList("items.status")).containsOnly("closed");
      assertThat(closed.getList("items.id")).contains(id);
    }

    @Test
    void badListParametersNameTheirField() {
      assertInvalid(Api.as(leader(DALI)).get(kiosksPath(DALI) + "?type=booth"), "type");
      assertInvalid(Api.as(leader(DALI)).get(kiosksPath(DALI) + "?status=paused"), "status");
      assertInvalid(Api.as(leader(DALI)).get(kiosksPath(DALI) + "?limit=0"), "limit");
      assertInvalid(Api.as(leader(DALI)).get(kiosksPath(DALI) + "?limit=201"), "limit");
      assertInvalid(Api.as(leader(DALI)).get(kiosksPath(DALI) + "?cursor=not-ours"), "cursor");
    }
  }
}
