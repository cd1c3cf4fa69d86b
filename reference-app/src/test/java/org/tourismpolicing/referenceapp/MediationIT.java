package org.tourismpolicing.referenceapp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tourismpolicing.referenceapp.support.Fixtures.DALI;
import static org.tourismpolicing.referenceapp.support.Fixtures.LIJIANG;
import static org.tourismpolicing.referenceapp.support.Fixtures.leader;
import static org.tourismpolicing.referenceapp.support.Fixtures.post;
import static org.tourismpolicing.referenceapp.support.Fixtures.put;
import static org.tourismpolicing.referenceapp.support.Fixtures.token;
import static org.tourismpolicing.referenceapp.support.Problems.assertInvalid;
import static org.tourismpolicing.referenceapp.support.Problems.assertProblem;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.tourismpolicing.referenceapp.support.Api;
import org.tourismpolicing.referenceapp.support.Database;
import org.tourismpolicing.referenceapp.support.Fixtures;
import org.tourismpolicing.referenceapp.support.Json;
import org.tourismpolicing.referenceapp.support.Tokens;
import tools.jackson.databind.JsonNode;

/**
 * The mediation room of Dali (阿鹏调解室) through the assembled application on MariaDB: a dispute from
 * walk-in to agreement, department tasks seen only by their department, evidence, the printable
 * agreement and its verification, satisfaction links that work once, fulfilment, outreach, overdue
 * cases and statistics; and the refusals: no token, wrong role, another tenant's ids, bad input —
 * with nothing written.
 */
class MediationIT {

  private static final String MERCHANT_CODE = "91532901MA6K7Y2E3J";
  private static final byte[] PNG = {
    (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 'I', 'H', 'D', 'R'
  };

  static String mediator(String tenant) {
    return token(tenant, "mediator");
  }

  static String cases(String tenant) {
    return "/api/" + tenant + "/mediation/cases";
  }

  private static String path(String tenant, String rest) {
    return "/api/" + tenant + "/mediation/" + rest;
  }

  private static Map<String, Object> newCase(String description) {
    return newCase(description, MERCHANT_CODE, MERCHANT_CODE);
  }

  /** A walk-in price dispute with a tourist and a merchant party, credit codes as given. */
  static Map<String, Object> newCase(String description, String partyCode, String merchantCode) {
    return Json.map(
        "source",
        "walk-in",
        "category",
        "price",
        "description",
        description,
        "amount",
        Json.map("amount", "380.00"),
        "merchantName",
        "古城某餐馆",
        "merchantCreditCode",
        merchantCode,
        "zone",
        "south",
        "language",
        "en",
        "parties",
        List.of(
            Json.map("role", "tourist", "name", "Ms Wang", "contact", "13800000000"),
            Json.map("role", "merchant", "name", "古城某餐馆", "creditCode", partyCode)));
  }

  static JsonPath register(String tenant, String description) {
    Response r = post(mediator(tenant), cases(tenant), newCase(description));
    assertThat(r.statusCode()).as(r.asString()).isEqualTo(201);
    return r.jsonPath();
  }

  /** Closes a registered case as not reached, referring the parties to {@code body}. */
  private static Response referElsewhere(String tenant, JsonPath registered, String body) {
    return post(
        mediator(tenant),
        cases(tenant) + "/" + registered.getString("id") + "/not-reached",
        Json.map("version", registered.getLong("version"), "referredTo", body));
  }

  /**
   * Runs {@code checks} with the test server's clock moved ahead by {@code offset} (ISO-8601), then
   * gives the clock back whatever happened. The clock is the server's: no other test runs meanwhile
   * (integration tests run one after the other).
   */
  private static void withServerClockAhead(String offset, Runnable checks) {
    String clock = "/api/platform/clock";
    Response moved =
        Api.as(Tokens.platformAdmin())
            .contentType("application/json")
            .body(Json.of("offset", offset))
            .put(clock);
    assertThat(moved.statusCode()).as(moved.asString()).isEqualTo(200);
    try {
      checks.run();
    } finally {
      Api.as(Tokens.platformAdmin())
          .contentType("application/json")
          .body("{\"fixedAt\": null}")
          .put(clock)
          .then()
          .statusCode(200);
    }
  }

  /** Counts of every mediation table and the audit trail of a tenant, straight from MariaDB. */
  /** A session of the case scheduled in the room with li-wenhua and recorded as held. */
  static void holdASession(String tenant, String id) {
    Response session =
        post(
            mediator(tenant),
            cases(tenant) + "/" + id + "/sessions",
            Json.map(
                "scheduledAt",
                Instant.now().plusSeconds(600).toString(),
                "place",
                "阿鹏调解室",
                "mediators",
                List.of("li-wenhua")));
    assertThat(session.statusCode()).as(session.asString()).isEqualTo(201);
    Response held =
        post(
            mediator(tenant),
            cases(tenant)
                + "/"
                + id
                + "/sessions/"
                + session.jsonPath().getString("id")
                + "/record",
            Json.map("attendees", List.of("Ms Wang", "Restaurant manager"), "notes", "Heard"));
    assertThat(held.statusCode()).as(held.asString()).isEqualTo(200);
    assertThat(held.jsonPath().getString("status")).isEqualTo("held");
  }

  private static Response publicAgreementCheck(String tenant, String client, String code) {
    return Api.anonymous()
        .header("X-Forwarded-For", client)
        .contentType("application/json")
        .body(Json.of("code", code))
        .post(path(tenant, "public/agreement-check"));
  }

  private static List<Long> rows(String tenant) {
    return Database.longs(
        "select (select count(*) from mediation_case where tenant_id = ?),"
            + " (select coalesce(sum(version), 0) from mediation_case where tenant_id = ?),"
            + " (select count(*) from mediation_party where tenant_id = ?),"
            + " (select count(*) from mediation_session where tenant_id = ?),"
            + " (select count(*) from mediation_evidence where tenant_id = ?),"
            + " (select count(*) from mediation_department_task where tenant_id = ?),"
            + " (select coalesce(sum(version), 0) from mediation_department_task"
            + "  where tenant_id = ?),"
            + " (select count(*) from mediation_satisfaction where tenant_id = ?),"
            + " (select count(*) from mediation_satisfaction where tenant_id = ?"
            + "  and used_at is not null),"
            + " (select count(*) from mediation_outreach_visit where tenant_id = ?),"
            + " (select count(*) from mediation_duty_shift where tenant_id = ?),"
            + " (select count(*) from core_audit_record where tenant_id = ?)",
        tenant,
        tenant,
        tenant,
        tenant,
        tenant,
        tenant,
        tenant,
        tenant,
        tenant,
        tenant,
        tenant,
        tenant);
  }

  @Test
  void aDisputeGoesFromWalkInToAFulfilledAgreementRatedOnce() {
    JsonPath figuresBefore = figures(DALI);
    // registered, with two parties and the merchant's checked credit code
    Response created = post(mediator(DALI), cases(DALI), newCase("Charged 380 for a meal of 180"));
    assertThat(created.statusCode()).as(created.asString()).isEqualTo(201);
    String id = created.jsonPath().getString("id");
    assertThat(created.header("Location")).isEqualTo(Api.baseUrl() + cases(DALI) + "/" + id);
    assertThat(created.jsonPath().getString("caseNumber")).matches("TJ\\d{8}-\\d{4}");
    assertThat(created.jsonPath().getString("status")).isEqualTo("registered");
    assertThat(created.jsonPath().getString("amount.amount")).isEqualTo("380.00");
    assertThat(created.jsonPath().getList("parties.role")).containsExactly("tourist", "merchant");
    assertThat(created.jsonPath().getBoolean("screening.available"))
        .as("the blacklist module is deployed")
        .isTrue();
    assertThat(created.jsonPath().getBoolean("screening.listed")).isFalse();
    assertThat(
            Database.string(
                "select amount_fen from mediation_case where tenant_id = ? and id = ?", DALI, id))
        .isEqualTo("38000");

    // accepted by a named mediator, with the ETag as If-Match
    Response accepted =
        Api.as(mediator(DALI))
            .contentType("application/json")
            .header("If-Match", created.header("ETag"))
            .body(Json.of("mediator", "li-wenhua"))
            .post(cases(DALI) + "/" + id + "/acceptance");
    assertThat(accepted.statusCode()).as(accepted.asString()).isEqualTo(200);
    assertThat(accepted.jsonPath().getString("status")).isEqualTo("accepted");
    assertThat(accepted.jsonPath().getString("mediator.code")).isEqualTo("li-wenhua");
    long version = accepted.jsonPath().getLong("version");

    // accepting twice is an illegal move
    assertProblem(
        post(mediator(DALI), cases(DALI) + "/" + id + "/acceptance", Json.map("version", version)),
        409,
        "conflict");

    // a task to market regulation: seen and answered by that department only
    Response task =
        post(
            mediator(DALI),
            cases(DALI) + "/" + id + "/department-tasks",
            Json.map("department", "market-regulation", "request", "Check the price list."));
    assertThat(task.statusCode()).as(task.asString()).isEqualTo(201);
    String taskId = task.jsonPath().getString("id");
    long taskVersion = task.jsonPath().getLong("version");
    String market = Tokens.departmentToken("it-market", DALI, "market-regulation");
    String fire = Tokens.departmentToken("it-fire", DALI, "fire");
    assertThat(
            Api.as(market)
                .get(path(DALI, "department-tasks"))
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("items.id"))
        .contains(taskId);
    List<String> fireSees =
        Api.as(fire)
            .get(path(DALI, "department-tasks"))
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getList("items.id");
    assertThat(fireSees).doesNotContain(taskId);
    assertThat(
            Api.as(fire)
                .queryParam("department", "market-regulation")
                .get(path(DALI, "department-tasks"))
                .jsonPath()
                .getList("items"))
        .as("asking for another department's tasks gives none")
        .isEmpty();
    JsonPath seen =
        Api.as(market)
            .get(path(DALI, "department-tasks/" + taskId))
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(seen.getString("caseId")).isEqualTo(id);
    assertThat(seen.getString("department")).isEqualTo("market-regulation");
    assertThat(seen.getString("request")).isEqualTo("Check the price list.");
    assertThat(seen.getString("status")).isEqualTo("open");
    assertProblem(Api.as(fire).get(path(DALI, "department-tasks/" + taskId)), 404, "not-found");
    List<Long> beforeForeignAnswer = rows(DALI);
    assertProblem(
        post(
            fire,
            path(DALI, "department-tasks/" + taskId + "/answer"),
            Json.map("answer", "x", "version", taskVersion)),
        404,
        "not-found");
    assertThat(rows(DALI)).isEqualTo(beforeForeignAnswer);
    Response answered =
        post(
            market,
            path(DALI, "department-tasks/" + taskId + "/answer"),
            Json.map("answer", "The listed price is 180 yuan.", "version", taskVersion));
    assertThat(answered.statusCode()).as(answered.asString()).isEqualTo(200);
    assertThat(answered.jsonPath().getString("status")).isEqualTo("answered");
    assertThat(answered.jsonPath().getString("answeredBy")).isEqualTo("it-market");
    assertProblem(
        post(
            market,
            path(DALI, "department-tasks/" + taskId + "/answer"),
            Json.map("answer", "y", "version", taskVersion + 1)),
        409,
        "conflict");
    assertProblem(
        post(
            mediator(DALI),
            path(DALI, "department-tasks/" + taskId + "/answer"),
            Json.map("answer", "z", "version", taskVersion + 1)),
        403,
        "forbidden");

    // evidence: a photo is stored with its hash and comes back as an attachment
    Response uploaded =
        Api.as(mediator(DALI))
            .contentType("image/png")
            .queryParam("fileName", "price board.png")
            .body(PNG)
            .post(cases(DALI) + "/" + id + "/evidence");
    assertThat(uploaded.statusCode()).as(uploaded.asString()).isEqualTo(201);
    assertThat(uploaded.jsonPath().getString("sha256")).hasSize(64);
    Response download = Api.as(mediator(DALI)).accept("*/*").get(uploaded.header("Location"));
    assertThat(download.statusCode()).isEqualTo(200);
    assertThat(download.contentType()).startsWith("image/png");
    assertThat(download.header("Content-Disposition")).startsWith("attachment;");
    assertThat(download.asByteArray()).isEqualTo(PNG);

    // a session is scheduled and held
    holdASession(DALI, id);

    JsonPath inMediation = Api.as(mediator(DALI)).get(cases(DALI) + "/" + id).jsonPath();
    assertThat(inMediation.getString("status")).isEqualTo("in-mediation");
    List<String> partyIds = inMediation.getList("parties.id");
    long current = inMediation.getLong("version");

    // an agreement without every party's consent is refused and writes nothing
    List<Long> beforeRefusal = rows(DALI);
    assertProblem(
        post(
            mediator(DALI),
            cases(DALI) + "/" + id + "/agreement",
            Json.map(
                "version",
                current,
                "terms",
                "Refund 200 yuan",
                "consents",
                List.of(Json.map("party", partyIds.get(0), "method", "signature")))),
        422,
        "rule-violation");
    assertThat(rows(DALI)).isEqualTo(beforeRefusal);

    Response agreed =
        post(
            mediator(DALI),
            cases(DALI) + "/" + id + "/agreement",
            Json.map(
                "version",
                current,
                "terms",
                "The restaurant refunds 200 yuan to Ms Wang today.",
                "compensation",
                Json.map("amount", "200.00"),
                "consents",
                List.of(
                    Json.map("party", partyIds.get(0), "method", "signature"),
                    Json.map("party", partyIds.get(1), "method", "fingerprint"))));
    assertThat(agreed.statusCode()).as(agreed.asString()).isEqualTo(200);
    JsonPath decision = agreed.jsonPath();
    assertThat(decision.getString("dispute.status")).isEqualTo("agreement-reached");
    String code = decision.getString("dispute.agreement.verificationCode");
    assertThat(code).matches("[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}-.");
    assertThat(decision.getList("satisfactionLinks")).hasSize(2);
    String link = decision.getString("satisfactionLinks[0].path");
    String caseNumber = decision.getString("dispute.caseNumber");

    // the printable agreement in the parties' language, and in Chinese
    Response printed =
        Api.as(mediator(DALI)).accept("text/html").get(cases(DALI) + "/" + id + "/agreement");
    assertThat(printed.statusCode()).isEqualTo(200);
    assertThat(printed.contentType()).startsWith("text/html");
    assertThat(printed.asString())
        .contains("People&#39;s Mediation Agreement", caseNumber, code, "Ms Wang", "CN¥200.00");
    assertThat(
            Api.as(mediator(DALI))
                .accept("text/html")
                .queryParam("lang", "zh-CN")
                .get(cases(DALI) + "/" + id + "/agreement")
                .asString())
        .contains("人民调解协议书", "阿鹏调解室", code);

    // a department shown the paper has the code confirmed; a typo is caught; no token, no check
    Response check = Api.as(market).get(path(DALI, "agreements/" + code));
    assertThat(check.statusCode()).as(check.asString()).isEqualTo(200);
    assertThat(check.jsonPath().getString("caseNumber")).isEqualTo(caseNumber);
    assertThat(check.asString()).doesNotContain("Ms Wang");
    char last = code.charAt(0) == '7' ? '8' : '7';
    assertInvalid(Api.as(market).get(path(DALI, "agreements/" + last + code.substring(1))), "code");
    assertProblem(Api.anonymous().get(path(DALI, "agreements/" + code)), 401, "unauthenticated");

    // anyone holding the paper checks it without a login, the code in the body; a typo is
    // caught, another tenant knows no such agreement, and the checks are limited per client
    int host = 1 + new java.util.Random().nextInt(200);
    String client = "198.51.100." + host;
    Response publicCheck = publicAgreementCheck(DALI, client, code);
    assertThat(publicCheck.statusCode()).as(publicCheck.asString()).isEqualTo(200);
    assertThat(publicCheck.jsonPath().getString("caseNumber")).isEqualTo(caseNumber);
    assertThat(publicCheck.jsonPath().getString("compensation.amount")).isEqualTo("200.00");
    assertThat(publicCheck.asString()).doesNotContain("Ms Wang");
    assertInvalid(publicAgreementCheck(DALI, client, last + code.substring(1)), "code");
    assertProblem(publicAgreementCheck(LIJIANG, client, code), 404, "not-found");
    Response limited = null;
    for (int i = 0; i < 40 && (limited == null || limited.statusCode() != 429); i++) {
      limited = publicAgreementCheck(DALI, client, code);
    }
    assertProblem(limited, 429, "too-many-requests");
    assertThat(publicAgreementCheck(DALI, "203.0.113." + host, code).statusCode()).isEqualTo(200);

    // the satisfaction link works once, without a login
    Response view = Api.anonymous().get(link);
    assertThat(view.statusCode()).as(view.asString()).isEqualTo(200);
    assertThat(view.jsonPath().getBoolean("answerable")).isTrue();
    assertThat(view.jsonPath().getString("room.zh-CN")).isEqualTo("阿鹏调解室");
    Response rated =
        Api.anonymous()
            .contentType("application/json")
            .body(Json.of("rating", 5, "comment", "Fair and patient"))
            .post(link);
    assertThat(rated.statusCode()).as(rated.asString()).isEqualTo(200);
    List<Long> afterFirstUse = rows(DALI);
    Response again =
        Api.anonymous()
            .contentType("application/json")
            .body(Json.of("rating", 1, "comment", "second try"))
            .post(link);
    assertProblem(again, 409, "conflict");
    assertThat(again.jsonPath().getString("code")).isEqualTo("satisfaction.link.used");
    assertThat(rows(DALI)).isEqualTo(afterFirstUse);
    assertThat(Api.anonymous().get(link).jsonPath().getBoolean("answerable")).isFalse();
    assertThat(
            Database.string(
                "select rating from mediation_satisfaction where tenant_id = ? and case_id = ?"
                    + " and used_at is not null",
                DALI,
                id))
        .isEqualTo("5");

    // fulfilment is followed up once
    long afterAgreement =
        Api.as(mediator(DALI)).get(cases(DALI) + "/" + id).jsonPath().getLong("version");
    Response fulfilled =
        post(
            mediator(DALI),
            cases(DALI) + "/" + id + "/fulfilment",
            Json.map("version", afterAgreement, "outcome", "fulfilled", "note", "Refund paid"));
    assertThat(fulfilled.statusCode()).as(fulfilled.asString()).isEqualTo(200);
    assertThat(fulfilled.jsonPath().getString("agreement.fulfilment")).isEqualTo("fulfilled");
    assertProblem(
        post(
            mediator(DALI),
            cases(DALI) + "/" + id + "/fulfilment",
            Json.map(
                "version", fulfilled.jsonPath().getLong("version"), "outcome", "not-fulfilled")),
        409,
        "conflict");

    // every change is in the audit trail
    assertThat(
            Database.count(
                "select count(*) from core_audit_record where tenant_id = ? and subject_id = ?"
                    + " and subject_type = 'mediation-case'",
                DALI,
                id))
        .isGreaterThanOrEqualTo(11);

    // the figures grow by exactly this case: one walk-in about a price, decided by an agreement,
    // two satisfaction links of which one was answered, one department task answered
    JsonPath figures = figures(DALI);
    Map<String, Long> growth = new java.util.LinkedHashMap<>();
    for (String figure :
        List.of(
            "registered",
            "byCategory.price",
            "bySource.walk-in",
            "decided",
            "agreements",
            "notReached",
            "withdrawn",
            "satisfactionLinks",
            "satisfactionAnswers",
            "tasks",
            "tasksAnswered",
            "tasksOpen")) {
      growth.put(figure, count(figures, figure) - count(figuresBefore, figure));
    }
    assertThat(growth)
        .containsExactly(
            Map.entry("registered", 1L),
            Map.entry("byCategory.price", 1L),
            Map.entry("bySource.walk-in", 1L),
            Map.entry("decided", 1L),
            Map.entry("agreements", 1L),
            Map.entry("notReached", 0L),
            Map.entry("withdrawn", 0L),
            Map.entry("satisfactionLinks", 2L),
            Map.entry("satisfactionAnswers", 1L),
            Map.entry("tasks", 1L),
            Map.entry("tasksAnswered", 1L),
            Map.entry("tasksOpen", 0L));
    assertThat(figures.getString("timeZone")).isEqualTo("Asia/Shanghai");
  }

  /**
   * The room's figures for yesterday to tomorrow (the tenant's days). Integration tests run one
   * after the other, so what a test does between two readings is all that changes them.
   */
  private static JsonPath figures(String tenant) {
    LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
    Response r =
        Api.as(leader(tenant))
            .queryParam("from", today.minusDays(1).toString())
            .queryParam("to", today.plusDays(1).toString())
            .get(path(tenant, "statistics"));
    assertThat(r.statusCode()).as(r.asString()).isEqualTo(200);
    return r.jsonPath();
  }

  /** A count of the figures, 0 when absent (a category nothing was registered in yet). */
  private static long count(JsonPath figures, String name) {
    Object value = figures.get(name);
    return value == null ? 0 : ((Number) value).longValue();
  }

  @Test
  void theLeaderHandsACaseToAnotherMediatorAndASessionIsCancelled() {
    JsonPath registered = register(DALI, "Mediator change and a cancelled session");
    String id = registered.getString("id");
    Response accepted =
        post(
            mediator(DALI),
            cases(DALI) + "/" + id + "/acceptance",
            Json.map("version", registered.getLong("version"), "mediator", "li-wenhua"));
    assertThat(accepted.statusCode()).as(accepted.asString()).isEqualTo(200);
    assertThat(accepted.jsonPath().getString("mediator.code")).isEqualTo("li-wenhua");

    // the station leader hands it to Yang Xiulan
    Response changed =
        put(
            leader(DALI),
            cases(DALI) + "/" + id + "/mediator",
            Json.map("version", accepted.jsonPath().getLong("version"), "mediator", "yang-xiulan"));
    assertThat(changed.statusCode()).as(changed.asString()).isEqualTo(200);
    JsonPath read = Api.as(mediator(DALI)).get(cases(DALI) + "/" + id).jsonPath();
    assertThat(read.getString("mediator.code")).isEqualTo("yang-xiulan");
    assertThat(read.getString("mediator.name")).isEqualTo("杨秀兰");
    assertThat(read.getLong("version")).isGreaterThan(accepted.jsonPath().getLong("version"));
    assertThat(
            Database.count(
                "select count(*) from core_audit_record where tenant_id = ? and subject_id = ?"
                    + " and action = 'case.assigned'",
                DALI,
                id))
        .isEqualTo(1);

    // a session is scheduled, then called off: it stays on file as cancelled, with no hearing
    Response session =
        post(
            mediator(DALI),
            cases(DALI) + "/" + id + "/sessions",
            Json.map(
                "scheduledAt",
                Instant.now().plusSeconds(3600).toString(),
                "place",
                "阿鹏调解室",
                "mediators",
                List.of("yang-xiulan")));
    assertThat(session.statusCode()).as(session.asString()).isEqualTo(201);
    String sessionId = session.jsonPath().getString("id");
    Response cancelled =
        post(
            mediator(DALI),
            cases(DALI) + "/" + id + "/sessions/" + sessionId + "/cancellation",
            Json.map("reason", "The merchant is away until Friday"));
    assertThat(cancelled.statusCode()).as(cancelled.asString()).isEqualTo(200);
    JsonPath after = Api.as(mediator(DALI)).get(cases(DALI) + "/" + id).jsonPath();
    assertThat(after.getString("sessions.find { it.id == '" + sessionId + "' }.status"))
        .isEqualTo("cancelled");
    assertThat(after.getString("sessions.find { it.id == '" + sessionId + "' }.heldAt")).isNull();
    assertThat(after.getString("sessions.find { it.id == '" + sessionId + "' }.notes"))
        .isEqualTo("The merchant is away until Friday");
    assertThat(
            Database.count(
                "select count(*) from core_audit_record where tenant_id = ? and subject_id = ?"
                    + " and action = 'case.session-cancelled'",
                DALI,
                id))
        .isEqualTo(1);
    // a cancelled session cannot be held
    assertProblem(
        post(
            mediator(DALI),
            cases(DALI) + "/" + id + "/sessions/" + sessionId + "/record",
            Json.map("attendees", List.of("Ms Wang"))),
        409,
        "conflict");
  }

  @Nested
  class OtherEndings {

    @Test
    void aWithdrawnCaseMovesNoMore() {
      JsonPath c = register(DALI, "Withdrawn dispute");
      String id = c.getString("id");
      Response withdrawn =
          post(
              mediator(DALI),
              cases(DALI) + "/" + id + "/withdrawal",
              Json.map("version", c.getLong("version"), "reason", "Settled between themselves"));
      assertThat(withdrawn.statusCode()).as(withdrawn.asString()).isEqualTo(200);
      assertThat(withdrawn.jsonPath().getString("status")).isEqualTo("withdrawn");

      List<Long> before = rows(DALI);
      assertProblem(
          post(
              mediator(DALI),
              cases(DALI) + "/" + id + "/acceptance",
              Json.map("version", withdrawn.jsonPath().getLong("version"))),
          409,
          "conflict");
      assertThat(rows(DALI)).isEqualTo(before);
    }

    @Test
    void aDisputeNotSettledIsReferredAndItsPartiesGetLinks() {
      JsonPath c = register(DALI, "Not settled");
      Response referred = referElsewhere(DALI, c, "market-regulation");
      assertThat(referred.statusCode()).as(referred.asString()).isEqualTo(200);
      assertThat(referred.jsonPath().getString("dispute.status")).isEqualTo("not-reached");
      assertThat(referred.jsonPath().getString("dispute.referredTo"))
          .isEqualTo("market-regulation");
      assertThat(referred.jsonPath().getList("satisfactionLinks")).hasSize(2);
    }

    @Test
    void aStaleVersionIsAConflictAndAWrongIfMatchFailsThePrecondition() {
      JsonPath c = register(DALI, "Stale edits");
      String accept = cases(DALI) + "/" + c.getString("id") + "/acceptance";
      assertProblem(
          post(mediator(DALI), accept, Json.map("version", c.getLong("version") + 5)),
          409,
          "version-conflict");
      assertProblem(
          Api.as(mediator(DALI))
              .contentType("application/json")
              .header("If-Match", "\"999\"")
              .body("{}")
              .post(accept),
          412,
          "precondition-failed");
      assertProblem(post(mediator(DALI), accept, Json.map()), 428, "precondition-required");
    }

    @Test
    void aHotlineTicketOrADepartmentsFileOpensOneCase() {
      String ticket = "12345-" + Fixtures.random(8);
      Map<String, Object> hotline = newCase("By phone");
      hotline.put("source", "hotline");
      hotline.put("sourceRef", ticket);
      Response first = post(mediator(DALI), cases(DALI), hotline);
      assertThat(first.statusCode()).as(first.asString()).isEqualTo(201);

      List<Long> before = rows(DALI);
      Response again = post(mediator(DALI), cases(DALI), hotline);
      assertProblem(again, 409, "conflict");
      assertThat(again.jsonPath().getString("detail"))
          .contains(first.jsonPath().getString("caseNumber"));
      assertThat(rows(DALI)).isEqualTo(before);

      String file = "file-" + Fixtures.random(6);
      for (String department : List.of("market-regulation", "culture-tourism")) {
        Map<String, Object> referral = newCase("Referred by " + department);
        referral.put("source", "department-referral");
        referral.put("referringDepartment", department);
        referral.put("sourceRef", file);
        Response r = post(mediator(DALI), cases(DALI), referral);
        assertThat(r.statusCode()).as(r.asString()).isEqualTo(201);
        assertThat(r.jsonPath().getString("referringDepartment")).isEqualTo(department);
      }
    }

    @Test
    void listsArePagedWithACursor() {
      register(DALI, "Paging one");
      register(DALI, "Paging two");

      JsonPath first = Api.as(mediator(DALI)).queryParam("limit", 1).get(cases(DALI)).jsonPath();
      assertThat(first.getList("items")).hasSize(1);
      String cursor = first.getString("nextCursor");
      assertThat(cursor).isNotBlank();
      JsonPath second =
          Api.as(mediator(DALI))
              .queryParam("limit", 1)
              .queryParam("cursor", cursor)
              .get(cases(DALI))
              .jsonPath();
      assertThat(second.getString("items[0].id")).isNotEqualTo(first.getString("items[0].id"));
      assertThat(second.getString("items[0].registeredAt"))
          .as("newest first")
          .isLessThanOrEqualTo(first.getString("items[0].registeredAt"));
      assertInvalid(Api.as(mediator(DALI)).queryParam("limit", 0).get(cases(DALI)), "limit");
      assertInvalid(Api.as(mediator(DALI)).queryParam("status", "lost").get(cases(DALI)), "status");
    }

    @Test
    void everyMediationOperationIsDocumentedWithASummaryAndATag() {
      JsonNode paths =
          Json.parse(Api.anonymous().queryParam("format", "json").get("/openapi").asString())
              .path("paths");
      int operations = 0;
      for (var path : paths.properties()) {
        if (!path.getKey().startsWith("/api/{tenant}/mediation/")) {
          continue;
        }
        for (var operation : path.getValue().properties()) {
          if (!List.of("get", "post", "put", "delete").contains(operation.getKey())) {
            continue;
          }
          operations++;
          String where = operation.getKey() + " " + path.getKey();
          assertThat(operation.getValue().path("summary").asString("")).as(where).isNotBlank();
          assertThat(operation.getValue().path("tags").toString()).as(where).contains("mediation");
          assertThat(operation.getValue().path("responses").has("400")).as(where).isTrue();
        }
      }
      assertThat(operations).isGreaterThanOrEqualTo(28);
    }

    @Test
    void anOutreachFindingOpensACaseOnce() {
      Response visit =
          post(
              mediator(DALI),
              path(DALI, "outreach-visits"),
              Json.map(
                  "kind",
                  "knock",
                  "targetType",
                  "merchant",
                  "targetName",
                  "人民路某客栈",
                  "creditCode",
                  MERCHANT_CODE,
                  "zone",
                  "south",
                  "findings",
                  "Guests say the deposit is kept without reason"));
      assertThat(visit.statusCode()).as(visit.asString()).isEqualTo(201);
      String opens = path(DALI, "outreach-visits/" + visit.jsonPath().getString("id") + "/case");

      Response opened = post(mediator(DALI), opens, Json.map("category", "accommodation"));
      assertThat(opened.statusCode()).as(opened.asString()).isEqualTo(201);
      assertThat(opened.jsonPath().getString("source")).isEqualTo("outreach");
      assertProblem(
          post(mediator(DALI), opens, Json.map("category", "accommodation")), 409, "conflict");
      // the visit, read back by an officer, names the case it opened
      JsonPath read =
          Api.as(token(DALI, "officer"))
              .get(path(DALI, "outreach-visits/" + visit.jsonPath().getString("id")))
              .then()
              .statusCode(200)
              .extract()
              .jsonPath();
      assertThat(read.getString("targetName")).isEqualTo("人民路某客栈");
      assertThat(read.getString("creditCode")).isEqualTo(MERCHANT_CODE);
      assertThat(read.getString("zone")).isEqualTo("south");
      assertThat(read.getString("findings"))
          .isEqualTo("Guests say the deposit is kept without reason");
      assertThat(read.getString("visitedBy")).isEqualTo("it-mediator");
      assertThat(read.getString("caseId")).isEqualTo(opened.jsonPath().getString("id"));
    }

    @Test
    void mediatorsGoOnDutyWithoutOverlappingShifts() {
      LocalDate day = Fixtures.freshDate();
      Instant start = day.atTime(9, 0).atZone(ZoneId.of("Asia/Shanghai")).toInstant();
      String shifts = path(DALI, "mediators/duan-volunteer/duty-shifts");
      Map<String, Object> shift =
          Json.map(
              "startsAt", start.toString(), "endsAt", start.plus(Duration.ofHours(9)).toString());

      Response added = post(leader(DALI), shifts, shift);
      assertThat(added.statusCode()).as(added.asString()).isEqualTo(201);
      assertProblem(post(leader(DALI), shifts, shift), 409, "conflict");
      assertProblem(post(mediator(DALI), shifts, shift), 403, "forbidden");
      assertThat(
              Api.as(mediator(DALI))
                  .queryParam("from", day.toString())
                  .get(path(DALI, "duty-shifts"))
                  .jsonPath()
                  .getList("mediator"))
          .containsExactly("duan-volunteer");
      assertThat(Api.as(mediator(DALI)).get(path(DALI, "mediators")).jsonPath().getList("code"))
          .containsExactly("duan-volunteer", "li-wenhua", "yang-xiulan");
    }

    @Test
    void aCaseNotAcceptedInTimeIsListedAsOverdue() {
      String id = register(DALI, "Left waiting").getString("id");
      withServerClockAhead(
          "PT25H",
          () ->
              assertThat(
                      Api.as(mediator(DALI))
                          .queryParam("limit", 200)
                          .get(cases(DALI) + "/overdue")
                          .then()
                          .statusCode(200)
                          .extract()
                          .jsonPath()
                          .getList("items.id"))
                  .contains(id));
      assertThat(
              Api.as(mediator(DALI))
                  .queryParam("limit", 200)
                  .get(cases(DALI) + "/overdue")
                  .jsonPath()
                  .getList("items.id"))
          .doesNotContain(id);
    }
  }

  @Nested
  class EachTenantItsOwnRoom {

    @ParameterizedTest
    @CsvSource({
      "dali-gucheng, catering, horse-riding, 阿鹏调解室",
      "lijiang-gucheng, horse-riding, catering, 和谐古城调解室"
    })
    void theSameScenarioRunsWithEachTenantsCategoriesAndRoom(
        String tenant, String own, String foreign, String room) {
      Map<String, Object> body = newCase("Same scenario in " + tenant);
      body.put("category", own);
      Response created = post(mediator(tenant), cases(tenant), body);
      assertThat(created.statusCode()).as(created.asString()).isEqualTo(201);
      assertThat(created.jsonPath().getString("category")).isEqualTo(own);

      JsonPath referred = referElsewhere(tenant, created.jsonPath(), "court").jsonPath();
      Response page = Api.anonymous().get(referred.getString("satisfactionLinks[0].path"));
      assertThat(page.jsonPath().getString("room.zh-CN")).isEqualTo(room);

      List<Long> before = rows(tenant);
      body.put("category", foreign);
      assertInvalid(post(mediator(tenant), cases(tenant), body), "category");
      assertThat(rows(tenant)).isEqualTo(before);
    }
  }

  @Nested
  class Refusals {

    @Test
    void withoutATokenOnlyThePublicOperationsAnswer() {
      assertProblem(Api.anonymous().get(cases(DALI)), 401, "unauthenticated");
      assertProblem(
          Api.anonymous()
              .contentType("application/json")
              .body(Json.write(newCase("x")))
              .post(cases(DALI)),
          401,
          "unauthenticated");
      assertProblem(
          Api.anonymous().get(path(DALI, "public/satisfaction/" + "A".repeat(43))),
          404,
          "not-found");
    }

    @Test
    void everyOperationButTheSatisfactionLinkNeedsATokenAndOneOfItsRoles() {
      JsonNode paths =
          Json.parse(Api.anonymous().queryParam("format", "json").get("/openapi").asString())
              .path("paths");
      List<Long> before = rows(DALI);
      int checked = 0;
      for (var path : paths.properties()) {
        if (!path.getKey().startsWith("/api/{tenant}/mediation/")) {
          continue;
        }
        String url =
            path.getKey()
                .replace("{tenant}", DALI)
                .replaceAll("\\{[^}]+}", "0190f2a0-0000-7000-8000-000000000000");
        for (var operation : path.getValue().properties()) {
          String method = operation.getKey().toUpperCase(java.util.Locale.ROOT);
          if (!List.of("GET", "POST", "PUT").contains(method)) {
            continue;
          }
          var content = operation.getValue().path("requestBody").path("content");
          String type = content.isObject() ? content.propertyNames().iterator().next() : null;
          boolean isPublic = path.getKey().contains("/public/");
          Response anonymous = send(Api.anonymous(), method, url, type);
          Response informant = send(Api.as(token(DALI, "informant")), method, url, type);
          if (isPublic) {
            assertThat(anonymous.statusCode()).as(method + " " + url).isNotIn(401, 403);
          } else {
            assertProblem(anonymous, 401, "unauthenticated");
            assertProblem(informant, 403, "forbidden");
          }
          checked++;
        }
      }
      assertThat(checked).isGreaterThanOrEqualTo(30);
      assertThat(rows(DALI)).isEqualTo(before);
    }

    private Response send(
        io.restassured.specification.RequestSpecification request,
        String method,
        String url,
        String type) {
      request = request.accept("*/*");
      if (type != null) {
        byte[] body =
            type.startsWith("application/json") ? "{}".getBytes(StandardCharsets.UTF_8) : PNG;
        request = request.contentType(type).body(body);
      }
      return request.request(method, url);
    }

    @Test
    void theWrongRoleIsForbidden() {
      List<Long> before = rows(DALI);
      assertProblem(
          post(token(DALI, "officer"), cases(DALI), newCase("officer")), 403, "forbidden");
      assertProblem(Api.as(token(DALI, "dispatcher")).get(cases(DALI)), 403, "forbidden");
      assertProblem(
          Api.as(Tokens.departmentToken("it-market", DALI, "market-regulation")).get(cases(DALI)),
          403,
          "forbidden");
      assertProblem(Api.as(mediator(DALI)).get(path(DALI, "statistics")), 403, "forbidden");
      assertThat(rows(DALI)).isEqualTo(before);
    }

    @Test
    void anotherTenantsCaseIsNotFoundAndItsPathNotEntitled() {
      String daliCase = register(DALI, "Dali only").getString("id");
      List<Long> before = rows(DALI);

      assertProblem(
          Api.as(mediator(LIJIANG)).get(cases(LIJIANG) + "/" + daliCase), 404, "not-found");
      assertProblem(
          post(
              mediator(LIJIANG),
              cases(LIJIANG) + "/" + daliCase + "/acceptance",
              Json.map("version", 1)),
          404,
          "not-found");
      assertProblem(
          Api.as(mediator(LIJIANG)).get(cases(DALI) + "/" + daliCase), 403, "tenant-not-entitled");
      assertThat(rows(DALI)).isEqualTo(before);
    }

    @Test
    void badInputNamesTheFieldsAndWritesNothing() {
      List<Long> before = rows(DALI);
      Map<String, Object> body = newCase("bad");
      body.put("merchantCreditCode", "91532901MA6K7Y2E3A");
      body.put("category", "parking");
      body.put("amount", Json.map("amount", "12.345"));
      body.put(
          "parties",
          List.of(
              Json.map("role", "alien", "name", "X"),
              Json.map("role", "tourist", "name", "Y", "creditCode", MERCHANT_CODE)));

      assertInvalid(
          post(mediator(DALI), cases(DALI), body),
          "merchantCreditCode",
          "category",
          "amount.amount",
          "parties[0].role",
          "parties[1].creditCode");
      Map<String, Object> walkIn = newCase("walk-in with references");
      walkIn.put("sourceRef", "T-1");
      walkIn.put("referringDepartment", "tax-office");
      assertInvalid(post(mediator(DALI), cases(DALI), walkIn), "sourceRef", "referringDepartment");
      Map<String, Object> referral = newCase("referral without department");
      referral.put("source", "department-referral");
      assertInvalid(post(mediator(DALI), cases(DALI), referral), "referringDepartment");
      Map<String, Object> noDescription = newCase("x");
      noDescription.remove("description");
      assertInvalid(post(mediator(DALI), cases(DALI), noDescription), "description");
      assertProblem(
          Api.as(mediator(DALI))
              .contentType("application/json")
              .body("{\"source\": ")
              .post(cases(DALI)),
          400,
          "malformed-body");
      assertThat(rows(DALI)).isEqualTo(before);
    }

    private Response upload(String path, String type, String fileName, byte[] content) {
      return Api.as(mediator(DALI))
          .contentType(type)
          .queryParam("fileName", fileName)
          .body(content)
          .post(path);
    }

    @Test
    void evidenceMustBeWhatItClaimsToBe() {
      String id = register(DALI, "Evidence checks").getString("id");
      List<Long> before = rows(DALI);

      String evidence = cases(DALI) + "/" + id + "/evidence";
      byte[] script = "<script>alert(1)</script>".getBytes(StandardCharsets.UTF_8);

      assertInvalid(upload(evidence, "image/png", "fake.png", script), "content");
      assertInvalid(upload(evidence, "image/jpeg", "photo.jpg", PNG), "Content-Type");
      assertInvalid(upload(evidence, "image/png", "../../etc/passwd", PNG), "fileName");
      assertProblem(
          upload(evidence, "text/plain", "note.txt", script), 415, "unsupported-media-type");
      assertThat(rows(DALI)).isEqualTo(before);
    }

    @Test
    void aPhotoOfAFewHundredKilobytesIsTakenAndAnOversizedFileRefused() {
      String id = register(DALI, "Large photo").getString("id");
      String evidence = cases(DALI) + "/" + id + "/evidence";
      // far above the 64 KiB of a JSON body, well within the 10 MiB for files
      byte[] photo = java.util.Arrays.copyOf(PNG, 400 * 1024);
      upload(evidence, "image/png", "wide-shot.png", photo).then().statusCode(201);

      List<Long> before = rows(DALI);
      byte[] huge = java.util.Arrays.copyOf(PNG, 10 * 1024 * 1024 + 1);
      assertProblem(upload(evidence, "image/png", "huge.png", huge), 413, "payload-too-large");
      assertThat(rows(DALI)).isEqualTo(before);
    }

    @Test
    void anUnusedSatisfactionLinkExpires() {
      JsonPath c = register(LIJIANG, "Expiring link");
      String link =
          referElsewhere(LIJIANG, c, "arbitration")
              .jsonPath()
              .getString("satisfactionLinks[0].path");
      // Lijiang's links work for seven days
      withServerClockAhead(
          "PT169H",
          () -> {
            assertThat(Api.anonymous().get(link).jsonPath().getBoolean("answerable")).isFalse();
            List<Long> before = rows(LIJIANG);
            Response late =
                Api.anonymous()
                    .contentType("application/json")
                    .body(Json.of("rating", 5))
                    .post(link);
            assertProblem(late, 409, "conflict");
            assertThat(late.jsonPath().getString("code")).isEqualTo("satisfaction.link.expired");
            assertThat(rows(LIJIANG)).isEqualTo(before);
          });
    }

    @Test
    void aSatisfactionRatingOutOfRangeIsRefused() {
      JsonPath c = register(DALI, "Rating range");
      Response referred = referElsewhere(DALI, c, "court");
      String link = referred.jsonPath().getString("satisfactionLinks[0].path");
      List<Long> before = rows(DALI);

      assertInvalid(
          Api.anonymous().contentType("application/json").body(Json.of("rating", 9)).post(link),
          "rating");
      assertThat(rows(DALI)).isEqualTo(before);
    }
  }
}
