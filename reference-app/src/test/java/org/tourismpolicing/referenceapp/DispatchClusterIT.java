package org.tourismpolicing.referenceapp;

import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tourismpolicing.referenceapp.support.Api;
import org.tourismpolicing.referenceapp.support.Database;
import org.tourismpolicing.referenceapp.support.Fixtures;
import org.tourismpolicing.referenceapp.support.Json;
import org.tourismpolicing.referenceapp.support.TenantDocs;
import org.tourismpolicing.referenceapp.support.Tokens;

/**
 * Dispatch across two servers of the reference app on one MariaDB (a second instance behind a load
 * balancer), and what runs without a dispatcher: the acknowledgement time-out, the live board's
 * stream, patrol plans and coverage. A tenant of its own: Dali's geography, three foot units in the
 * south zone, every priority assigned automatically.
 */
class DispatchClusterIT {

  private static final String DISPATCH_DOC =
      """
      {"priorities": [
         {"level": 1, "names": {"en": "Emergency"}, "autoAssign": true, "unitsRequired": 1},
         {"level": 2, "names": {"en": "Urgent"}, "autoAssign": true, "unitsRequired": 1},
         {"level": 3, "names": {"en": "Routine"}, "autoAssign": true, "unitsRequired": 1}],
       "assignment": {"acknowledgeWithin": "PT1M"},
       "units": [
         {"callSign": "F1", "mode": "foot", "homeZone": "south", "officers": ["531171"]},
         {"callSign": "F2", "mode": "foot", "homeZone": "south", "officers": ["531172"]},
         {"callSign": "F3", "mode": "foot", "homeZone": "south", "officers": ["531173"]}]}
      """;

  private static String tenant;

  @BeforeAll
  static void onboardOnBothServers() throws InterruptedException {
    tenant = TenantDocs.newTenantId("cluster");
    TenantDocs.daliAs(tenant).firstKiosks(1).dispatch(DISPATCH_DOC).onboard(tenant);
    // the second server learns of the tenant from the database within its refresh interval
    Instant deadline = Instant.now().plusSeconds(30);
    while (Api.onSecondServer(dispatcher()).get(path("units")).statusCode() != 200) {
      assertThat(Instant.now()).as("second server knows the tenant").isBefore(deadline);
      Thread.sleep(250);
    }
  }

  @AfterAll
  static void forget() {
    TenantDocs.forgetOnboarded();
  }

  @AfterEach
  void letTheClockRun() {
    Api.as(Tokens.platformAdmin())
        .contentType("application/json")
        .body("{\"fixedAt\": null, \"offset\": null}")
        .put("/api/platform/clock")
        .then()
        .statusCode(200);
  }

  static String dispatcher() {
    return Fixtures.dispatcher(tenant);
  }

  static String path(String rest) {
    return "/api/" + tenant + "/dispatch/" + rest;
  }

  static Map<String, String> unitIds() {
    JsonPath units = Api.as(dispatcher()).get(path("units")).then().extract().jsonPath();
    Map<String, String> ids = new TreeMap<>();
    for (Map<String, Object> u : units.<Map<String, Object>>getList("items")) {
      ids.put((String) u.get("callSign"), (String) u.get("id"));
    }
    return ids;
  }

  static String state(String unitId) {
    return Api.as(dispatcher()).get(path("units/" + unitId)).jsonPath().getString("state");
  }

  static void report(String unitId, String state) {
    Fixtures.post(dispatcher(), path("units/" + unitId + "/state"), Map.of("state", state))
        .then()
        .statusCode(200);
  }

  /** No incident waiting, every unit patrolling. */
  static Map<String, String> fresh() {
    Database.update(
        "update dp_incident set status = 'CANCELLED' where tenant_id = ? and status = 'RECEIVED'",
        tenant);
    Map<String, String> ids = unitIds();
    for (String id : ids.values()) {
      switch (state(id)) {
        case "off-duty" -> report(id, "patrolling");
        case "assigned" -> {
          report(id, "en-route");
          report(id, "on-scene");
          report(id, "patrolling");
        }
        case "en-route" -> {
          report(id, "on-scene");
          report(id, "patrolling");
        }
        case "on-scene", "clearing" -> report(id, "patrolling");
        default -> {}
      }
    }
    return ids;
  }

  static Response handOver(RequestSpecification server, String key) {
    return server
        .header("Idempotency-Key", key)
        .contentType("application/json")
        .body(
            Json.of(
                "externalNumber",
                key,
                "category",
                "fight",
                "position",
                Map.of("lat", 25.6890, "lon", 100.1630)))
        .post(path("intake/110"));
  }

  static String integration() {
    return Tokens.token("centre-110", tenant, "integration");
  }

  @Test
  void twoServersRacingForUnitsNeverAssignOneUnitTwice() throws Exception {
    Map<String, String> units = fresh();
    int incidents = 16;
    ExecutorService pool = Executors.newFixedThreadPool(incidents);
    try {
      List<Future<Response>> answers = new ArrayList<>();
      for (int i = 0; i < incidents; i++) {
        boolean second = i % 2 == 1;
        String key = "110-cluster-" + UUID.randomUUID();
        answers.add(
            pool.submit(
                (Callable<Response>)
                    () ->
                        handOver(
                            second ? Api.onSecondServer(integration()) : Api.as(integration()),
                            key)));
      }
      List<String> ids = new ArrayList<>();
      for (Future<Response> f : answers) {
        Response r = f.get(60, TimeUnit.SECONDS);
        assertThat(r.statusCode()).as(r.asString()).isEqualTo(201);
        ids.add(r.jsonPath().getString("id"));
      }
      String in = String.join(",", ids.stream().map(x -> "'" + x + "'").toList());
      assertThat(
              Database.count(
                  "select count(*) from (select unit_id from dp_assignment where tenant_id = ?"
                      + " and active_unit_id is not null group by unit_id having count(*) > 1) x",
                  tenant))
          .isZero();
      assertThat(
              Database.count(
                  "select count(*) from dp_assignment where tenant_id = ? and incident_id in ("
                      + in
                      + ")",
                  tenant))
          .as("each unit assigned once, across both servers")
          .isEqualTo(units.size());
      assertThat(
              Database.count(
                  "select count(*) from dp_incident where tenant_id = ? and status = 'RECEIVED'"
                      + " and id in ("
                      + in
                      + ")",
                  tenant))
          .isEqualTo(incidents - units.size());
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void aUnitThatDoesNotAcknowledgeIsReleasedAndTheNextOneSent() throws Exception {
    Map<String, String> units = fresh();
    // only F1 free: the others are off duty
    report(units.get("F2"), "off-duty");
    report(units.get("F3"), "off-duty");
    String incident =
        handOver(Api.as(integration()), "110-timeout-" + UUID.randomUUID())
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    assertThat(state(units.get("F1"))).isEqualTo("assigned");
    report(units.get("F2"), "patrolling");

    // two minutes later on the first server's clock, F1 still has not acknowledged
    Api.as(Tokens.platformAdmin())
        .contentType("application/json")
        .body("{\"offset\": \"PT2M\"}")
        .put("/api/platform/clock")
        .then()
        .statusCode(200);
    Instant deadline = Instant.now().plusSeconds(20);
    JsonPath record;
    do {
      Thread.sleep(300);
      record = Api.as(dispatcher()).get(path("incidents/" + incident)).jsonPath();
    } while (record.getList("assignments").size() < 2 && Instant.now().isBefore(deadline));

    assertThat(record.getString("assignments[0].callSign")).isEqualTo("F1");
    assertThat(record.getString("assignments[0].status")).isEqualTo("timed-out");
    assertThat(record.getString("assignments[1].callSign")).isEqualTo("F2");
    assertThat(record.getString("assignments[1].status")).isEqualTo("assigned");
    assertThat(record.getList("timeline.step", String.class)).contains("timed-out");
    assertThat(state(units.get("F1"))).isEqualTo("patrolling");
    report(units.get("F3"), "patrolling");
  }

  /** Lines of the live board's stream on the server at {@code baseUrl}, read by a daemon thread. */
  record Stream(HttpResponse<java.io.InputStream> response, BlockingQueue<String> lines) {}

  static Stream openBoard(String baseUrl) throws Exception {
    HttpClient client = HttpClient.newHttpClient();
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(baseUrl + path("board/events")))
            .header("Authorization", "Bearer " + dispatcher())
            .header("Accept", "text/event-stream")
            .build();
    HttpResponse<java.io.InputStream> stream =
        client.send(request, HttpResponse.BodyHandlers.ofInputStream());
    assertThat(stream.statusCode()).isEqualTo(200);
    BlockingQueue<String> lines = new ArrayBlockingQueue<>(1000);
    Thread reader =
        new Thread(
            () -> {
              try (BufferedReader r =
                  new BufferedReader(
                      new InputStreamReader(stream.body(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = r.readLine()) != null) {
                  lines.offer(line);
                }
              } catch (java.io.IOException e) {
                // stream closed at the end of the test
              }
            });
    reader.setDaemon(true);
    reader.start();
    assertThat(next(lines, "event:")).isEqualTo("event: hello");
    return new Stream(stream, lines);
  }

  @Test
  void theLiveBoardStreamsThisTenantsChangesOnly() throws Exception {
    Map<String, String> units = fresh();
    Stream board = openBoard(Api.baseUrl());
    BlockingQueue<String> lines = board.lines();
    try {
      // another tenant's change must not show up here
      Fixtures.post(
              Fixtures.dispatcher(Fixtures.DALI),
              "/api/" + Fixtures.DALI + "/dispatch/incidents",
              Map.of(
                  "source", "duty-room",
                  "category", "lost-property",
                  "position", Map.of("lat", 25.6890, "lon", 100.1630)))
          .then()
          .statusCode(201);
      String unit = units.get("F3");
      report(unit, "off-duty");
      String event = next(lines, "event:");
      String data = next(lines, "data:");
      assertThat(event).isEqualTo("event: unit");
      assertThat(data).contains(unit).contains("off-duty").doesNotContain("lost-property");
      report(unit, "patrolling");
    } finally {
      board.response().body().close();
    }
  }

  @Test
  void aConsoleOnTheSecondServerSeesChangesMadeThroughTheFirst() throws Exception {
    Map<String, String> units = fresh();
    Stream board = openBoard(System.getProperty("it.second.base.url"));
    try {
      String unit = units.get("F2");
      report(unit, "off-duty"); // through the first server
      String data = null;
      Instant deadline = Instant.now().plusSeconds(15);
      while (Instant.now().isBefore(deadline)) {
        String line = next(board.lines(), "data:");
        if (line.contains(unit) && line.contains("off-duty")) {
          data = line;
          break;
        }
      }
      assertThat(data).as("the change reached the second server's console").isNotNull();
      report(unit, "patrolling");
    } finally {
      board.response().body().close();
    }
  }

  private static String next(BlockingQueue<String> lines, String prefix)
      throws InterruptedException {
    Instant deadline = Instant.now().plusSeconds(10);
    while (Instant.now().isBefore(deadline)) {
      String line = lines.poll(200, TimeUnit.MILLISECONDS);
      if (line != null && line.startsWith(prefix)) {
        return line;
      }
    }
    throw new AssertionError("no line starting with " + prefix + " within 10 s");
  }

  @Test
  void aPatrolPlanPutsUnitsOnShiftAndCoverageShowsUncoveredZones() {
    Map<String, String> units = fresh();
    // 2026-10-01 10:00 in Dali
    Api.as(Tokens.platformAdmin())
        .contentType("application/json")
        .body("{\"fixedAt\": \"2026-10-01T02:00:00Z\"}")
        .put("/api/platform/clock")
        .then()
        .statusCode(200);
    Map<String, Object> body =
        Map.of(
            "names",
            Map.of("zh-CN", "国庆节巡逻方案", "en", "National Day patrol plan"),
            "startsOn",
            "2026-10-01",
            "endsOn",
            "2026-10-07",
            "groups",
            List.of(
                Map.of(
                    "code", "day",
                    "name", "Day group",
                    "shiftStart", "08:00",
                    "shiftEnd", "20:00",
                    "zone", "south",
                    "units", List.of("F1", "F2")),
                Map.of(
                    "code", "night",
                    "name", "Night group",
                    "shiftStart", "20:00",
                    "shiftEnd", "08:00",
                    "zone", "north",
                    "units", List.of("F3"))));
    String planId =
        Fixtures.put(Fixtures.leader(tenant), path("patrol-plans/national-day"), body)
            .then()
            .statusCode(200)
            .body("groups.size()", org.hamcrest.Matchers.equalTo(2))
            .extract()
            .path("id");
    // read back by its id, as a dispatcher
    JsonPath plan =
        Api.as(dispatcher())
            .get(path("patrol-plans/by-id/" + planId))
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(plan.getString("code")).isEqualTo("national-day");
    assertThat(plan.getString("names.en")).isEqualTo("National Day patrol plan");
    assertThat(plan.getString("startsOn")).isEqualTo("2026-10-01");
    assertThat(plan.getString("endsOn")).isEqualTo("2026-10-07");
    assertThat(plan.getList("groups.code", String.class)).containsExactly("day", "night");
    assertThat(plan.getString("updatedBy")).isEqualTo("it-station-leader");

    JsonPath onShift =
        Api.as(dispatcher())
            .get(path("patrol-plans/on-shift"))
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(onShift.getList("group.code", String.class)).containsExactly("day");
    assertThat(onShift.getList("units[0].callSign", String.class)).containsExactly("F1", "F2");

    JsonPath cover =
        Api.as(dispatcher()).get(path("coverage")).then().statusCode(200).extract().jsonPath();
    assertThat(cover.getInt("find { it.zone == 'south' }.available")).isEqualTo(units.size());
    assertThat(cover.getInt("find { it.zone == 'south' }.onPlan")).isEqualTo(2);
    assertThat(cover.getBoolean("find { it.zone == 'north' }.uncovered")).isTrue();

    // a plan naming an unknown unit is refused, naming the field; nothing changes
    Map<String, Object> bad = new java.util.HashMap<>(body);
    bad.put(
        "groups",
        List.of(
            Map.of(
                "code", "x",
                "name", "x",
                "shiftStart", "08:00",
                "shiftEnd", "09:00",
                "zone", "south",
                "units", List.of("NOPE"))));
    org.tourismpolicing.referenceapp.support.Problems.assertInvalid(
        Fixtures.put(Fixtures.leader(tenant), path("patrol-plans/other-plan"), bad),
        "groups[0].units[0]");
    assertThat(
            Database.count(
                "select count(*) from dp_patrol_plan where tenant_id = ? and code = 'other-plan'",
                tenant))
        .isZero();
    // officers read plans but may not write them
    Fixtures.put(Fixtures.officer(tenant), path("patrol-plans/national-day"), body)
        .then()
        .statusCode(403);

    // the leader deletes the plan: gone, and nobody is on shift by it any more
    Response deleted = Api.as(Fixtures.leader(tenant)).delete(path("patrol-plans/by-id/" + planId));
    assertThat(deleted.statusCode()).as(deleted.asString()).isEqualTo(204);
    org.tourismpolicing.referenceapp.support.Problems.assertProblem(
        Api.as(dispatcher()).get(path("patrol-plans/by-id/" + planId)), 404, "not-found");
    assertThat(
            Database.count(
                "select count(*) from dp_patrol_plan where tenant_id = ? and code = 'national-day'",
                tenant))
        .isZero();
    assertThat(
            Api.as(dispatcher())
                .get(path("patrol-plans/on-shift"))
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("group.code"))
        .isEmpty();
  }
}
