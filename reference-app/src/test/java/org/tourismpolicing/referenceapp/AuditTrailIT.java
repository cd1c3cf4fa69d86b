package org.tourismpolicing.referenceapp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tourismpolicing.referenceapp.support.Fixtures.DALI;
import static org.tourismpolicing.referenceapp.support.Fixtures.admin;
import static org.tourismpolicing.referenceapp.support.Fixtures.createKiosk;
import static org.tourismpolicing.referenceapp.support.Fixtures.kioskPath;
import static org.tourismpolicing.referenceapp.support.Fixtures.leader;
import static org.tourismpolicing.referenceapp.support.Fixtures.post;
import static org.tourismpolicing.referenceapp.support.Fixtures.put;
import static org.tourismpolicing.referenceapp.support.Problems.assertInvalid;
import static org.tourismpolicing.referenceapp.support.Problems.assertProblem;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.tourismpolicing.referenceapp.support.Api;
import org.tourismpolicing.referenceapp.support.Database;
import org.tourismpolicing.referenceapp.support.Fixtures;
import org.tourismpolicing.referenceapp.support.Json;
import org.tourismpolicing.referenceapp.support.TenantDocs;
import org.tourismpolicing.referenceapp.support.Tokens;
import tools.jackson.databind.JsonNode;

/**
 * The tamper-evident audit trail: every state change is recorded (who, what, before/after), the
 * records are hash-chained per tenant, there is no way to change them through the API, and an edit
 * or deletion made in the database behind the application's back is found by the verification.
 * Tampering happens only in tenants onboarded for it, never in the sample tenants.
 */
class AuditTrailIT {

  @AfterAll
  static void forgetTheTenantsOnboardedHere() {
    TenantDocs.forgetOnboarded();
  }

  private static String records(String tenant) {
    return "/api/" + tenant + "/audit/records";
  }

  private static String verification(String tenant) {
    return "/api/" + tenant + "/audit/verification";
  }

  private static JsonPath get(String token, String path) {
    Response r = Api.as(token).get(path);
    assertThat(r.statusCode()).as(r.asString()).isEqualTo(200);
    return r.jsonPath();
  }

  private static JsonPath verify(String tenant) {
    return get(admin(tenant), verification(tenant));
  }

  private static long stored(String tenant) {
    return Database.count("select count(*) from core_audit_record where tenant_id = ?", tenant);
  }

  /** A small tenant of its own, whose chain a test may break. */
  private static String tenantToTamperWith(String prefix) {
    String id = TenantDocs.newTenantId(prefix);
    TenantDocs.daliAs(id).firstKiosks(2).onboard(id);
    String kiosk = Fixtures.kioskId(id, "south-gate");
    for (String status : List.of("suspended", "open", "closed")) {
      Response r =
          put(
              leader(id),
              kioskPath(id, kiosk) + "/status",
              Json.map(
                  "version",
                  Fixtures.version(id, kiosk),
                  "status",
                  status,
                  "reason",
                  "audit test"));
      assertThat(r.statusCode()).as(r.asString()).isEqualTo(200);
    }
    return id;
  }

  @Test
  void everyStateChangeOfAKioskIsRecordedWithActorBeforeAndAfter() {
    String kiosk = createKiosk(DALI, "audit");
    long version = Fixtures.version(DALI, kiosk);
    put(
        leader(DALI),
        kioskPath(DALI, kiosk) + "/status",
        Json.map("version", version, "status", "suspended", "reason", "Storm"));
    post(
        Fixtures.officer(DALI),
        kioskPath(DALI, kiosk) + "/amenities/umbrella/adjustments",
        Json.map("delta", -2, "reason", "lent"));
    put(
        leader(DALI),
        kioskPath(DALI, kiosk) + "/duty/" + Fixtures.freshDate() + "/day",
        Json.map("badges", List.of("531109")));

    JsonPath trail = get(admin(DALI), records(DALI) + "?subjectType=kiosk&subjectId=" + kiosk);

    assertThat(trail.getList("items.action"))
        .containsExactly(
            "kiosk.created", "kiosk.status-changed", "amenity.stock-adjusted", "duty.assigned");
    assertThat(trail.getList("items.actor"))
        .containsExactly(
            "it-station-leader", "it-station-leader", "it-officer", "it-station-leader");
    assertThat(trail.getList("items.subjectId")).containsOnly(kiosk);
    assertThat(trail.getString("items[0].before")).isNull();
    JsonNode created = Json.parse(trail.getString("items[0].after"));
    assertThat(created.get("code").asString()).startsWith("it-audit-");
    assertThat(created.get("status").asString()).isEqualTo("open");
    assertThat(Json.parse(trail.getString("items[1].before")).get("status").asString())
        .isEqualTo("open");
    JsonNode suspended = Json.parse(trail.getString("items[1].after"));
    assertThat(suspended.get("status").asString()).isEqualTo("suspended");
    assertThat(suspended.get("statusReason").asString()).isEqualTo("Storm");
    assertThat(Json.parse(trail.getString("items[2].before")).get("stock").asInt()).isEqualTo(5);
    JsonNode lent = Json.parse(trail.getString("items[2].after"));
    assertThat(lent.get("stock").asInt()).isEqualTo(3);
    assertThat(lent.get("reason").asString()).isEqualTo("lent");
    assertThat(trail.getString("items[3].after")).contains("531109");
  }

  @Test
  void aLoggedWalkInIsRecorded() {
    String kiosk = createKiosk(DALI, "audit-walkin");
    Response walkIn =
        post(
            Fixtures.officer(DALI),
            Fixtures.walkInsPath(DALI, kiosk),
            Fixtures.walkIn("ask-way", "resolved", "2026-03-01T02:00:00Z"));
    assertThat(walkIn.statusCode()).as(walkIn.asString()).isEqualTo(201);

    JsonPath logged =
        get(
            Fixtures.token(DALI, "station-leader"),
            records(DALI) + "?subjectType=walk-in&subjectId=" + walkIn.jsonPath().getString("id"));
    assertThat(logged.getList("items.action")).containsExactly("walk-in.logged");
    assertThat(logged.getList("items.actor")).containsExactly("it-officer");
    assertThat(logged.getString("items[0].after")).contains("ask-way").contains("resolved");
  }

  @Test
  void recordsAreChainedOldestFirstAndPagedByAfterSeq() {
    createKiosk(DALI, "chain");
    createKiosk(DALI, "chain");
    long last = Database.count("select max(seq) from core_audit_record where tenant_id = ?", DALI);
    long from = last - 6;

    JsonPath first = get(admin(DALI), records(DALI) + "?afterSeq=" + from + "&limit=3");
    assertThat(first.getList("items.seq", Long.class))
        .containsExactly(from + 1, from + 2, from + 3);
    assertThat(first.getLong("nextAfterSeq")).isEqualTo(from + 3);
    JsonPath second =
        get(admin(DALI), records(DALI) + "?afterSeq=" + first.getLong("nextAfterSeq") + "&limit=3");
    assertThat(second.getList("items.seq", Long.class))
        .containsExactly(from + 4, from + 5, from + 6);
    assertThat(second.getString("nextAfterSeq")).as("last page").isNull();

    List<String> hashes = first.getList("items.hash");
    List<String> previous = first.getList("items.prevHash");
    assertThat(previous.get(1)).isEqualTo(hashes.get(0));
    assertThat(previous.get(2)).isEqualTo(hashes.get(1));
    assertThat(second.getString("items[0].prevHash")).isEqualTo(hashes.get(2));
    assertThat(hashes).allMatch(h -> h.matches("[0-9a-f]{64}"));
  }

  @Test
  void badPagingParametersNameTheirField() {
    assertInvalid(Api.as(admin(DALI)).get(records(DALI) + "?afterSeq=-1"), "afterSeq");
    assertInvalid(Api.as(admin(DALI)).get(records(DALI) + "?limit=0"), "limit");
    assertInvalid(Api.as(admin(DALI)).get(records(DALI) + "?limit=501"), "limit");
  }

  @Test
  void theSampleTenantsChainsAreIntact() {
    for (String tenant : List.of(DALI, Fixtures.LIJIANG)) {
      JsonPath v = verify(tenant);
      assertThat(v.getBoolean("intact")).as("%s: %s", tenant, v.prettify()).isTrue();
      assertThat(v.getLong("recordsChecked")).isEqualTo(stored(tenant));
      assertThat(v.getString("firstBadSeq")).isNull();
      assertThat(v.getString("reason")).isNull();
    }
  }

  @Test
  void thereIsNoWayToChangeTheTrailThroughTheApi() {
    long before = stored(DALI);
    String token = Tokens.token("it-admin", List.of(DALI), "tenant-admin", "platform-admin");
    String body = Json.of("action", "kiosk.created", "subjectType", "kiosk", "subjectId", "x");

    assertProblem(
        Api.as(token).contentType("application/json").body(body).post(records(DALI)),
        405,
        "method-not-allowed");
    assertProblem(
        Api.as(token).contentType("application/json").body(body).put(records(DALI) + "/1"),
        404,
        "not-found");
    assertProblem(Api.as(token).delete(records(DALI)), 405, "method-not-allowed");
    assertProblem(Api.as(token).delete(records(DALI) + "/1"), 404, "not-found");

    assertThat(stored(DALI)).isEqualTo(before);
    assertThat(verify(DALI).getBoolean("intact")).isTrue();
  }

  @Test
  void anOnboardedTenantStartsItsOwnChainWithItsImport() {
    String id = TenantDocs.newTenantId("chain");
    TenantDocs.daliAs(id).firstKiosks(2).onboard(id);

    JsonPath trail = get(Tokens.platformAdmin(), records(id));

    assertThat(trail.getList("items.seq", Long.class)).containsExactly(1L, 2L, 3L);
    assertThat(trail.getList("items.action"))
        .containsExactly("kiosk.imported", "kiosk.imported", "tenant.onboarded");
    assertThat(trail.getString("items[0].prevHash")).isEqualTo("0".repeat(64));
    assertThat(trail.getString("items[2].actor")).isEqualTo("platform-admin-test");
    assertThat(verify(id).getBoolean("intact")).isTrue();
    assertThat(verify(id).getLong("recordsChecked")).isEqualTo(3);
  }

  @Test
  void anEditedRecordIsFoundByTheVerification() {
    String id = tenantToTamperWith("edit");
    JsonPath intact = verify(id);
    assertThat(intact.getBoolean("intact")).isTrue();
    long records = intact.getLong("recordsChecked");
    assertThat(records).isEqualTo(stored(id)).isGreaterThanOrEqualTo(5);

    int changed =
        Database.update(
            "update core_audit_record set after_state = ? where tenant_id = ? and seq = ?",
            "{\"status\":\"open\",\"reason\":\"nothing happened\"}",
            id,
            4);
    assertThat(changed).isEqualTo(1);

    JsonPath broken = verify(id);
    assertThat(broken.getBoolean("intact")).isFalse();
    assertThat(broken.getLong("firstBadSeq")).isEqualTo(4);
    assertThat(broken.getLong("recordsChecked")).isEqualTo(3);
    assertThat(broken.getString("reason")).contains("altered");
    assertThat(verify(DALI).getBoolean("intact")).as("other tenants are unaffected").isTrue();
  }

  @Test
  void anEditedActorIsFoundToo() {
    String id = tenantToTamperWith("actor");
    Database.update(
        "update core_audit_record set actor = ? where tenant_id = ? and seq = ?",
        "someone-else",
        id,
        5);

    JsonPath broken = verify(id);
    assertThat(broken.getBoolean("intact")).isFalse();
    assertThat(broken.getLong("firstBadSeq")).isEqualTo(5);
  }

  @Test
  void deletingTheLastRecordIsFound() {
    String id = tenantToTamperWith("tail");
    long last = Database.count("select max(seq) from core_audit_record where tenant_id = ?", id);

    assertThat(
            Database.update(
                "delete from core_audit_record where tenant_id = ? and seq = ?", id, last))
        .isEqualTo(1);

    JsonPath broken = verify(id);
    assertThat(broken.getBoolean("intact")).isFalse();
    assertThat(broken.getLong("firstBadSeq")).isEqualTo(last);
    assertThat(broken.getString("reason")).contains("deleted");
  }

  @Test
  void deletingARecordInTheMiddleIsFound() {
    String id = tenantToTamperWith("gap");

    Database.update("delete from core_audit_record where tenant_id = ? and seq = ?", id, 3);

    JsonPath broken = verify(id);
    assertThat(broken.getBoolean("intact")).isFalse();
    assertThat(broken.getLong("firstBadSeq")).isEqualTo(3);
    assertThat(broken.getString("reason")).contains("missing");
  }
}
