package org.tourismpolicing.referenceapp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tourismpolicing.referenceapp.support.Problems.assertInvalid;
import static org.tourismpolicing.referenceapp.support.Problems.assertProblem;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tourismpolicing.referenceapp.support.Api;
import org.tourismpolicing.referenceapp.support.Database;
import org.tourismpolicing.referenceapp.support.Fixtures;
import org.tourismpolicing.referenceapp.support.Json;
import org.tourismpolicing.referenceapp.support.TenantDocs;
import org.tourismpolicing.referenceapp.support.Tokens;

/**
 * Quick-response dispatch in the assembled app on MariaDB, on a tenant of its own (Dali's
 * geography, four motorcycle units in the south zone, every priority assigned automatically): the
 * whole flow, parallel intakes racing for fewer units than incidents, a kiosk walk-in becoming an
 * incident, and the refusals (tenant, role, bad input) that write nothing.
 */
class DispatchIT {

  private static final String DISPATCH_DOC =
      """
      {"priorities": [
         {"level": 1, "names": {"en": "Emergency"}, "autoAssign": true, "unitsRequired": 2},
         {"level": 2, "names": {"en": "Urgent"}, "autoAssign": true, "unitsRequired": 1},
         {"level": 3, "names": {"en": "Routine"}, "autoAssign": true, "unitsRequired": 1}],
       "units": [
         {"callSign": "S1", "mode": "motorcycle", "homeZone": "south", "officers": ["531171"]},
         {"callSign": "S2", "mode": "motorcycle", "homeZone": "south", "officers": ["531172"]},
         {"callSign": "S3", "mode": "motorcycle", "homeZone": "south", "officers": ["531173"]},
         {"callSign": "S4", "mode": "motorcycle", "homeZone": "south", "officers": ["531174"]}]}
      """;

  private static String tenant;

  @BeforeAll
  static void onboard() {
    tenant = TenantDocs.newTenantId("dispatch");
    TenantDocs.daliAs(tenant).firstKiosks(2).dispatch(DISPATCH_DOC).onboard(tenant);
  }

  @AfterAll
  static void forget() {
    TenantDocs.forgetOnboarded();
  }

  static String dispatcher() {
    return Fixtures.dispatcher(tenant);
  }

  static String path(String rest) {
    return "/api/" + tenant + "/dispatch/" + rest;
  }

  static Map<String, String> unitIds() {
    JsonPath units =
        Api.as(dispatcher()).get(path("units")).then().statusCode(200).extract().jsonPath();
    Map<String, String> ids = new java.util.TreeMap<>();
    for (Map<String, Object> u : units.<Map<String, Object>>getList("items")) {
      ids.put((String) u.get("callSign"), (String) u.get("id"));
    }
    return ids;
  }

  static void report(String token, String unitId, String state, int expected) {
    Fixtures.post(token, path("units/" + unitId + "/state"), Map.of("state", state))
        .then()
        .statusCode(expected);
  }

  static Response handOver(String key, String category) {
    return Api.as(Tokens.token("centre-110", tenant, "integration"))
        .header("Idempotency-Key", key)
        .contentType("application/json")
        .body(
            Json.of(
                "externalNumber",
                key,
                "category",
                category,
                "position",
                Map.of("lat", 25.6890, "lon", 100.1630),
                "description",
                "handed over by the 110 centre"))
        .post(path("intake/110"));
  }

  /** All units back on patrol near the South Gate, none busy. */
  static Map<String, String> allPatrolling() {
    Map<String, String> ids = unitIds();
    for (String id : ids.values()) {
      JsonPath u = Api.as(dispatcher()).get(path("units/" + id)).then().extract().jsonPath();
      switch (u.getString("state")) {
        case "off-duty" -> report(dispatcher(), id, "patrolling", 200);
        case "assigned" -> {
          report(dispatcher(), id, "en-route", 200);
          report(dispatcher(), id, "on-scene", 200);
          report(dispatcher(), id, "patrolling", 200);
        }
        case "en-route" -> {
          report(dispatcher(), id, "on-scene", 200);
          report(dispatcher(), id, "patrolling", 200);
        }
        case "on-scene", "clearing" -> report(dispatcher(), id, "patrolling", 200);
        default -> {}
      }
    }
    return ids;
  }

  @Test
  void intakeAutoAssignsTheNearestUnitWhichAcknowledgesArrivesClearsAndPatrolsAgain() {
    // cancel anything still waiting from another test, then everyone on patrol
    Database.update(
        "update dp_incident set status = 'CANCELLED' where tenant_id = ? and status = 'RECEIVED'",
        tenant);
    Map<String, String> units = allPatrolling();
    String s2 = units.get("S2");
    JsonPath statsBefore = statistics();
    long versionBefore =
        Api.as(dispatcher()).get(path("units/" + s2)).jsonPath().getLong("version");
    Fixtures.post(
            dispatcher(),
            path("units/" + s2 + "/positions"),
            Map.of("position", Map.of("lat", 25.6891, "lon", 100.1631)))
        .then()
        .statusCode(200)
        .body("stored", org.hamcrest.Matchers.equalTo(1));
    // a position is not an edit: the version an editor holds stays valid
    assertThat(Api.as(dispatcher()).get(path("units/" + s2)).jsonPath().getLong("version"))
        .isEqualTo(versionBefore);

    String key = "110-" + UUID.randomUUID();
    JsonPath incident = handOver(key, "theft").then().statusCode(201).extract().jsonPath();
    String id = incident.getString("id");
    assertThat(incident.getString("status")).isEqualTo("dispatched");
    JsonPath record =
        Api.as(dispatcher())
            .get(path("incidents/" + id))
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(record.getString("assignments[0].callSign")).isEqualTo("S2");
    assertThat(record.getInt("assignments[0].etaSeconds")).isLessThan(30);

    String officer = Tokens.token("531172", tenant, "officer");
    report(officer, s2, "en-route", 200);
    report(officer, s2, "on-scene", 200);
    Response outcome =
        Fixtures.put(
            officer,
            path("incidents/" + id + "/outcome"),
            Map.of(
                "peopleHelped",
                1,
                "peopleRescued",
                0,
                "dispute",
                "settled",
                "lossRecovered",
                Map.of("amount", "1500.00"),
                "version",
                Api.as(dispatcher())
                    .get(path("incidents/" + id))
                    .jsonPath()
                    .getLong("incident.version")));
    outcome.then().statusCode(200);
    report(officer, s2, "patrolling", 200);

    record = Api.as(dispatcher()).get(path("incidents/" + id)).then().extract().jsonPath();
    assertThat(record.getString("incident.status")).isEqualTo("cleared");
    assertThat(record.getLong("incident.outcome.lossRecovered.fen")).isEqualTo(150_000);
    assertThat(record.getList("timeline.step", String.class))
        .containsSubsequence("received", "dispatched", "acknowledged", "arrived", "cleared");
    assertThat(Api.as(dispatcher()).get(path("units/" + s2)).jsonPath().getString("state"))
        .isEqualTo("patrolling");
    assertThat(
            Database.count(
                "select count(*) from core_audit_record where tenant_id = ? and subject_id = ?",
                tenant,
                id))
        .isGreaterThanOrEqualTo(2);

    // the figures grow by exactly this incident: one theft, a dispute settled, 1,500 yuan back
    JsonPath stats = statistics();
    for (String figure :
        List.of("total.incidents", "groups.theft.incidents", "total.disputesSettled")) {
      assertThat(figure(stats, figure) - figure(statsBefore, figure)).as(figure).isEqualTo(1);
    }
    assertThat(
            figure(stats, "groups.theft.lossRecovered.fen")
                - figure(statsBefore, "groups.theft.lossRecovered.fen"))
        .isEqualTo(150_000);
    assertThat(figure(stats, "total.peopleHelped") - figure(statsBefore, "total.peopleHelped"))
        .isEqualTo(1);
    assertThat(stats.getString("total.callToDispatch.median")).isNotNull();
  }

  /** This tenant's figures by category (the tests of this class run one after the other). */
  private static JsonPath statistics() {
    return Api.as(Fixtures.leader(tenant))
        .get(path("statistics?groupBy=category"))
        .then()
        .statusCode(200)
        .extract()
        .jsonPath();
  }

  /** A count of the figures, 0 when the group is absent (nothing of it yet). */
  private static long figure(JsonPath stats, String name) {
    Object value = stats.get(name);
    return value == null ? 0 : ((Number) value).longValue();
  }

  @Test
  void aDispatcherReadsTheBoardSendsAndReleasesAUnitByHandAndCancelsTheIncident() {
    Database.update(
        "update dp_incident set status = 'CANCELLED' where tenant_id = ? and status = 'RECEIVED'",
        tenant);
    Map<String, String> units = allPatrolling();
    // the GPS gateway reports two units at once; each unit's position is the one reported
    Response batch =
        Fixtures.post(
            Tokens.token("gps-gateway", tenant, "integration"),
            path("positions"),
            Map.of(
                "positions",
                List.of(
                    Map.of(
                        "unitId",
                        units.get("S1"),
                        "position",
                        Map.of("lat", 25.6893, "lon", 100.1634)),
                    Map.of(
                        "unitId",
                        units.get("S3"),
                        "position",
                        Map.of("lat", 25.6921, "lon", 100.1598)))));
    assertThat(batch.statusCode()).as(batch.asString()).isEqualTo(200);
    assertThat(batch.jsonPath().getInt("received")).isEqualTo(2);
    assertThat(batch.jsonPath().getInt("stored")).isEqualTo(2);
    JsonPath s1 = Api.as(dispatcher()).get(path("units/" + units.get("S1"))).jsonPath();
    assertThat(s1.getDouble("position.lat")).isEqualTo(25.6893);
    assertThat(s1.getDouble("position.lon")).isEqualTo(100.1634);
    JsonPath s3 = Api.as(dispatcher()).get(path("units/" + units.get("S3"))).jsonPath();
    assertThat(s3.getDouble("position.lat")).isEqualTo(25.6921);
    assertThat(s3.getDouble("position.lon")).isEqualTo(100.1598);

    Response received = dutyRoomCall();
    assertThat(received.statusCode()).as(received.asString()).isEqualTo(201);
    String id = received.jsonPath().getString("id");
    JsonPath record = incidentRecord(id);
    List<String> autoUnits = activeUnits(record);
    assertThat(autoUnits).as("sent automatically").isNotEmpty();

    // the board: the incident open, every unit of the tenant, the sent ones busy with it
    JsonPath board =
        Api.as(dispatcher()).get(path("board")).then().statusCode(200).extract().jsonPath();
    assertThat(board.getList("openIncidents.id")).contains(id);
    assertThat(board.getList("units.callSign", String.class))
        .containsExactlyInAnyOrder("S1", "S2", "S3", "S4");
    for (String unit : autoUnits) {
      assertThat(board.getString("units.find { it.id == '" + unit + "' }.incidentId"))
          .isEqualTo(id);
    }

    // the recommendations: only units still on patrol, the soonest first
    JsonPath recommended =
        Api.as(dispatcher())
            .get(path("incidents/" + id + "/recommendations"))
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    List<String> free = new ArrayList<>(units.values());
    free.removeAll(autoUnits);
    assertThat(recommended.getList("unitId", String.class))
        .containsExactlyInAnyOrderElementsOf(free);
    assertThat(recommended.getList("scoreSeconds", Integer.class)).as("best first").isSorted();
    String chosen = recommended.getString("[0].unitId");

    // the dispatcher sends one more unit by hand
    Response assigned =
        Fixtures.post(
            dispatcher(), path("incidents/" + id + "/assignments"), Map.of("unitId", chosen));
    assertThat(assigned.statusCode()).as(assigned.asString()).isEqualTo(201);
    record = incidentRecord(id);
    String manual = record.getString("assignments.find { it.unitId == '" + chosen + "' }.id");
    assertThat(record.getBoolean("assignments.find { it.id == '" + manual + "' }.automatic"))
        .isFalse();
    assertThat(record.getString("assignments.find { it.id == '" + manual + "' }.assignedBy"))
        .isEqualTo("it-dispatcher");
    assertThat(activeUnits(record)).containsExactlyInAnyOrderElementsOf(concat(autoUnits, chosen));
    assertThat(unitState(chosen)).isEqualTo("assigned");

    // and takes it off again before it arrived: it patrols again, the others stay
    Response released =
        Fixtures.post(
            dispatcher(),
            path("incidents/" + id + "/assignments/" + manual + "/release"),
            Map.of("reason", "needed at the North Gate"));
    assertThat(released.statusCode()).as(released.asString()).isEqualTo(200);
    record = incidentRecord(id);
    assertThat(record.getString("assignments.find { it.id == '" + manual + "' }.status"))
        .isEqualTo("released");
    assertThat(record.getString("assignments.find { it.id == '" + manual + "' }.endedAt"))
        .isNotNull();
    assertThat(activeUnits(record)).containsExactlyInAnyOrderElementsOf(autoUnits);
    assertThat(unitState(chosen)).isEqualTo("patrolling");

    // the incident turns out to be a false alarm: cancelled, its units back on patrol
    Response cancelled =
        Fixtures.post(dispatcher(), path("incidents/" + id + "/cancel"), Map.of("reason", "hoax"));
    assertThat(cancelled.statusCode()).as(cancelled.asString()).isEqualTo(200);
    record = incidentRecord(id);
    assertThat(record.getString("incident.status")).isEqualTo("cancelled");
    assertThat(activeUnits(record)).isEmpty();
    for (String unit : autoUnits) {
      assertThat(unitState(unit)).isEqualTo("patrolling");
    }
    assertThat(
            Api.as(dispatcher())
                .get(path("board"))
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("openIncidents.id"))
        .doesNotContain(id);
    assertProblem(
        Fixtures.post(dispatcher(), path("incidents/" + id + "/cancel"), Map.of("reason", "again")),
        409,
        "conflict");
  }

  /** A lost property reported to the duty room, near the South Gate. */
  private static Response dutyRoomCall() {
    return Fixtures.post(
        dispatcher(),
        path("incidents"),
        Map.of(
            "source",
            "duty-room",
            "category",
            "lost-property",
            "position",
            Map.of("lat", 25.6890, "lon", 100.1630)));
  }

  private static JsonPath incidentRecord(String id) {
    return Api.as(dispatcher())
        .get(path("incidents/" + id))
        .then()
        .statusCode(200)
        .extract()
        .jsonPath();
  }

  /** The units of the assignments still running (not released, completed or timed out). */
  private static List<String> activeUnits(JsonPath record) {
    List<String> active = new ArrayList<>();
    List<Map<String, Object>> assignments = record.getList("assignments");
    for (Map<String, Object> a : assignments) {
      if (a.get("endedAt") == null) {
        active.add((String) a.get("unitId"));
      }
    }
    return active;
  }

  private static String unitState(String unitId) {
    return Api.as(dispatcher()).get(path("units/" + unitId)).jsonPath().getString("state");
  }

  private static List<String> concat(List<String> list, String one) {
    List<String> all = new ArrayList<>(list);
    all.add(one);
    return all;
  }

  @Test
  void parallelIntakesNeverGiveAUnitTwoIncidentsAndTheRestWaitForTheFirstToClear()
      throws Exception {
    Database.update(
        "update dp_incident set status = 'CANCELLED' where tenant_id = ? and status = 'RECEIVED'",
        tenant);
    Map<String, String> units = allPatrolling();
    int incidents = 12;
    ExecutorService pool = Executors.newFixedThreadPool(incidents);
    List<Future<Response>> answers = new ArrayList<>();
    try {
      for (int i = 0; i < incidents; i++) {
        String key = "110-race-" + UUID.randomUUID();
        answers.add(pool.submit((Callable<Response>) () -> handOver(key, "theft")));
      }
      List<String> ids = new ArrayList<>();
      for (Future<Response> f : answers) {
        Response r = f.get();
        assertThat(r.statusCode()).as(r.asString()).isEqualTo(201);
        ids.add(r.jsonPath().getString("id"));
      }
      // every unit is on at most one active assignment, and all four are busy
      assertThat(
              Database.count(
                  "select count(*) from (select unit_id from dp_assignment where tenant_id = ?"
                      + " and active_unit_id is not null group by unit_id having count(*) > 1) x",
                  tenant))
          .isZero();
      assertThat(
              Database.count(
                  "select count(*) from dp_assignment where tenant_id = ? and active_unit_id is not"
                      + " null and incident_id in ("
                      + String.join(",", ids.stream().map(x -> "'" + x + "'").toList())
                      + ")",
                  tenant))
          .isEqualTo(units.size());
      long waiting =
          Database.count(
              "select count(*) from dp_incident where tenant_id = ? and status = 'RECEIVED'",
              tenant);
      assertThat(waiting).isEqualTo(incidents - units.size());

      // one unit clears: the oldest waiting incident gets it at once
      String busy = units.values().iterator().next();
      report(dispatcher(), busy, "en-route", 200);
      report(dispatcher(), busy, "on-scene", 200);
      report(dispatcher(), busy, "patrolling", 200);
      assertThat(Api.as(dispatcher()).get(path("units/" + busy)).jsonPath().getString("state"))
          .isEqualTo("assigned");
      assertThat(
              Database.count(
                  "select count(*) from dp_incident where tenant_id = ? and status = 'RECEIVED'",
                  tenant))
          .isEqualTo(waiting - 1);
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void aDisputeReferredToMediationOpensOneCaseInTheMediationRoom() {
    Database.update(
        "update dp_incident set status = 'CANCELLED' where tenant_id = ? and status = 'RECEIVED'",
        tenant);
    Map<String, String> units = allPatrolling();
    String id =
        handOver("110-dispute-" + UUID.randomUUID(), "dispute")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    JsonPath record = Api.as(dispatcher()).get(path("incidents/" + id)).jsonPath();
    String unit = record.getString("assignments[0].unitId");
    assertThat(units).containsValue(unit);
    report(dispatcher(), unit, "en-route", 200);
    report(dispatcher(), unit, "on-scene", 200);
    Map<String, Object> outcome =
        Map.of(
            "peopleHelped",
            2,
            "peopleRescued",
            0,
            "dispute",
            "referred-to-mediation",
            "summary",
            "Tourist and inn owner disagree about a refund");
    long version =
        Api.as(dispatcher()).get(path("incidents/" + id)).jsonPath().getLong("incident.version");
    Map<String, Object> body = new java.util.HashMap<>(outcome);
    body.put("version", version);
    Fixtures.put(dispatcher(), path("incidents/" + id + "/outcome"), body).then().statusCode(200);
    // recording the same referral again (a corrected count) opens nothing more
    body.put("peopleHelped", 3);
    body.put(
        "version",
        Api.as(dispatcher()).get(path("incidents/" + id)).jsonPath().getLong("incident.version"));
    Fixtures.put(dispatcher(), path("incidents/" + id + "/outcome"), body).then().statusCode(200);

    assertThat(
            Database.countOnceDelivered(
                1,
                "select count(*) from mediation_case where tenant_id = ?"
                    + " and source = 'INCIDENT_REFERRAL' and dedup_key like ?",
                tenant,
                "%" + id + "%"))
        .isEqualTo(1);
    report(dispatcher(), unit, "patrolling", 200);
  }

  @Test
  void anEmergencyGetsTwoUnitsAtOnce() {
    Database.update(
        "update dp_incident set status = 'CANCELLED' where tenant_id = ? and status = 'RECEIVED'",
        tenant);
    allPatrolling();
    String id =
        handOver("110-robbery-" + UUID.randomUUID(), "robbery")
            .then()
            .statusCode(201)
            .extract()
            .path("id");

    JsonPath record = Api.as(dispatcher()).get(path("incidents/" + id)).jsonPath();
    assertThat(record.getInt("incident.priority")).isEqualTo(1);
    assertThat(record.getInt("incident.unitsRequired")).isEqualTo(2);
    assertThat(record.getInt("incident.unitsActive")).isEqualTo(2);
    assertThat(record.getList("assignments.unitId", String.class))
        .hasSize(2)
        .doesNotHaveDuplicates();
    assertThat(record.getList("assignments.status", String.class)).containsOnly("assigned");
  }

  @Test
  void aRetryOfThe110HandOverNeverMakesASecondIncident() {
    String key = "110-retry-" + UUID.randomUUID();
    String first = handOver(key, "other").then().statusCode(201).extract().path("id");
    Response again = handOver(key, "other");
    again.then().statusCode(201).header("Idempotent-Replayed", "true");
    assertThat(again.jsonPath().getString("id")).isEqualTo(first);
    assertThat(
            Database.count(
                "select count(*) from dp_incident where tenant_id = ? and external_number = ?",
                tenant,
                key))
        .isEqualTo(1);
    // the same key with another body is refused
    assertProblem(handOver(key, "theft"), 422, "idempotency-key-reused");
  }

  @Test
  void refusalsWriteNothing() {
    long before = Database.count("select count(*) from dp_incident where tenant_id = ?", tenant);
    // no token, wrong role, another tenant's incident, bad body
    Api.anonymous().get(path("incidents")).then().statusCode(401);
    assertProblem(
        Fixtures.post(
            Fixtures.officer(tenant),
            path("intake/110"),
            Map.of("externalNumber", "x", "category", "fight")),
        403,
        "forbidden");
    String daliIncident =
        Database.string("select id from dp_incident where tenant_id <> ? limit 1", tenant);
    if (daliIncident != null) {
      Api.as(dispatcher()).get(path("incidents/" + daliIncident)).then().statusCode(404);
    }
    Api.as(dispatcher()).get(path("incidents/" + UUID.randomUUID())).then().statusCode(404);
    assertInvalid(
        Api.as(Tokens.token("centre-110", tenant, "integration"))
            .header("Idempotency-Key", "110-bad")
            .contentType("application/json")
            .body(
                Json.of(
                    "externalNumber", "110-bad",
                    "category", "no-such-category",
                    "position", Map.of("lat", 95.0, "lon", 100.16)))
            .post(path("intake/110")),
        "position.lat");
    assertInvalid(
        Fixtures.post(
            dispatcher(),
            path("incidents"),
            Map.of(
                "source", "duty-room",
                "category", "no-such-category",
                "position", Map.of("lat", 25.689, "lon", 100.163))),
        "category");
    report(dispatcher(), unitIds().get("S1"), "flying", 400);
    assertThat(Database.count("select count(*) from dp_incident where tenant_id = ?", tenant))
        .isEqualTo(before);
  }

  @Test
  void aKioskWalkInNeedingPoliceBecomesAnIncidentOfTheKiosk() {
    String kiosk = Fixtures.kioskId(tenant, "south-gate");
    Fixtures.post(
            Fixtures.officer(tenant),
            Fixtures.walkInsPath(tenant, kiosk),
            Fixtures.walkIn("find-person", "police-action", null))
        .then()
        .statusCode(201);
    assertThat(
            Database.countOnceDelivered(
                1,
                "select count(*) from dp_incident where tenant_id = ? and source = 'KIOSK_WALK_IN'"
                    + " and kiosk_id = ? and category = 'lost-person'",
                tenant,
                kiosk))
        .isEqualTo(1);
  }
}
