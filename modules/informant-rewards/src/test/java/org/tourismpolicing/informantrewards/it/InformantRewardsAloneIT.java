package org.tourismpolicing.informantrewards.it;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.net.URL;
import java.time.Duration;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.tourismpolicing.testsupport.Deployments;
import org.tourismpolicing.testsupport.Tokens;

/**
 * Core + informant rewards deployed alone in a plain Liberty server, as an integrator embeds the
 * module, with neither dispatch nor the blacklist to observe its events: an informant registers
 * with a one-time code (read from the log sender's line), submits a tip with a photo, follows it
 * with the receipt code, the police review and verify it, ask for police action, the handler
 * proposes a reward that the handler cannot approve himself, an approver does, and the handler pays
 * it in cash against the receipt code, once.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class InformantRewardsAloneIT {

  private static final String LIJIANG = "lijiang-gucheng";
  private static final String DALI = "dali-gucheng";
  private static final String PHONE = "139 8765 4321";

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.embedding(
        "informant-rewards-alone",
        EmbeddedApi.class,
        TipEventsRecorder.class,
        TipEventsRecorder.Resource.class);
  }

  @ArquillianResource URL base;

  @BeforeAll
  static void logFailedExchanges() {
    RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
  }

  @Test
  void fromRegistrationToACashPaymentWithFourEyes() {
    String client = "client-" + UUID.randomUUID();
    String leader = Tokens.token("leader-lj", LIJIANG, "station-leader");
    JsonPath before = JsonPath.from(statisticsText(leader));
    // registration with a one-time code
    String registrationId =
        anonymous(client)
            .contentType(ContentType.JSON)
            .body("{\"phone\": \"" + PHONE + "\"}")
            .post("{t}/informant-rewards/public/registrations", LIJIANG)
            .then()
            .statusCode(202)
            .extract()
            .path("registrationId");
    String code = ServerLog.oneTimeCode(registrationId);
    String wrong = code.equals("000000") ? "111111" : "000000";
    anonymous(client)
        .contentType(ContentType.JSON)
        .body("{\"code\": \"" + wrong + "\"}")
        .post(
            "{t}/informant-rewards/public/registrations/{id}/confirmation", LIJIANG, registrationId)
        .then()
        .statusCode(422)
        .body("code", equalTo("registration.code.wrong"));
    JsonPath registered =
        anonymous(client)
            .contentType(ContentType.JSON)
            .body(
                "{\"code\": \""
                    + code
                    + "\", \"realName\": \"李红袖\", \"paymentAccount\": \"6222000011112222\"}")
            .post(
                "{t}/informant-rewards/public/registrations/{id}/confirmation",
                LIJIANG,
                registrationId)
            .then()
            .statusCode(201)
            .extract()
            .jsonPath();
    String informantId = registered.getString("informantId");
    String pseudonym = registered.getString("pseudonym");
    assertThat(pseudonym).startsWith("RA-");
    // the code is spent
    anonymous(client)
        .contentType(ContentType.JSON)
        .body("{\"code\": \"" + code + "\"}")
        .post(
            "{t}/informant-rewards/public/registrations/{id}/confirmation", LIJIANG, registrationId)
        .then()
        .statusCode(409);

    // a tip with the informant's token, retried with the same key
    String informant = Tokens.token(informantId, LIJIANG, "informant");
    String key = "app-" + UUID.randomUUID();
    String tipBody =
        """
        {"category": "unlicensed-horse-riding",
         "description": "玉龙雪山脚下有人无证牵马揽客，收费后中途加价",
         "place": "玉河走廊北口", "position": {"lat": 26.8790, "lon": 100.2345}}
        """;
    JsonPath receipt =
        as(informant)
            .header("X-Forwarded-For", client)
            .header("Idempotency-Key", key)
            .contentType(ContentType.JSON)
            .body(tipBody)
            .post("{t}/informant-rewards/public/tips", LIJIANG)
            .then()
            .statusCode(201)
            .extract()
            .jsonPath();
    String tipId = receipt.getString("tipId");
    String receiptCode = receipt.getString("receiptCode");
    assertThat(receiptCode).matches("[0-9A-Z]{4}(-[0-9A-Z]{4}){3}");
    assertThat(receipt.getString("number")).startsWith("LJXS-");
    as(informant)
        .header("X-Forwarded-For", client)
        .header("Idempotency-Key", key)
        .contentType(ContentType.JSON)
        .body(tipBody)
        .post("{t}/informant-rewards/public/tips", LIJIANG)
        .then()
        .statusCode(201)
        .header("Idempotent-Replayed", "true")
        .body("tipId", equalTo(tipId))
        .body("receiptCode", equalTo(receiptCode));

    // a photo against the receipt code; the informant follows the tip with it
    byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D};
    anonymous(client)
        .header("X-Receipt-Code", receiptCode.toLowerCase())
        .contentType("image/png")
        .body(png)
        .post("{t}/informant-rewards/public/tip-photos", LIJIANG)
        .then()
        .statusCode(201)
        .body("mediaType", equalTo("image/png"));
    anonymous(client)
        .header("X-Receipt-Code", receiptCode)
        .contentType("image/jpeg")
        .body(png)
        .post("{t}/informant-rewards/public/tip-photos", LIJIANG)
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("Content-Type"));
    anonymous(client)
        .contentType(ContentType.JSON)
        .body("{\"receiptCode\": \"" + receiptCode + "\", \"body\": \"今天下午还在\"}")
        .post("{t}/informant-rewards/public/tip-messages", LIJIANG)
        .then()
        .statusCode(201)
        .body("from", equalTo("informant"));

    // reviewers see the pseudonym, never the person
    String handler = Tokens.token("handler-537101", LIJIANG, "informant-handler");
    String officer = Tokens.token("537105", LIJIANG, "officer");
    long version =
        as(officer)
            .get("{t}/informant-rewards/tips/{id}", LIJIANG, tipId)
            .then()
            .statusCode(200)
            .body("tip.informantPseudonym", equalTo(pseudonym))
            .body("tip.anonymous", equalTo(false))
            .body("messages[0].from", equalTo("informant"))
            .body("photos.size()", equalTo(1))
            .body(org.hamcrest.Matchers.not(containsString("李红袖")))
            .extract()
            .jsonPath()
            .getLong("tip.version");
    // another tenant's tip does not exist for Dali
    as(Tokens.token("handler-dali", DALI, "informant-handler"))
        .get("{t}/informant-rewards/tips/{id}", DALI, tipId)
        .then()
        .statusCode(404);

    for (String step : new String[] {"start-review", "accept", "start-verification"}) {
      version = step(officer, tipId, step, version).getLong("version");
    }
    // an illegal step names the current status
    as(officer)
        .contentType(ContentType.JSON)
        .body("{\"step\": \"paid\", \"version\": " + version + "}")
        .post("{t}/informant-rewards/tips/{id}/steps", LIJIANG, tipId)
        .then()
        .statusCode(400);
    as(officer)
        .contentType(ContentType.JSON)
        .body("{\"step\": \"accept\", \"version\": " + version + "}")
        .post("{t}/informant-rewards/tips/{id}/steps", LIJIANG, tipId)
        .then()
        .statusCode(409)
        .body("detail", containsString("verifying"));
    // If-Match with an old version
    as(officer)
        .header("If-Match", "\"" + (version - 1) + "\"")
        .contentType(ContentType.JSON)
        .body("{\"step\": \"verified-true\"}")
        .post("{t}/informant-rewards/tips/{id}/steps", LIJIANG, tipId)
        .then()
        .statusCode(412);
    version = step(officer, tipId, "verified-true", version).getLong("version");

    // police action and a listing proposal: a stand-in for dispatch and the blacklist receives
    // the events after commit, with the tip's facts and nothing of the informant
    as(handler)
        .contentType(ContentType.JSON)
        .body("{\"summary\": \"无证牵马揽客，请派员核查\"}")
        .post("{t}/informant-rewards/tips/{id}/police-action", LIJIANG, tipId)
        .then()
        .statusCode(202);
    as(handler)
        .contentType(ContentType.JSON)
        .body("{\"summary\": \"无证经营，多次加价\"}")
        .post("{t}/informant-rewards/tips/{id}/listing-proposal", LIJIANG, tipId)
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("businessName"));
    as(handler)
        .contentType(ContentType.JSON)
        .body("{\"businessName\": \"玉河走廊某马队\", \"summary\": \"无证经营，多次加价\"}")
        .post("{t}/informant-rewards/tips/{id}/listing-proposal", LIJIANG, tipId)
        .then()
        .statusCode(202);
    // delivered by core's outbox relay after each commit
    await()
        .atMost(Duration.ofSeconds(30))
        .until(
            () -> tipEvents(tipId).getList("findAll { it.tipId == '" + tipId + "' }").size() == 2);
    JsonPath events = tipEvents(tipId);
    assertThat(events.getList("findAll { it.tipId == '" + tipId + "' }.event", String.class))
        .containsExactlyInAnyOrder("police", "listing");
    assertThat(
            events.getString(
                "find { it.tipId == '" + tipId + "' && it.event == 'police' }.category"))
        .isEqualTo("unlicensed-horse-riding");
    assertThat(
            events.getBoolean(
                "find { it.tipId == '" + tipId + "' && it.event == 'police' }.hasPosition"))
        .isTrue();
    assertThat(
            events.getString(
                "find { it.tipId == '" + tipId + "' && it.event == 'listing' }.businessName"))
        .isEqualTo("玉河走廊某马队");
    assertThat(events.prettify())
        .doesNotContain(informantId)
        .doesNotContain(pseudonym)
        .doesNotContain("13987654321")
        .doesNotContain("李红袖");
    // the officer may not write to the informant; the handler may
    as(officer)
        .contentType(ContentType.JSON)
        .body("{\"body\": \"收到\"}")
        .post("{t}/informant-rewards/tips/{id}/messages", LIJIANG, tipId)
        .then()
        .statusCode(403);
    as(handler)
        .contentType(ContentType.JSON)
        .body("{\"body\": \"已核实，感谢您的举报\"}")
        .post("{t}/informant-rewards/tips/{id}/messages", LIJIANG, tipId)
        .then()
        .statusCode(201);
    as(informant)
        .get("{t}/informant-rewards/me/tips/{id}", LIJIANG, tipId)
        .then()
        .statusCode(200)
        .body("status", equalTo("verified-true"))
        .body("messages[1].from", equalTo("handler"))
        .body(org.hamcrest.Matchers.not(containsString("handler-537101")));

    // reward: Lijiang pays a fixed ¥100 for horse riding; four-eyes
    JsonPath reward =
        as(handler)
            .contentType(ContentType.JSON)
            .body("{\"note\": \"按标准\"}")
            .post("{t}/informant-rewards/tips/{id}/reward", LIJIANG, tipId)
            .then()
            .statusCode(201)
            .extract()
            .jsonPath();
    String rewardId = reward.getString("id");
    String rewardVersion = "{\"version\": " + reward.getLong("version") + "}";
    assertThat(reward.getLong("amountFen")).isEqualTo(10_000);
    String handlerAlsoApprover =
        Tokens.token("handler-537101", LIJIANG, "informant-handler", "reward-approver");
    as(handlerAlsoApprover)
        .contentType(ContentType.JSON)
        .body(rewardVersion)
        .post("{t}/informant-rewards/rewards/{id}/approval", LIJIANG, rewardId)
        .then()
        .statusCode(422)
        .body("code", equalTo("reward.four-eyes"));
    as(handler)
        .contentType(ContentType.JSON)
        .body(rewardVersion)
        .post("{t}/informant-rewards/rewards/{id}/approval", LIJIANG, rewardId)
        .then()
        .statusCode(403);
    as(Tokens.token("approver-537100", LIJIANG, "reward-approver"))
        .contentType(ContentType.JSON)
        .body(rewardVersion)
        .post("{t}/informant-rewards/rewards/{id}/approval", LIJIANG, rewardId)
        .then()
        .statusCode(200)
        .body("status", equalTo("approved"))
        .body("budgetPeriod", containsString("-Q"));

    // cash only against the tip's own receipt code; then once
    String payKey = "pay-" + UUID.randomUUID();
    as(handler)
        .header("Idempotency-Key", payKey)
        .contentType(ContentType.JSON)
        .body("{\"method\": \"cash\", \"receiptCode\": \"AAAA-BBBB-CCCC-DDDD\"}")
        .post("{t}/informant-rewards/rewards/{id}/payment", LIJIANG, rewardId)
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("receiptCode"));
    String payBody = "{\"method\": \"cash\", \"receiptCode\": \"" + receiptCode + "\"}";
    String paymentId =
        as(handler)
            .header("Idempotency-Key", payKey)
            .contentType(ContentType.JSON)
            .body(payBody)
            .post("{t}/informant-rewards/rewards/{id}/payment", LIJIANG, rewardId)
            .then()
            .statusCode(201)
            .body("amountFen", equalTo(10_000))
            .extract()
            .path("id");
    as(handler)
        .header("Idempotency-Key", payKey)
        .contentType(ContentType.JSON)
        .body(payBody)
        .post("{t}/informant-rewards/rewards/{id}/payment", LIJIANG, rewardId)
        .then()
        .statusCode(201)
        .header("Idempotent-Replayed", "true")
        .body("id", equalTo(paymentId));
    as(handler)
        .header("Idempotency-Key", "pay-" + UUID.randomUUID())
        .contentType(ContentType.JSON)
        .body(payBody)
        .post("{t}/informant-rewards/rewards/{id}/payment", LIJIANG, rewardId)
        .then()
        .statusCode(409)
        .body("code", equalTo("reward.already-paid"));
    anonymous(client)
        .contentType(ContentType.JSON)
        .body("{\"receiptCode\": \"" + receiptCode + "\"}")
        .post("{t}/informant-rewards/public/tip-status", LIJIANG)
        .then()
        .statusCode(200)
        .body("status", equalTo("paid"));

    // only the handler unseals, with a reason
    as(officer)
        .contentType(ContentType.JSON)
        .body("{\"reason\": \"核实身份以便发放奖励\"}")
        .post("{t}/informant-rewards/informants/{id}/unseal", LIJIANG, informantId)
        .then()
        .statusCode(403);
    as(handler)
        .contentType(ContentType.JSON)
        .body("{\"reason\": \"short\"}")
        .post("{t}/informant-rewards/informants/{id}/unseal", LIJIANG, informantId)
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("reason"));
    as(handler)
        .contentType(ContentType.JSON)
        .body("{\"reason\": \"核实身份以便发放奖励（现金）\"}")
        .post("{t}/informant-rewards/informants/{id}/unseal", LIJIANG, informantId)
        .then()
        .statusCode(200)
        .body("phone", equalTo("13987654321"))
        .body("realName", equalTo("李红袖"))
        .body("paymentAccount", equalTo("6222000011112222"));

    // the figures grow by exactly this: one informant, one tip, one payment of ¥100 (tests of
    // this class run one after the other), with no identity in them
    String stats = statisticsText(leader);
    JsonPath after = JsonPath.from(stats);
    for (String figure : new String[] {"informantsRegistered", "tips", "rewardsPaid"}) {
      assertThat(after.getLong(figure) - before.getLong(figure)).as(figure).isEqualTo(1);
    }
    assertThat(after.getLong("rewardsPaidFen") - before.getLong("rewardsPaidFen"))
        .isEqualTo(10_000);
    assertThat(stats).doesNotContain("13987654321").doesNotContain("李红袖");

    // nothing of the identity reached the server's log
    assertThat(ServerLog.text())
        .doesNotContain("13987654321")
        .doesNotContain("139 8765 4321")
        .doesNotContain("李红袖")
        .doesNotContain("6222000011112222");
  }

  private String statisticsText(String token) {
    return as(token)
        .get("{t}/informant-rewards/statistics", LIJIANG)
        .then()
        .statusCode(200)
        .extract()
        .asString();
  }

  @Test
  void anonymousTipsAreRateLimitedAndSpamIsRefusedClearly() {
    String client = "client-" + UUID.randomUUID();
    anonymousTip(client, "short")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("description"))
        .body("errors[0].code", equalTo("tip.spam.too-short"));
    anonymousTip(client, "招嫖小卡片 http://a.example http://b.example http://c.example")
        .then()
        .statusCode(400)
        .body("errors[0].code", equalTo("tip.spam.links"));
    String text = "四方街有人强行拉客去购物店，游客被围住不让走";
    JsonPath first = anonymousTip(client, text).then().statusCode(201).extract().jsonPath();
    assertThat(first.getString("status")).isEqualTo("submitted");
    anonymousTip(client, text + "！")
        .then()
        .statusCode(422)
        .body("code", equalTo("tip.spam.duplicate"));
    // an anonymous tip is followed with its receipt code only
    anonymous(client)
        .contentType(ContentType.JSON)
        .body("{\"receiptCode\": \"" + first.getString("receiptCode") + "\"}")
        .post("{t}/informant-rewards/public/tip-status", LIJIANG)
        .then()
        .statusCode(200)
        .body("number", equalTo(first.getString("number")));
    anonymous(client)
        .contentType(ContentType.JSON)
        .body("{\"receiptCode\": \"0000-0000-0000-0000\"}")
        .post("{t}/informant-rewards/public/tip-status", LIJIANG)
        .then()
        .statusCode(404);
    // five submissions an hour per client, refused spam counted too: the sixth is refused
    int used = 4;
    for (int i = 0; used < 5; i++, used++) {
      anonymousTip(client, "第" + i + "个线索：古城南门附近有人兜售假冒银饰").then().statusCode(201);
    }
    anonymousTip(client, "第六个线索：古城北门附近有人兜售假冒银饰")
        .then()
        .statusCode(429)
        .header("Retry-After", org.hamcrest.Matchers.notNullValue());
    // another client is not held up
    anonymousTip("client-" + UUID.randomUUID(), "第六个线索：古城北门附近有人兜售假冒银饰")
        .then()
        .statusCode(201)
        .body("receiptCode", org.hamcrest.Matchers.notNullValue());
  }

  @Test
  void onePhoneGetsAtMostThreeCodesAnHourWhateverTheClient() {
    String phone = "+86 137 0000 " + String.format("%04d", (int) (Math.random() * 10_000));
    for (int i = 0; i < 3; i++) {
      anonymous("client-" + UUID.randomUUID())
          .contentType(ContentType.JSON)
          .body("{\"phone\": \"" + phone + "\"}")
          .post("{t}/informant-rewards/public/registrations", LIJIANG)
          .then()
          .statusCode(202);
    }
    // the same number written differently is the same phone (its keyed hash)
    anonymous("client-" + UUID.randomUUID())
        .contentType(ContentType.JSON)
        .body("{\"phone\": \"" + phone.replace("+86 ", "").replace(" ", "") + "\"}")
        .post("{t}/informant-rewards/public/registrations", LIJIANG)
        .then()
        .statusCode(429)
        .header("Retry-After", org.hamcrest.Matchers.notNullValue());
    // an informant of Dali is another tenant's matter: its own limit
    anonymous("client-" + UUID.randomUUID())
        .contentType(ContentType.JSON)
        .body("{\"phone\": \"" + phone + "\"}")
        .post("{t}/informant-rewards/public/registrations", DALI)
        .then()
        .statusCode(202);
    assertThat(ServerLog.text()).doesNotContain(phone.replace("+86 ", "").replace(" ", ""));
  }

  @Test
  void aTipWithoutIdempotencyKeyOrWithAnUnknownCategoryIsRefusedNamingTheField() {
    String client = "client-" + UUID.randomUUID();
    anonymous(client)
        .contentType(ContentType.JSON)
        .body("{\"category\": \"touting\", \"description\": \"南门有人拉客揽客去黑店\"}")
        .post("{t}/informant-rewards/public/tips", LIJIANG)
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("Idempotency-Key"));
    anonymous(client)
        .header("Idempotency-Key", UUID.randomUUID().toString())
        .contentType(ContentType.JSON)
        .body("{\"category\": \"drugs\", \"description\": \"南门有人拉客揽客去黑店\"}")
        .post("{t}/informant-rewards/public/tips", LIJIANG)
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("category"))
        .body("errors[0].code", equalTo("tip.category.unknown"));
    anonymous(client)
        .header("Idempotency-Key", UUID.randomUUID().toString())
        .contentType(ContentType.JSON)
        .body(
            "{\"category\": \"touting\", \"description\": \"南门有人拉客揽客去黑店\","
                + " \"creditCode\": \"91530000000000000X\"}")
        .post("{t}/informant-rewards/public/tips", LIJIANG)
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("creditCode"));
    as(Tokens.token("handler", LIJIANG, "informant-handler"))
        .get("{t}/informant-rewards/tips?status=nonsense", LIJIANG)
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("status"));
    given()
        .baseUri(base.toExternalForm() + "api/")
        .get("{t}/informant-rewards/tips", LIJIANG)
        .then()
        .statusCode(401);
    as(Tokens.token("someone", LIJIANG, "mediator"))
        .get("{t}/informant-rewards/tips", LIJIANG)
        .then()
        .statusCode(403);
    as(Tokens.token("someone", LIJIANG, "informant"))
        .get("{t}/informant-rewards/me/tips/{id}", LIJIANG, UUID.randomUUID())
        .then()
        .statusCode(404)
        .contentType("application/problem+json");
  }

  private io.restassured.response.Response anonymousTip(String client, String description) {
    return anonymous(client)
        .header("Idempotency-Key", UUID.randomUUID().toString())
        .contentType(ContentType.JSON)
        .body(
            "{\"category\": \"touting\", \"description\": \""
                + description.replace("\"", "\\\"")
                + "\"}")
        .post("{t}/informant-rewards/public/tips", LIJIANG);
  }

  private JsonPath step(String token, String tipId, String step, long version) {
    return as(token)
        .contentType(ContentType.JSON)
        .body("{\"step\": \"" + step + "\", \"version\": " + version + "}")
        .post("{t}/informant-rewards/tips/{id}/steps", LIJIANG, tipId)
        .then()
        .statusCode(200)
        .body(
            "status",
            equalTo(
                step.equals("start-review")
                    ? "under-review"
                    : step.equals("accept")
                        ? "accepted"
                        : step.equals("start-verification") ? "verifying" : step))
        .extract()
        .jsonPath();
  }

  private RequestSpecification anonymous(String client) {
    return given()
        .baseUri(base.toExternalForm() + "api/")
        .accept(ContentType.JSON)
        .header("X-Forwarded-For", client);
  }

  private RequestSpecification as(String token) {
    return given()
        .baseUri(base.toExternalForm() + "api/")
        .accept(ContentType.JSON)
        .auth()
        .oauth2(token);
  }

  private JsonPath tipEvents(String tipId) {
    return given()
        .baseUri(base.toExternalForm() + "api/")
        .get("{t}/test/tip-events", LIJIANG)
        .then()
        .statusCode(200)
        .extract()
        .jsonPath();
  }
}
