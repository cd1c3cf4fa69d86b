package org.tourismpolicing.referenceapp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tourismpolicing.referenceapp.support.Fixtures.DALI;
import static org.tourismpolicing.referenceapp.support.Fixtures.LIJIANG;
import static org.tourismpolicing.referenceapp.support.Problems.assertProblem;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.tourismpolicing.referenceapp.support.Api;
import org.tourismpolicing.referenceapp.support.Database;
import org.tourismpolicing.referenceapp.support.Fixtures;
import org.tourismpolicing.referenceapp.support.Json;
import org.tourismpolicing.referenceapp.support.Rows;
import org.tourismpolicing.referenceapp.support.TenantDocs;
import org.tourismpolicing.referenceapp.support.Tokens;

/**
 * The red-armband tip line of Dali through the assembled application on MariaDB: an informant
 * registers with a one-time code, reports an unlicensed inn, the police review and verify it, the
 * reward is proposed, refused to its own proposer and approved by a second person, paid in cash
 * once; afterwards neither the server's log nor any row of the module's tables or the audit trail
 * holds the informant's phone, name or account in clear. Also: a budget two approvals cannot both
 * pass, parallel payments of one reward leaving one ledger line, and refusals writing nothing.
 */
class InformantRewardsIT {

  private static final Pattern CODE = Pattern.compile("one-time code (\\d{6}) for registration ");

  @AfterAll
  static void forgetTestTenants() {
    TenantDocs.forgetOnboarded();
  }

  private static String ir(String tenant, String rest) {
    return "/api/" + tenant + "/informant-rewards/" + rest;
  }

  private static RequestSpecification client(String client) {
    return Api.anonymous().header("X-Forwarded-For", client);
  }

  private static RequestSpecification as(String token) {
    return Api.as(token).contentType(ContentType.JSON);
  }

  private static String oneTimeCode(String registrationId) {
    Pattern p = Pattern.compile(CODE.pattern() + Pattern.quote(registrationId));
    Matcher m =
        Awaitility.await("the code logged for " + registrationId)
            .atMost(Duration.ofSeconds(10))
            .pollInterval(Duration.ofMillis(100))
            .until(() -> p.matcher(serverLog()), Matcher::find);
    return m.group(1);
  }

  private static String serverLog() throws IOException {
    return Files.readString(Path.of(System.getProperty("it.server.log")), StandardCharsets.UTF_8);
  }

  /** A tip submitted anonymously (or with {@code token}), answered 201. */
  private static JsonPath submit(String tenant, String token, String category, String text) {
    RequestSpecification r = token == null ? Api.anonymous() : Api.as(token);
    return r.header("X-Forwarded-For", "client-" + UUID.randomUUID())
        .header("Idempotency-Key", UUID.randomUUID().toString())
        .contentType(ContentType.JSON)
        .body(Json.of("category", category, "description", text))
        .post(ir(tenant, "public/tips"))
        .then()
        .statusCode(201)
        .extract()
        .jsonPath();
  }

  /** Moves a tip through review and verification to verified-true. */
  private static void verifyTrue(String tenant, String tipId) {
    String officer = Tokens.token("it-officer", tenant, "officer");
    long version =
        Api.as(officer).get(ir(tenant, "tips/" + tipId)).jsonPath().getLong("tip.version");
    for (String step : List.of("start-review", "accept", "start-verification", "verified-true")) {
      version =
          as(officer)
              .body(Json.of("step", step, "version", version))
              .post(ir(tenant, "tips/" + tipId + "/steps"))
              .then()
              .statusCode(200)
              .extract()
              .jsonPath()
              .getLong("version");
    }
  }

  private static JsonPath proposeReward(String tenant, String handler, String tipId, Long fen) {
    return as(handler)
        .body(fen == null ? Json.of("note", "by the schedule") : Json.of("amountFen", fen))
        .post(ir(tenant, "tips/" + tipId + "/reward"))
        .then()
        .statusCode(201)
        .extract()
        .jsonPath();
  }

  private static Response approve(String tenant, String approver, JsonPath reward) {
    return as(approver)
        .body(Json.of("version", reward.getLong("version")))
        .post(ir(tenant, "rewards/" + reward.getString("id") + "/approval"));
  }

  /**
   * The tenant's figures of the year so far. Integration tests run one after the other, so what a
   * test does between two readings is all that changes them.
   */
  private static JsonPath statistics(String tenant) {
    return Api.as(Fixtures.leader(tenant))
        .get(ir(tenant, "statistics"))
        .then()
        .statusCode(200)
        .extract()
        .jsonPath();
  }

  /** A page of the reward ledger of today (Dali's calendar). */
  private static JsonPath ledgerOfToday(String token, String cursor) {
    String today = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).toString();
    var request = Api.as(token).queryParam("from", today).queryParam("to", today);
    if (cursor != null) {
      request = request.queryParam("cursor", cursor);
    }
    return request.get(ir(DALI, "rewards/ledger")).then().statusCode(200).extract().jsonPath();
  }

  /** A count of the figures, 0 when absent (a category without tips yet). */
  private static long count(JsonPath figures, String name) {
    Object value = figures.get(name);
    return value == null ? 0 : ((Number) value).longValue();
  }

  @Test
  void eachTenantsTipLineOffersItsOwnCategoriesWithoutALogin() {
    JsonPath dali =
        Api.anonymous()
            .get(ir("dali-gucheng", "public/categories"))
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(dali.getList("code", String.class))
        .startsWith("unlicensed-operation", "illegal-lodging", "touting", "forced-shopping")
        .doesNotContain("unlicensed-horse-riding");
    assertThat(dali.getString("find { it.code == 'touting' }.names.zh-CN")).isEqualTo("拉客揽客");
    JsonPath lijiang =
        Api.anonymous()
            .get(ir("lijiang-gucheng", "public/categories"))
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(lijiang.getList("code", String.class))
        .contains("unlicensed-horse-riding", "bar-street")
        .doesNotContain("forced-shopping");
  }

  @Test
  void fromRegistrationToPaymentWithFourEyesAndNoIdentityInClearAnywhere() throws Exception {
    String phone = "139" + String.format("%08d", (long) (Math.random() * 100_000_000L));
    String spokenPhone =
        phone.substring(0, 3) + " " + phone.substring(3, 7) + " " + phone.substring(7);
    String name = "段红袖" + Fixtures.random(6);
    String account = "6222" + String.format("%012d", (long) (Math.random() * 1e12));
    String client = "client-" + UUID.randomUUID();
    JsonPath statsBefore = statistics(DALI);
    JsonPath ledgerBefore =
        ledgerOfToday(Tokens.token("it-handler-1", DALI, "informant-handler"), null);

    String registrationId =
        client(client)
            .contentType(ContentType.JSON)
            .body(Json.of("phone", spokenPhone))
            .post(ir(DALI, "public/registrations"))
            .then()
            .statusCode(202)
            .extract()
            .path("registrationId");
    JsonPath registered =
        client(client)
            .contentType(ContentType.JSON)
            .body(
                Json.of(
                    "code",
                    oneTimeCode(registrationId),
                    "realName",
                    name,
                    "paymentAccount",
                    account))
            .post(ir(DALI, "public/registrations/" + registrationId + "/confirmation"))
            .then()
            .statusCode(201)
            .extract()
            .jsonPath();
    String informantId = registered.getString("informantId");
    String pseudonym = registered.getString("pseudonym");

    // the same phone registering again is found by its keyed hash: the same informant
    String again =
        client(client)
            .contentType(ContentType.JSON)
            .body(Json.of("phone", phone))
            .post(ir(DALI, "public/registrations"))
            .then()
            .statusCode(202)
            .extract()
            .path("registrationId");
    client(client)
        .contentType(ContentType.JSON)
        .body(Json.of("code", oneTimeCode(again)))
        .post(ir(DALI, "public/registrations/" + again + "/confirmation"))
        .then()
        .statusCode(201)
        .body("informantId", org.hamcrest.Matchers.equalTo(informantId))
        .body("created", org.hamcrest.Matchers.equalTo(false));

    String informant = Tokens.token(informantId, DALI, "informant");
    JsonPath receipt =
        submit(DALI, informant, "illegal-lodging", "人民路中段一家客栈没有挂牌，每晚都有游客入住 " + Fixtures.random(6));
    String tipId = receipt.getString("tipId");
    String receiptCode = receipt.getString("receiptCode");
    // a photo and a message with the receipt code, an answer from the handler
    byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13};
    String photoId =
        client(client)
            .header("X-Receipt-Code", receiptCode)
            .contentType("image/png")
            .body(png)
            .post(ir(DALI, "public/tip-photos"))
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    client(client)
        .contentType(ContentType.JSON)
        .body(Json.of("receiptCode", receiptCode, "body", "今晚八点还有游客入住"))
        .post(ir(DALI, "public/tip-messages"))
        .then()
        .statusCode(201);
    // the informant, signed in, adds a line to the same tip
    Api.as(informant)
        .contentType(ContentType.JSON)
        .body(Json.of("body", "门口停着三辆旅游大巴"))
        .post(ir(DALI, "me/tips/" + tipId + "/messages"))
        .then()
        .statusCode(201);
    // the handler gets the photo back as it was sent, and both messages in order
    Response photo =
        Api.as(Tokens.token("it-handler-1", DALI, "informant-handler"))
            .accept("*/*")
            .get(ir(DALI, "tips/" + tipId + "/photos/" + photoId));
    assertThat(photo.statusCode()).as(photo.asString()).isEqualTo(200);
    assertThat(photo.contentType()).startsWith("image/png");
    assertThat(photo.asByteArray()).isEqualTo(png);
    JsonPath tipFile =
        Api.as(Tokens.token("it-handler-1", DALI, "informant-handler"))
            .get(ir(DALI, "tips/" + tipId))
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(tipFile.getList("messages.body")).containsExactly("今晚八点还有游客入住", "门口停着三辆旅游大巴");
    assertThat(tipFile.getList("messages.from")).containsOnly("informant");
    assertThat(tipFile.getList("photos.id")).containsExactly(photoId);
    // anyone holding the receipt code reads the tip's status, without an account
    JsonPath byReceipt =
        client(client)
            .contentType(ContentType.JSON)
            .body(Json.of("receiptCode", receiptCode))
            .post(ir(DALI, "public/tip-status"))
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(byReceipt.getString("tipId")).isEqualTo(tipId);
    assertThat(byReceipt.getString("number")).isEqualTo(receipt.getString("number"));
    assertThat(byReceipt.getString("category")).isEqualTo("illegal-lodging");
    assertThat(byReceipt.getString("status")).isEqualTo("submitted");
    assertThat(byReceipt.getList("messages.body")).contains("门口停着三辆旅游大巴");
    verifyTrue(DALI, tipId);

    String handler = Tokens.token("it-handler-1", DALI, "informant-handler");
    as(handler)
        .body(Json.of("body", "已核实，谢谢"))
        .post(ir(DALI, "tips/" + tipId + "/messages"))
        .then()
        .statusCode(201);
    Api.as(Tokens.token("it-approver-1", DALI, "reward-approver"))
        .get(ir(DALI, "tips/" + tipId))
        .then()
        .statusCode(200)
        .body("tip.informantPseudonym", org.hamcrest.Matchers.equalTo(pseudonym));
    // out of Dali's range for illegal lodging (¥50–¥200)
    assertProblem(
        as(handler).body(Json.of("amountFen", 50_000)).post(ir(DALI, "tips/" + tipId + "/reward")),
        422,
        "rule-violation");
    JsonPath reward = proposeReward(DALI, handler, tipId, 12_000L);
    String rewardId = reward.getString("id");

    // four-eyes: the proposer holding the approver role too is still refused
    Rows before = Rows.of(DALI);
    JsonPath refused =
        assertProblem(
            approve(
                DALI,
                Tokens.token("it-handler-1", DALI, "informant-handler", "reward-approver"),
                reward),
            422,
            "rule-violation");
    assertThat(refused.getString("code")).isEqualTo("reward.four-eyes");
    before.assertUnchanged();
    approve(DALI, Tokens.token("it-approver-1", DALI, "reward-approver"), reward)
        .then()
        .statusCode(200)
        .body("status", org.hamcrest.Matchers.equalTo("approved"));
    // read back by anyone who may see rewards: approved by the second pair of eyes
    JsonPath approved =
        Api.as(Fixtures.leader(DALI))
            .get(ir(DALI, "rewards/" + rewardId))
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(approved.getString("status")).isEqualTo("approved");
    assertThat(approved.getString("tipId")).isEqualTo(tipId);
    assertThat(approved.getLong("amountFen")).isEqualTo(12_000);
    assertThat(approved.getString("proposedBy")).isEqualTo("it-handler-1");
    assertThat(approved.getString("approvedBy")).isEqualTo("it-approver-1");

    String key = "pay-" + UUID.randomUUID();
    String paymentId =
        as(handler)
            .header("Idempotency-Key", key)
            .body(Json.of("method", "cash", "receiptCode", receiptCode))
            .post(ir(DALI, "rewards/" + rewardId + "/payment"))
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    as(handler)
        .header("Idempotency-Key", key)
        .body(Json.of("method", "cash", "receiptCode", receiptCode))
        .post(ir(DALI, "rewards/" + rewardId + "/payment"))
        .then()
        .statusCode(201)
        .header("Idempotent-Replayed", "true")
        .body("id", org.hamcrest.Matchers.equalTo(paymentId));
    assertThat(
            Database.count(
                "select count(*) from ir_reward_payment where tenant_id = ? and reward_id = ?",
                DALI,
                rewardId))
        .isEqualTo(1);
    // the payment is a line of today's ledger, whose total grew by exactly ¥120
    JsonPath ledger = ledgerOfToday(handler, null);
    List<JsonPath> pages = new ArrayList<>(List.of(ledger));
    while (pages.get(pages.size() - 1).getString("nextCursor") != null) {
      pages.add(ledgerOfToday(handler, pages.get(pages.size() - 1).getString("nextCursor")));
    }
    Map<String, Object> line = null;
    for (JsonPath page : pages) {
      for (Map<String, Object> item : page.<Map<String, Object>>getList("items")) {
        if (paymentId.equals(item.get("id"))) {
          line = item;
        }
      }
    }
    assertThat(line).as("the payment's ledger line").isNotNull();
    assertThat(line)
        .containsEntry("rewardId", rewardId)
        .containsEntry("tipId", tipId)
        .containsEntry("amountFen", 12_000)
        .containsEntry("currency", "CNY")
        .containsEntry("method", "cash")
        .containsEntry("paidBy", "it-handler-1");
    assertThat(ledger.getLong("totalFen") - ledgerBefore.getLong("totalFen")).isEqualTo(12_000);
    Api.as(informant)
        .get(ir(DALI, "me/tips/" + tipId))
        .then()
        .statusCode(200)
        .body("status", org.hamcrest.Matchers.equalTo("paid"));

    // unsealing: the handler only, the reason audited, never the identity
    as(Tokens.token("it-approver-1", DALI, "reward-approver"))
        .body(Json.of("reason", "checking before the payment"))
        .post(ir(DALI, "informants/" + informantId + "/unseal"))
        .then()
        .statusCode(403);
    as(handler)
        .body(Json.of("reason", "现金领取前核实举报人身份"))
        .post(ir(DALI, "informants/" + informantId + "/unseal"))
        .then()
        .statusCode(200)
        .body("phone", org.hamcrest.Matchers.equalTo(phone))
        .body("realName", org.hamcrest.Matchers.equalTo(name))
        .body("paymentAccount", org.hamcrest.Matchers.equalTo(account));
    assertThat(
            Database.count(
                "select count(*) from core_audit_record where tenant_id = ? and action = ?"
                    + " and subject_id = ?",
                DALI,
                "informant.unsealed",
                informantId))
        .isEqualTo(1);

    // the figures count the tip and the payment
    // exactly: one informant (registered twice: one), one tip verified true, ¥120 paid
    JsonPath stats = statistics(DALI);
    Map<String, Long> growth = new java.util.LinkedHashMap<>();
    for (String figure :
        List.of(
            "informantsRegistered",
            "tips",
            "tipsByCategory.illegal-lodging",
            "verified",
            "verifiedTrue",
            "rewardsPaid",
            "rewardsPaidFen")) {
      growth.put(figure, count(stats, figure) - count(statsBefore, figure));
    }
    assertThat(growth)
        .containsExactly(
            Map.entry("informantsRegistered", 1L),
            Map.entry("tips", 1L),
            Map.entry("tipsByCategory.illegal-lodging", 1L),
            Map.entry("verified", 1L),
            Map.entry("verifiedTrue", 1L),
            Map.entry("rewardsPaid", 1L),
            Map.entry("rewardsPaidFen", 12_000L));

    // nothing of the identity in clear: the server's log, the module's tables, the audit trail
    List<String> secrets = List.of(phone, spokenPhone, name, account);
    Path logs = Path.of(System.getProperty("it.server.log")).getParent();
    List<Path> files;
    try (var walk = Files.walk(logs)) {
      files = walk.filter(Files::isRegularFile).toList();
    }
    assertThat(files).isNotEmpty();
    for (Path file : files) {
      // messages.log, console.log, FFDC incidents: every file the server logged into
      String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
      for (String secret : secrets) {
        assertThat(text).as("%s", file.getFileName()).doesNotContain(secret);
      }
    }
    for (String table :
        List.of(
            "ir_informant",
            "ir_registration",
            "ir_tip",
            "ir_tip_message",
            "ir_tip_photo",
            "ir_reward",
            "ir_reward_payment",
            "ir_reward_budget",
            "core_audit_record",
            "core_idempotency_record")) {
      String dump = dump(table, DALI);
      assertThat(dump).as(table).isNotEmpty();
      for (String secret : secrets) {
        assertThat(dump).as("%s holds it in clear", table).doesNotContain(secret);
      }
    }
    assertThat(dump("ir_informant", DALI)).contains(pseudonym);
  }

  /** Every column of every row of the tenant in a table, as text. */
  private static String dump(String table, String tenant) throws SQLException {
    StringBuilder out = new StringBuilder();
    try (Connection c = Database.connect();
        PreparedStatement s =
            c.prepareStatement("select * from " + table + " where tenant_id = ?")) {
      s.setString(1, tenant);
      try (ResultSet r = s.executeQuery()) {
        int columns = r.getMetaData().getColumnCount();
        while (r.next()) {
          for (int i = 1; i <= columns; i++) {
            int type = r.getMetaData().getColumnType(i);
            boolean binary =
                type == java.sql.Types.BLOB
                    || type == java.sql.Types.LONGVARBINARY
                    || type == java.sql.Types.VARBINARY
                    || type == java.sql.Types.BINARY;
            // binary columns (photos) as the UTF-8 text they would show in a dump
            String text =
                binary
                    ? (r.getBytes(i) == null
                        ? ""
                        : new String(r.getBytes(i), StandardCharsets.UTF_8))
                    : r.getString(i);
            out.append(text == null ? "" : text).append('|');
          }
          out.append('\n');
        }
      }
    }
    return out.toString();
  }

  @Test
  void twoApprovalsRacingForTheLastOfTheBudgetCannotBothPassIt() throws Exception {
    String tenant = TenantDocs.newTenantId("budget");
    TenantDocs.daliAs(tenant)
        .firstKiosks(1)
        .informantRewards(
            """
            {"rewards": [{"category": "*", "outcome": "verified-true", "amountFen": 10000}],
             "budget": {"period": "month", "limitFen": 15000}}
            """)
        .onboard(tenant);
    String handler = Tokens.token("it-handler", tenant, "informant-handler");
    List<JsonPath> rewards = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      String tipId = submit(tenant, null, "touting", "南门有人拉客揽客去黑店，第" + i + "次").getString("tipId");
      verifyTrue(tenant, tipId);
      rewards.add(proposeReward(tenant, handler, tipId, null));
    }
    // two approvers at once, ¥100 each, ¥150 budget: exactly one fits
    List<Response> answers =
        parallel(
            List.of(
                () ->
                    approve(
                        tenant,
                        Tokens.token("it-approver-a", tenant, "reward-approver"),
                        rewards.get(0)),
                () ->
                    approve(
                        tenant,
                        Tokens.token("it-approver-b", tenant, "reward-approver"),
                        rewards.get(1))));
    assertThat(answers).extracting(Response::statusCode).containsExactlyInAnyOrder(200, 422);
    Response loser = answers.stream().filter(r -> r.statusCode() == 422).findFirst().orElseThrow();
    assertThat(loser.jsonPath().getString("code")).isEqualTo("reward.budget-exceeded");
    assertThat(
            Database.count(
                "select coalesce(sum(committed_fen), 0) from ir_reward_budget where tenant_id = ?",
                tenant))
        .isEqualTo(10_000);
    Rows before = Rows.of(tenant);
    JsonPath third =
        assertProblem(
            approve(
                tenant, Tokens.token("it-approver-a", tenant, "reward-approver"), rewards.get(2)),
            422,
            "rule-violation");
    assertThat(third.getString("detail")).contains("50.00");
    before.assertUnchanged();
  }

  @Test
  void parallelPaymentsOfOneRewardLeaveOneLedgerLine() throws Exception {
    JsonPath receipt = submit(LIJIANG, null, "touting", "四方街有人尾随兜售，强行拉客 " + Fixtures.random(6));
    String tipId = receipt.getString("tipId");
    verifyTrue(LIJIANG, tipId);
    String handler = Tokens.token("it-handler", LIJIANG, "informant-handler");
    JsonPath reward = proposeReward(LIJIANG, handler, tipId, null);
    assertThat(reward.getLong("amountFen")).isEqualTo(5_000);
    approve(LIJIANG, Tokens.token("it-approver", LIJIANG, "reward-approver"), reward)
        .then()
        .statusCode(200);
    String rewardId = reward.getString("id");

    List<Callable<Response>> payments = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      payments.add(
          () ->
              as(handler)
                  .header("Idempotency-Key", "pay-" + UUID.randomUUID())
                  .body(Json.of("method", "cash", "receiptCode", receipt.getString("receiptCode")))
                  .post(ir(LIJIANG, "rewards/" + rewardId + "/payment")));
    }
    List<Response> answers = parallel(payments);
    assertThat(answers.stream().filter(r -> r.statusCode() == 201)).hasSize(1);
    for (Response r : answers) {
      // the losers see it paid (409); a database deadlock between them answers 503, never 500
      assertThat(r.statusCode()).as(r.asString()).isIn(201, 409, 503);
    }
    assertThat(
            Database.count(
                "select count(*) from ir_reward_payment where tenant_id = ? and reward_id = ?",
                LIJIANG,
                rewardId))
        .isEqualTo(1);
    Api.as(handler)
        .get(ir(LIJIANG, "tips/" + tipId))
        .then()
        .statusCode(200)
        .body("tip.status", org.hamcrest.Matchers.equalTo("paid"))
        .body("payment.amountFen", org.hamcrest.Matchers.equalTo(5_000));
  }

  @Test
  void refusedRequestsWriteNothingAndAnotherTenantsTipDoesNotExist() {
    Rows dali = Rows.of(DALI);
    Rows lijiang = Rows.of(LIJIANG);
    String client = "client-" + UUID.randomUUID();
    assertProblem(
        client(client)
            .contentType(ContentType.JSON)
            .body(Json.of("phone", "0872-2670110"))
            .post(ir(DALI, "public/registrations")),
        400,
        "validation");
    assertProblem(
        client(client)
            .header("Idempotency-Key", UUID.randomUUID().toString())
            .contentType(ContentType.JSON)
            .body(Json.of("category", "horse-riding", "description", "有人无证牵马揽客收费很高"))
            .post(ir(DALI, "public/tips")),
        400,
        "validation");
    assertProblem(
        client(client)
            .header("Idempotency-Key", UUID.randomUUID().toString())
            .contentType(ContentType.JSON)
            .body("{\"category\": \"touting\", \"description\": ")
            .post(ir(DALI, "public/tips")),
        400,
        "malformed-body");
    assertProblem(
        client(client)
            .contentType(ContentType.JSON)
            .body(Json.of("receiptCode", "ZZZZ-ZZZZ-ZZZZ-ZZZZ", "body", "hello there"))
            .post(ir(DALI, "public/tip-messages")),
        404,
        "not-found");
    dali.assertUnchanged();
    lijiang.assertUnchanged();

    JsonPath lijiangTip = submit(LIJIANG, null, "touting", "四方街有人拉客去黑店购物 " + Fixtures.random(6));
    String tipId = lijiangTip.getString("tipId");
    // a Lijiang receipt code means nothing in Dali
    assertProblem(
        client(client)
            .contentType(ContentType.JSON)
            .body(Json.of("receiptCode", lijiangTip.getString("receiptCode")))
            .post(ir(DALI, "public/tip-status")),
        404,
        "not-found");
    assertProblem(
        Api.as(Tokens.token("it-handler", DALI, "informant-handler"))
            .get(ir(DALI, "tips/" + tipId)),
        404,
        "not-found");
    assertProblem(
        as(Tokens.token("it-handler", DALI, "informant-handler"))
            .body(Json.of("amountFen", 5000))
            .post(ir(DALI, "tips/" + tipId + "/reward")),
        404,
        "not-found");
  }

  private static List<Response> parallel(List<Callable<Response>> calls) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(calls.size());
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<Response>> futures = new ArrayList<>();
      for (Callable<Response> call : calls) {
        futures.add(
            pool.submit(
                () -> {
                  start.await();
                  return call.call();
                }));
      }
      start.countDown();
      List<Response> answers = new ArrayList<>();
      for (Future<Response> f : futures) {
        answers.add(f.get());
      }
      return answers;
    } finally {
      pool.shutdownNow();
    }
  }
}
