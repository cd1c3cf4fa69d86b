package org.tourismpolicing.referenceapp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.tourismpolicing.referenceapp.support.Fixtures.DALI;
import static org.tourismpolicing.referenceapp.support.Problems.assertInvalid;
import static org.tourismpolicing.referenceapp.support.Problems.assertProblem;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tourismpolicing.referenceapp.support.Api;
import org.tourismpolicing.referenceapp.support.Database;
import org.tourismpolicing.referenceapp.support.Fixtures;
import org.tourismpolicing.referenceapp.support.Json;
import org.tourismpolicing.referenceapp.support.TenantDocs;
import org.tourismpolicing.referenceapp.support.Tokens;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Core's transactional outbox between the modules of the assembled application: a hand-off is
 * committed with the change that raised it (and not at all when that change is refused), delivered
 * to its consumer after commit, retried while the consumer fails, kept as a dead letter for the
 * tenant admin when it never succeeds, and delivered after the admin's retry once the cause is
 * fixed; a hand-off whose relay died holding it is taken over when its lease ends. The test servers
 * run the relay with 3 attempts, 1 s then 2 s apart (reference-app/pom.xml).
 */
class OutboxIT {

  private static final String CONSUMER = "dispatch.tip-incidents";

  /** Dali's documents, whose dispatch has no tip mapping and no "other" category (see docs). */
  private static String tenant;

  @BeforeAll
  static void onboardATenantWhoseDispatchRefusesTips() {
    tenant = TenantDocs.newTenantId("outbox");
    documents(false).onboard(tenant);
  }

  @AfterAll
  static void forgetTheTenant() {
    TenantDocs.forgetOnboarded();
  }

  /**
   * The tenant's documents. Without {@code tipsMapped}, a verified tip's category maps to no
   * incident category ("other", the fallback, is left out), so dispatch refuses to open the
   * incident: a consumer that fails deterministically, through configuration only.
   */
  private static TenantDocs documents(boolean tipsMapped) {
    ObjectNode dispatch = TenantDocs.sampleDocument(DALI, "dispatch.yaml");
    ArrayNode categories = (ArrayNode) dispatch.get("categories");
    for (int i = categories.size() - 1; i >= 0; i--) {
      JsonNode c = categories.get(i);
      if (c.get("code").asText().equals("other")) {
        categories.remove(i);
      }
    }
    dispatch.putObject("walkInCategories").put("*", "lost-property");
    ObjectNode tips = dispatch.putObject("tipCategories");
    if (tipsMapped) {
      tips.put("*", "fraud");
    }
    return TenantDocs.daliAs(tenant)
        .firstKiosks(1)
        .dispatch(dispatch.toString())
        .informantRewards(TenantDocs.sampleDocument(DALI, "informant-rewards.yaml").toString());
  }

  private static String admin(String t) {
    return Tokens.token("it-tenant-admin", t, "tenant-admin");
  }

  private static String deadLetters(String t) {
    return "/api/" + t + "/outbox/dead-letters";
  }

  private static Response askPolice(String t, String tipId) {
    return Api.as(Tokens.token("it-tip-handler", t, "informant-handler"))
        .contentType(ContentType.JSON)
        .body(Json.of("summary", "无证客栈仍在接客，请派员核查"))
        .post("/api/" + t + "/informant-rewards/tips/" + tipId + "/police-action");
  }

  private static long incidentsOfTip(String t, String tipId) {
    return Database.count(
        "select count(*) from dp_incident where tenant_id = ? and source = 'INFORMANT_TIP'"
            + " and external_number = ?",
        t,
        tipId);
  }

  private static List<String> outboxStates(String t, String tipId) {
    return Database.strings(
        "select state from core_outbox where tenant_id = ? and consumer = ? and payload like ?",
        t,
        CONSUMER,
        "%" + tipId + "%");
  }

  @Test
  void theHandOffIsCommittedWithTheChangeAndDeliveredOnce() {
    String tipId = VerifiedTipIT.verifiedTip("illegal-lodging", null, null).getString("tipId");
    // a request for an unknown tip is refused, and no hand-off is written
    String fresh = UUID.randomUUID().toString();

    assertThat(askPolice(DALI, tipId).statusCode()).isEqualTo(202);
    // the row exists as soon as the request answered: it was committed with the change
    assertThat(outboxStates(DALI, tipId)).hasSize(1);
    assertProblem(askPolice(DALI, fresh), 404, "not-found");
    assertThat(outboxStates(DALI, fresh)).isEmpty();

    assertThat(
            Database.countOnceDelivered(
                1,
                "select count(*) from dp_incident where tenant_id = ? and source = 'INFORMANT_TIP'"
                    + " and external_number = ?",
                DALI,
                tipId))
        .isEqualTo(1);
    await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> outboxStates(DALI, tipId).equals(List.of("DELIVERED")));
  }

  @Test
  void aFailingConsumerIsRetriedThenDeadThenDeliveredAfterTheAdminsRetry() {
    String tipId =
        VerifiedTipIT.verifiedTip(tenant, "illegal-lodging", null, null).getString("tipId");

    assertThat(askPolice(tenant, tipId).statusCode()).isEqualTo(202);

    // three attempts, 1 s and 2 s apart, each refused by dispatch: a dead letter
    await()
        .atMost(Duration.ofSeconds(40))
        .until(() -> outboxStates(tenant, tipId).equals(List.of("DEAD")));
    assertThat(incidentsOfTip(tenant, tipId)).isZero();

    JsonPath page =
        Api.as(admin(tenant)).get(deadLetters(tenant)).then().statusCode(200).extract().jsonPath();
    String id =
        Database.string(
            "select id from core_outbox where tenant_id = ? and payload like ?",
            tenant,
            "%" + tipId + "%");
    String letter = "items.find { it.id == '" + id + "' }";
    assertThat(page.getString(letter + ".eventType")).isEqualTo("VerifiedTipNeedsPolice");
    assertThat(page.getString(letter + ".consumer")).isEqualTo(CONSUMER);
    assertThat(page.getString(letter + ".state")).isEqualTo("DEAD");
    assertThat(page.getInt(letter + ".attempts")).isEqualTo(3);
    assertThat(page.getString(letter + ".lastError")).contains("incident.category.unknown");
    assertThat(page.getString(letter + ".deadAt")).isNotNull();

    // only the tenant's admin sees or retries it
    assertProblem(Api.as(Fixtures.dispatcher(tenant)).get(deadLetters(tenant)), 403, "forbidden");
    assertProblem(
        Api.as(Fixtures.dispatcher(tenant)).post(deadLetters(tenant) + "/" + id + "/retry"),
        403,
        "forbidden");
    assertThat(Api.anonymous().get(deadLetters(tenant)).statusCode()).isEqualTo(401);
    JsonPath dali = Api.as(admin(DALI)).get(deadLetters(DALI)).jsonPath();
    assertThat(dali.getList("items.id")).doesNotContain(id);
    assertProblem(
        Api.as(admin(DALI)).post(deadLetters(DALI) + "/" + id + "/retry"), 404, "not-found");
    assertThat(outboxStates(tenant, tipId)).containsExactly("DEAD");

    // the platform admin fixes the configuration; the tenant admin sends the hand-off again
    Response fixed = documents(true).put(tenant);
    assertThat(fixed.statusCode()).as(fixed.asString()).isEqualTo(200);
    Response retried = Api.as(admin(tenant)).post(deadLetters(tenant) + "/" + id + "/retry");
    assertThat(retried.statusCode()).as(retried.asString()).isEqualTo(200);
    assertThat(retried.jsonPath().getString("state")).isEqualTo("PENDING");
    assertThat(retried.jsonPath().getInt("attempts")).isZero();
    // a second retry finds it no longer dead
    assertProblem(
        Api.as(admin(tenant)).post(deadLetters(tenant) + "/" + id + "/retry"), 409, "conflict");

    assertThat(
            Database.countOnceDelivered(
                1,
                "select count(*) from dp_incident where tenant_id = ? and source = 'INFORMANT_TIP'"
                    + " and external_number = ? and category = 'fraud'",
                tenant,
                tipId))
        .isEqualTo(1);
    await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> outboxStates(tenant, tipId).equals(List.of("DELIVERED")));
    assertThat(Api.as(admin(tenant)).get(deadLetters(tenant)).jsonPath().getList("items.id"))
        .doesNotContain(id);
    assertThat(
            Database.count(
                "select count(*) from core_audit_record where tenant_id = ? and action ="
                    + " 'outbox.retry' and subject_id = ?",
                tenant,
                id))
        .isEqualTo(1);
  }

  @Test
  void aHandOffWhoseRelayDiedBeforeDeliveringIsTakenOverWhenItsLeaseEnds() {
    // what a server killed between commit and delivery leaves behind: the change and its
    // committed hand-off, claimed by a relay that will never finish it (lease ending in 2 s)
    String tipId = VerifiedTipIT.verifiedTip("illegal-lodging", null, null).getString("tipId");
    assertThat(askPolice(DALI, tipId).statusCode()).isEqualTo(202);
    await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> outboxStates(DALI, tipId).equals(List.of("DELIVERED")));
    String payload =
        Database.string(
            "select payload from core_outbox where tenant_id = ? and payload like ?",
            DALI,
            "%" + tipId + "%");
    String orphan = UUID.randomUUID().toString();
    String messageId = UUID.randomUUID().toString();
    Database.update(
        "insert into core_outbox (tenant_id, id, event_type, consumer, payload, state, attempts,"
            + " created_at, next_attempt_at, claimed_by) values (?, ?, 'VerifiedTipNeedsPolice',"
            + " ?, ?, 'PENDING', 1, utc_timestamp(6), utc_timestamp(6) + interval 2 second, ?)",
        DALI,
        messageId,
        CONSUMER,
        payload.replace(tipId, orphan),
        UUID.randomUUID().toString());
    assertThat(incidentsOfTip(DALI, orphan)).isZero();

    assertThat(
            Database.countOnceDelivered(
                1,
                "select count(*) from dp_incident where tenant_id = ? and source = 'INFORMANT_TIP'"
                    + " and external_number = ?",
                DALI,
                orphan))
        .isEqualTo(1);
    await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> outboxStates(DALI, orphan).equals(List.of("DELIVERED")));
    assertThat(
            Database.string(
                "select attempts from core_outbox where tenant_id = ? and id = ?", DALI, messageId))
        .isEqualTo("2");
  }

  @Test
  void badPagingIsRefusedNamingTheField() {
    assertInvalid(
        Api.as(admin(tenant)).get(deadLetters(tenant) + "?cursor=not-a-cursor"), "cursor");
    assertInvalid(Api.as(admin(tenant)).get(deadLetters(tenant) + "?limit=0"), "limit");
    assertProblem(
        Api.as(admin(tenant)).post(deadLetters(tenant) + "/" + UUID.randomUUID() + "/retry"),
        404,
        "not-found");
  }
}
