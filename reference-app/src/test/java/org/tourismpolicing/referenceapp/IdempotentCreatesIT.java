package org.tourismpolicing.referenceapp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tourismpolicing.referenceapp.support.Fixtures.DALI;
import static org.tourismpolicing.referenceapp.support.Fixtures.createKiosk;
import static org.tourismpolicing.referenceapp.support.Fixtures.walkIn;
import static org.tourismpolicing.referenceapp.support.Fixtures.walkInsPath;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.tourismpolicing.referenceapp.support.Api;
import org.tourismpolicing.referenceapp.support.Database;
import org.tourismpolicing.referenceapp.support.Fixtures;
import org.tourismpolicing.referenceapp.support.Json;
import org.tourismpolicing.referenceapp.support.Tokens;

/**
 * Idempotency-Key on every operation that creates something, in every module, bound to the caller:
 * a retry by the same caller answers the first answer and creates nothing more; the same key sent
 * by another token subject or another client is that caller's own key.
 */
class IdempotentCreatesIT {

  private static final byte[] PDF = "%PDF-1.4\n% evidence\n".getBytes();
  private static final byte[] PNG = {
    (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 'I', 'H', 'D', 'R'
  };

  private static String key() {
    return "retry-" + UUID.randomUUID();
  }

  private static long idempotencyRecords(String key) {
    return Database.count(
        "select count(*) from core_idempotency_record where tenant_id = ? and idem_key = ?",
        DALI,
        key);
  }

  /**
   * Sends the same create twice with one key and checks: the first creates (201), the second
   * replays it (same status, Location and body, Idempotent-Replayed) and {@code rows} grew by one.
   */
  private static Response createdOnce(
      String what, Supplier<RequestSpecification> request, String path, Supplier<Long> rows) {
    String key = key();
    long before = rows.get();
    Response first = request.get().header("Idempotency-Key", key).post(path);
    assertThat(first.statusCode()).as(what + ": " + first.asString()).isBetween(200, 202);
    Response retry = request.get().header("Idempotency-Key", key).post(path);

    assertThat(retry.statusCode())
        .as(what + " retried: " + retry.asString())
        .isEqualTo(first.statusCode());
    assertThat(retry.header("Idempotent-Replayed")).as(what).isEqualTo("true");
    assertThat(retry.header("Location")).as(what).isEqualTo(first.header("Location"));
    assertThat(Json.parse(retry.asString())).as(what).isEqualTo(Json.parse(first.asString()));
    assertThat(rows.get()).as(what + ": rows created").isEqualTo(before + 1);
    assertThat(idempotencyRecords(key)).as(what).isEqualTo(1);
    return first;
  }

  private static RequestSpecification json(String token, Object body) {
    return Api.as(token).contentType("application/json").body(Json.write(body));
  }

  private static Supplier<Long> count(String table) {
    return () -> Database.count("select count(*) from " + table + " where tenant_id = ?", DALI);
  }

  @Test
  void theSameKeyFromTwoTokenSubjectsMakesTwoRecordsAndNeverReplaysTheOther() {
    String kiosk = createKiosk(DALI, "caller-key");
    String key = key();
    Map<String, Object> body = walkIn("ask-way", "resolved", "2026-03-01T02:00:00Z");
    String first = Tokens.token("officer-li", DALI, "officer");
    String second = Tokens.token("officer-wang", DALI, "officer");

    Response byFirst =
        json(first, body).header("Idempotency-Key", key).post(walkInsPath(DALI, kiosk));
    Response bySecond =
        json(second, body).header("Idempotency-Key", key).post(walkInsPath(DALI, kiosk));
    Response firstAgain =
        json(first, body).header("Idempotency-Key", key).post(walkInsPath(DALI, kiosk));

    assertThat(byFirst.statusCode()).as(byFirst.asString()).isEqualTo(201);
    assertThat(bySecond.statusCode()).as(bySecond.asString()).isEqualTo(201);
    assertThat(bySecond.header("Idempotent-Replayed")).isNull();
    assertThat(bySecond.jsonPath().getString("id"))
        .isNotEqualTo(byFirst.jsonPath().getString("id"));
    assertThat(firstAgain.header("Idempotent-Replayed")).isEqualTo("true");
    assertThat(firstAgain.jsonPath().getString("id")).isEqualTo(byFirst.jsonPath().getString("id"));
    assertThat(idempotencyRecords(key)).isEqualTo(2);
    assertThat(
            Database.count(
                "select count(*) from kr_walk_in where tenant_id = ? and kiosk_id = ?",
                DALI,
                kiosk))
        .isEqualTo(2);
  }

  @Test
  void theSameKeyFromTwoAnonymousClientsIsEachClientsOwn() {
    String key = key();
    String phone =
        "139" + String.format("%08d", Math.floorMod(UUID.randomUUID().hashCode(), 100_000_000));
    String path = "/api/" + DALI + "/informant-rewards/public/registrations";
    Supplier<RequestSpecification> fromA =
        () ->
            Api.anonymous()
                .header(
                    "X-Forwarded-For", "198.51.100." + (10 + Math.floorMod(key.hashCode(), 200)))
                .contentType("application/json")
                .body(Json.of("phone", phone));
    Supplier<RequestSpecification> fromB =
        () ->
            Api.anonymous()
                .header("X-Forwarded-For", "198.51.100.250")
                .contentType("application/json")
                .body(Json.of("phone", phone));
    long before = registrations();

    Response a = fromA.get().header("Idempotency-Key", key).post(path);
    Response aAgain = fromA.get().header("Idempotency-Key", key).post(path);
    Response b = fromB.get().header("Idempotency-Key", key).post(path);

    assertThat(a.statusCode()).as(a.asString()).isEqualTo(202);
    assertThat(aAgain.header("Idempotent-Replayed")).isEqualTo("true");
    assertThat(aAgain.jsonPath().getString("registrationId"))
        .isEqualTo(a.jsonPath().getString("registrationId"));
    assertThat(b.statusCode()).as(b.asString()).isEqualTo(202);
    assertThat(b.header("Idempotent-Replayed")).isNull();
    assertThat(b.jsonPath().getString("registrationId"))
        .isNotEqualTo(a.jsonPath().getString("registrationId"));
    assertThat(registrations()).isEqualTo(before + 2);
    assertThat(idempotencyRecords(key)).isEqualTo(2);
  }

  private static long registrations() {
    return Database.count("select count(*) from ir_registration where tenant_id = ?", DALI);
  }

  @Test
  void kioskAndDispatchCreatesHonourTheKey() {
    String admin = Fixtures.admin(DALI);
    // each body is made once: a retry repeats the request exactly
    Map<String, Object> kiosk = Fixtures.newKiosk(Fixtures.code("idem"), Fixtures.DALI_SOUTH);
    createdOnce("kiosk", () -> json(admin, kiosk), Fixtures.kiosksPath(DALI), count("kr_kiosk"));
    String dispatcher = Fixtures.dispatcher(DALI);
    Map<String, Object> unit =
        Map.of("callSign", "IDEM-" + Fixtures.random(6), "mode", "foot", "homeZone", "south");
    createdOnce(
        "patrol unit",
        () -> json(dispatcher, unit),
        "/api/" + DALI + "/dispatch/units",
        count("dp_unit"));
    createdOnce(
        "incident",
        () ->
            json(
                dispatcher,
                Map.of(
                    "source",
                    "duty-room",
                    "category",
                    "lost-property",
                    "priority",
                    3,
                    "position",
                    Map.of("lat", 25.6895, "lon", 100.1625),
                    "description",
                    "a wallet left at the South Gate")),
        "/api/" + DALI + "/dispatch/incidents",
        count("dp_incident"));
  }

  @Test
  void mediationCreatesHonourTheKey() {
    String mediator = Fixtures.token(DALI, "mediator");
    String cases = "/api/" + DALI + "/mediation/cases";
    Response created =
        createdOnce(
            "case",
            () ->
                json(
                    mediator,
                    Json.map(
                        "source",
                        "walk-in",
                        "category",
                        "price",
                        "description",
                        "Charged twice",
                        "language",
                        "en",
                        "parties",
                        List.of(Json.map("role", "tourist", "name", "Mr Li")))),
            cases,
            count("mediation_case"));
    String caseId = created.jsonPath().getString("id");
    createdOnce(
        "party",
        () -> json(mediator, Json.map("role", "resident", "name", "Ms Duan")),
        cases + "/" + caseId + "/parties",
        count("mediation_party"));
    createdOnce(
        "department task",
        () -> json(mediator, Json.map("department", "market-regulation", "request", "Check it.")),
        cases + "/" + caseId + "/department-tasks",
        count("mediation_department_task"));
    createdOnce(
        "evidence",
        () ->
            Api.as(mediator)
                .contentType("image/png")
                .queryParam("fileName", "receipt.png")
                .body(PNG),
        cases + "/" + caseId + "/evidence",
        count("mediation_evidence"));
    createdOnce(
        "outreach visit",
        () ->
            json(
                mediator,
                Json.map(
                    "kind",
                    "call",
                    "targetType",
                    "community",
                    "targetName",
                    "南门社区",
                    "zone",
                    "south",
                    "findings",
                    "Quiet week")),
        "/api/" + DALI + "/mediation/outreach-visits",
        count("mediation_outreach_visit"));
    Instant start =
        Fixtures.freshDate().atTime(20, 0).atZone(ZoneId.of("Asia/Shanghai")).toInstant();
    createdOnce(
        "duty shift",
        () ->
            json(
                Fixtures.leader(DALI),
                Json.map(
                    "startsAt",
                    start.toString(),
                    "endsAt",
                    start.plus(Duration.ofHours(2)).toString())),
        "/api/" + DALI + "/mediation/mediators/yang-xiulan/duty-shifts",
        count("mediation_duty_shift"));
  }

  @Test
  void blacklistCreatesHonourTheKey() {
    String officer = Fixtures.officer(DALI);
    // each body is made once: a retry repeats the request exactly
    Map<String, Object> proposal =
        Json.map(
            "kind",
            "business",
            "name",
            "重试测试客栈" + Fixtures.random(4),
            "creditCode",
            BlacklistIT.creditCode(),
            "category",
            "touting",
            "reason",
            "南门拉客",
            "departments",
            List.of("market-regulation"));
    Response entry =
        createdOnce(
            "blacklist entry",
            () -> json(officer, proposal),
            "/api/" + DALI + "/blacklist/entries",
            count("bl_entry"));
    String entryPath = "/api/" + DALI + "/blacklist/entries/" + entry.jsonPath().getString("id");
    Map<String, Object> reference =
        Json.map("kind", "incident", "id", UUID.randomUUID().toString());
    createdOnce(
        "evidence reference",
        () -> json(officer, reference),
        entryPath + "/evidence/references",
        count("bl_evidence"));
    createdOnce(
        "evidence document",
        () -> Api.as(officer).contentType("application/pdf").body(PDF),
        entryPath + "/evidence/documents",
        count("bl_evidence"));
    Map<String, Object> watch =
        Json.map("creditCode", BlacklistIT.creditCode(), "callbackUrl", "http://127.0.0.1:9/hook");
    createdOnce(
        "watch",
        () -> json(Tokens.token("it-partner", DALI, "integration"), watch),
        "/api/" + DALI + "/blacklist/watches",
        count("bl_watch"));
  }
}
