package org.tourismpolicing.referenceapp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tourismpolicing.referenceapp.support.Fixtures.DALI;
import static org.tourismpolicing.referenceapp.support.Fixtures.kioskId;
import static org.tourismpolicing.referenceapp.support.Fixtures.kioskPath;
import static org.tourismpolicing.referenceapp.support.Fixtures.kiosksPath;
import static org.tourismpolicing.referenceapp.support.Fixtures.leader;
import static org.tourismpolicing.referenceapp.support.Fixtures.post;
import static org.tourismpolicing.referenceapp.support.Fixtures.put;
import static org.tourismpolicing.referenceapp.support.Problems.assertInvalid;
import static org.tourismpolicing.referenceapp.support.Problems.assertProblem;
import static org.tourismpolicing.referenceapp.support.Problems.fields;
import static org.tourismpolicing.referenceapp.support.Problems.messageOf;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.tourismpolicing.referenceapp.support.Api;
import org.tourismpolicing.referenceapp.support.Fixtures;
import org.tourismpolicing.referenceapp.support.Json;
import org.tourismpolicing.referenceapp.support.Rows;
import org.tourismpolicing.referenceapp.support.TenantDocs;
import org.tourismpolicing.referenceapp.support.Tokens;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Onboarding a jurisdiction at runtime through {@code PUT /api/platform/tenants/{id}}: served at
 * once without a restart, updated by a second PUT, refused whole (every problem named as a field
 * pointer into the body) when its documents are wrong, and only checked with {@code dryRun}.
 */
class TenantOnboardingIT {

  @AfterAll
  static void forgetTheTenantsOnboardedHere() {
    TenantDocs.forgetOnboarded();
  }

  private static Response putRaw(String id, String body) {
    return Api.as(Tokens.platformAdmin())
        .contentType("application/json")
        .body(body)
        .put(TenantDocs.path(id));
  }

  private static void assertNotCreated(String id) {
    Rows.assertNothingStored(id);
    assertProblem(Api.as(Tokens.platformAdmin()).get(TenantDocs.path(id)), 404, "not-found");
    assertProblem(Api.anonymous().get("/api/" + id + "/tenant"), 404, "tenant-not-found");
  }

  @Test
  void anOnboardedTenantIsServedAtOnce() {
    String id = TenantDocs.newTenantId("new");
    TenantDocs docs = TenantDocs.daliAs(id).openAllDay();
    docs.tenant().putObject("names").put("zh-CN", "测试派出所").put("en", "Test Station");

    Response r = docs.put(id);

    assertThat(r.statusCode()).as(r.asString()).isEqualTo(201);
    assertThat(r.header("Location")).isEqualTo(Api.baseUrl() + TenantDocs.path(id));
    assertThat(r.jsonPath().getString("id")).isEqualTo(id);
    assertThat(r.jsonPath().getString("state")).isEqualTo("served");
    assertThat(r.jsonPath().getString("revision")).matches("[0-9a-f]{64}");
    assertThat(r.jsonPath().getString("appliedBy")).isEqualTo("platform-admin-test");
    // the answer names the documents it applied
    assertThat(r.jsonPath().getList("documents", String.class))
        .containsExactlyInAnyOrder("tenant", "kiosk-registry");

    // public endpoints, no token
    Response profile = Api.anonymous().get("/api/" + id + "/tenant");
    assertThat(profile.statusCode()).isEqualTo(200);
    assertThat(profile.jsonPath().getString("names.en")).isEqualTo("Test Station");
    assertThat(profile.jsonPath().getString("timeZone")).isEqualTo("Asia/Shanghai");
    assertThat(Api.anonymous().get("/api/" + id + "/zones").jsonPath().getList("code"))
        .containsExactly("north", "south");
    Response open = Api.anonymous().get("/api/" + id + "/kiosk-registry/public/kiosks/open-now");
    assertThat(open.statusCode()).isEqualTo(200);
    assertThat(open.jsonPath().getList("code")).hasSize(8).contains("south-gate", "erhai-gate");

    // staff endpoints, with a token for the new tenant
    Response kiosks = Api.as(leader(id)).get(kiosksPath(id));
    assertThat(kiosks.statusCode()).as(kiosks.asString()).isEqualTo(200);
    assertThat(kiosks.jsonPath().getList("items.code")).hasSize(8);
    String southGate = kioskId(id, "south-gate");
    assertThat(southGate).as("its own rows").isNotEqualTo(kioskId(DALI, "south-gate"));
    Response walkIn =
        post(
            Fixtures.officer(id),
            Fixtures.walkInsPath(id, southGate),
            Fixtures.walkIn("ask-way", "resolved", "2026-03-01T02:00:00Z"));
    assertThat(walkIn.statusCode()).as(walkIn.asString()).isEqualTo(201);
    Response officers = Api.as(Fixtures.dispatcher(id)).get("/api/" + id + "/officers");
    assertThat(officers.jsonPath().getList("badgeNumber")).contains("531101");

    // the platform lists it and gives its documents back
    Response listed = Api.as(Tokens.platformAdmin()).get("/api/platform/tenants");
    assertThat(listed.jsonPath().getString("find { it.id == '" + id + "' }.state"))
        .isEqualTo("served");
    Response stored = Api.as(Tokens.platformAdmin()).get(TenantDocs.path(id));
    assertThat(stored.statusCode()).isEqualTo(200);
    assertThat(stored.jsonPath().getString("tenant.id")).isEqualTo(id);
    assertThat(stored.jsonPath().getList("modules.kiosk-registry.kiosks")).hasSize(8);
    assertThat(stored.header("ETag")).contains(r.jsonPath().getString("revision"));
  }

  @Test
  void aTokenForAnotherTenantIsNotEntitledToTheNewOne() {
    String id = TenantDocs.newTenantId("entitled");
    TenantDocs.daliAs(id).firstKiosks(1).onboard(id);

    assertProblem(Api.as(leader(DALI)).get(kiosksPath(id)), 403, "tenant-not-entitled");
    assertProblem(
        Api.as(leader(DALI)).get(kioskPath(id, kioskId(DALI, "south-gate"))),
        403,
        "tenant-not-entitled");
    assertProblem(
        Api.as(leader(id)).get(kioskPath(id, kioskId(DALI, "south-gate"))), 404, "not-found");
    assertThat(Api.as(Tokens.platformAdmin()).get("/api/" + id + "/audit/records").statusCode())
        .as("a platform admin is entitled to every tenant")
        .isEqualTo(200);
  }

  @Test
  void aSecondPutUpdatesTheTenantAndKeepsWhatHappenedOnTheGround() {
    String id = TenantDocs.newTenantId("update");
    TenantDocs docs = TenantDocs.daliAs(id).firstKiosks(2);
    String firstRevision = docs.put(id).jsonPath().getString("revision");
    String southGate = kioskId(id, "south-gate");
    put(
        leader(id),
        kioskPath(id, southGate) + "/status",
        Json.map(
            "version", Fixtures.version(id, southGate), "status", "closed", "reason", "Repairs"));
    post(
        leader(id),
        kioskPath(id, southGate) + "/amenities/umbrella/adjustments",
        Json.map("delta", -4));

    docs.kiosk("south-gate").putObject("names").put("zh-CN", "南门新亭").put("en", "New South Gate");
    ObjectNode added = docs.kiosk("wuhua-tower").deepCopy();
    added.put("code", "wuhua-tower-east");
    added.remove("roster");
    docs.kiosks().add(added);
    Response r = docs.put(id);

    assertThat(r.statusCode()).as(r.asString()).isEqualTo(200);
    assertThat(r.header("Location")).isNull();
    assertThat(r.jsonPath().getString("revision")).isNotEqualTo(firstRevision);
    JsonPath kiosk = Fixtures.getKiosk(id, southGate).jsonPath();
    assertThat(kiosk.getString("names.en")).isEqualTo("New South Gate");
    assertThat(kiosk.getString("status")).as("live status is kept").isEqualTo("closed");
    assertThat(kiosk.getInt("amenities.find { it.kind == 'umbrella' }.stock"))
        .as("live stock is kept")
        .isEqualTo(26);
    assertThat(Api.as(leader(id)).get(kiosksPath(id)).jsonPath().getList("items.code"))
        .containsExactly("south-gate", "wuhua-tower", "wuhua-tower-east");
    assertThat(
            Api.as(Tokens.platformAdmin())
                .get("/api/" + id + "/audit/records?subjectType=tenant")
                .jsonPath()
                .getList("items.action"))
        .containsExactly("tenant.onboarded", "tenant.updated");
  }

  @Test
  void schemaProblemsOfEveryDocumentAreListedAndNothingIsCreated() {
    String id = TenantDocs.newTenantId("schema");
    TenantDocs docs = TenantDocs.daliAs(id);
    ArrayNode ring =
        (ArrayNode) docs.tenant().get("zones").get(0).get("polygon").get("coordinates").get(0);
    while (ring.size() > 3) {
      ring.remove(ring.size() - 1);
    }
    docs.tenant().putArray("languages");
    docs.kiosk("south-gate").put("type", "booth");

    JsonPath p =
        assertInvalid(
            docs.put(id),
            "/tenant/zones/0/polygon/coordinates/0",
            "/tenant/languages",
            "/modules/kiosk-registry/kiosks/0/type");
    assertThat(p.getList("errors.code")).containsOnly("tenant-config.problem");
    assertThat(messageOf(p, "/tenant/languages")).isNotBlank();

    assertNotCreated(id);
  }

  @Test
  void geometryAndReferenceProblemsOfTheCoreDocumentAreListed() {
    String id = TenantDocs.newTenantId("core");
    TenantDocs docs = TenantDocs.daliAs(id);
    ArrayNode ring =
        (ArrayNode) docs.tenant().get("zones").get(0).get("polygon").get("coordinates").get(0);
    ring.set(ring.size() - 1, Json.parse("[100.1500, 25.6950]"));
    docs.tenant().put("timeZone", "Mars/Olympus_Mons");
    ((ObjectNode) docs.tenant().get("officers").get(1)).put("badge", "531101");

    JsonPath p =
        assertInvalid(
            docs.put(id),
            "/tenant/zones/0/polygon/coordinates/0",
            "/tenant/timeZone",
            "/tenant/officers/1/badge");
    assertThat(messageOf(p, "/tenant/zones/0/polygon/coordinates/0")).contains("not closed");
    assertThat(messageOf(p, "/tenant/timeZone")).contains("Mars/Olympus_Mons");

    assertNotCreated(id);
  }

  @Test
  void problemsOfTheKioskRegistryDocumentAreListed() {
    String id = TenantDocs.newTenantId("kiosks");
    TenantDocs docs = TenantDocs.daliAs(id);
    docs.kiosk("south-gate").put("openingHours", "Mo-Fr 9-17");
    ((ArrayNode) docs.kiosk("wuhua-tower").get("roster").get("day"))
        .set(0, Json.parse("\"999999\""));
    docs.kiosk("west-gate").putObject("position").put("lat", 25.6500).put("lon", 100.1600);
    docs.kiosk("west-gate").remove("zone");
    docs.kiosk("yangren-street").put("zone", "north");

    JsonPath p =
        assertInvalid(
            docs.put(id),
            "/modules/kiosk-registry/kiosks/0/openingHours",
            "/modules/kiosk-registry/kiosks/1/roster/day",
            "/modules/kiosk-registry/kiosks/2/position",
            "/modules/kiosk-registry/kiosks/3/zone");
    assertThat(fields(p)).hasSize(4);
    assertThat(messageOf(p, "/modules/kiosk-registry/kiosks/1/roster/day")).contains("999999");

    assertNotCreated(id);
  }

  @Test
  void theDocumentIdMustBeThePathId() {
    String id = TenantDocs.newTenantId("mismatch");
    TenantDocs docs = TenantDocs.daliAs(TenantDocs.newTenantId("other"));

    assertInvalid(docs.put(id), "/tenant/id");
    assertNotCreated(id);
  }

  @Test
  void aRefusedUpdateLeavesTheServedTenantAsItWas() {
    String id = TenantDocs.newTenantId("keep");
    TenantDocs docs = TenantDocs.daliAs(id).firstKiosks(2);
    String revision = docs.put(id).jsonPath().getString("revision");
    Rows before = Rows.of(id);

    docs.kiosk("south-gate").put("openingHours", "sometimes");
    docs.kiosk("wuhua-tower").putObject("names").put("en", "Should not appear");
    assertInvalid(docs.put(id), "/modules/kiosk-registry/kiosks/0/openingHours");

    before.assertUnchanged();
    assertThat(Api.as(Tokens.platformAdmin()).get(TenantDocs.path(id)).header("ETag"))
        .contains(revision);
    assertThat(Fixtures.getKiosk(id, kioskId(id, "wuhua-tower")).jsonPath().getString("names.en"))
        .isEqualTo("Wuhua Tower Police Kiosk");
  }

  @Test
  void aDryRunOnlyChecks() {
    String id = TenantDocs.newTenantId("dry");
    TenantDocs docs = TenantDocs.daliAs(id);

    Response checked =
        Api.as(Tokens.platformAdmin())
            .contentType("application/json")
            .body(docs.combined())
            .put(TenantDocs.path(id) + "?dryRun=true");
    assertThat(checked.statusCode()).as(checked.asString()).isEqualTo(200);
    assertThat(checked.jsonPath().getString("state")).isEqualTo("checked");
    assertThat(checked.jsonPath().getList("documents", String.class))
        .contains("tenant", "kiosk-registry");
    assertNotCreated(id);

    docs.kiosk("south-gate").put("openingHours", "Mo-Fr 9-17");
    assertInvalid(
        Api.as(Tokens.platformAdmin())
            .contentType("application/json")
            .body(docs.combined())
            .put(TenantDocs.path(id) + "?dryRun=true"),
        "/modules/kiosk-registry/kiosks/0/openingHours");
    assertNotCreated(id);
  }

  @Test
  void aModuleDocumentNoDeployedModuleReadsIsRefusedWithTheDocumentsOwnProblems() {
    String id = TenantDocs.newTenantId("typo");
    TenantDocs docs = TenantDocs.daliAs(id);
    docs.kiosk("south-gate").put("openingHours", "Mo-Fr 9-17");
    ObjectNode combined = (ObjectNode) Json.parse(docs.combined());
    // a misspelt key: stored, it would never be applied
    combined.withObject("modules").putObject("kiosk_registry").put("kiosks", "x");

    JsonPath problem =
        assertInvalid(
            putRaw(id, Json.write(combined)),
            "/modules/kiosk_registry",
            "/modules/kiosk-registry/kiosks/0/openingHours");
    assertThat(messageOf(problem, "/modules/kiosk_registry"))
        .contains("kiosk_registry")
        .contains("kiosk-registry, mediation");
    assertNotCreated(id);
  }

  @Test
  void bodiesThatAreNotTenantDocumentsAreRefused() {
    String id = TenantDocs.newTenantId("body");

    assertProblem(putRaw(id, "{\"tenant\": {"), 400, "malformed-body");
    assertInvalid(putRaw(id, "[1, 2]"), "body");
    assertInvalid(putRaw(id, "{}"), "/tenant");
    assertInvalid(putRaw(id, Json.of("modules", Json.map())), "/tenant");

    assertNotCreated(id);
  }

  @Test
  void badTenantIdsInThePathAreRefused() {
    String body = TenantDocs.daliAs("x").combined();
    assertInvalid(putRaw("Bad_Id", body), "id");
    assertInvalid(putRaw("platform", body), "id");
    assertInvalid(putRaw("a".repeat(41), body), "id");
  }

  @Test
  void anOversizeBodyIsRefusedBeforeItIsRead() {
    String id = TenantDocs.newTenantId("big");
    TenantDocs docs = TenantDocs.daliAs(id);
    docs.tenant().put("padding", " ".repeat(70_000));

    assertProblem(putRaw(id, docs.combined()), 413, "payload-too-large");
    assertNotCreated(id);
  }

  @Test
  void twoOnboardedTenantsAreServedSideBySide() {
    List<String> ids = List.of(TenantDocs.newTenantId("side-a"), TenantDocs.newTenantId("side-b"));
    for (String id : ids) {
      TenantDocs.daliAs(id).firstKiosks(1).onboard(id);
    }
    assertThat(kioskId(ids.get(0), "south-gate")).isNotEqualTo(kioskId(ids.get(1), "south-gate"));
    for (String id : ids) {
      assertThat(Api.as(leader(id)).get(kiosksPath(id)).jsonPath().getList("items.code"))
          .containsExactly("south-gate");
    }
  }
}
