package org.tourismpolicing.referenceapp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tourismpolicing.referenceapp.support.Fixtures.DALI;
import static org.tourismpolicing.referenceapp.support.Fixtures.LIJIANG;
import static org.tourismpolicing.referenceapp.support.Fixtures.createKiosk;
import static org.tourismpolicing.referenceapp.support.Fixtures.officer;
import static org.tourismpolicing.referenceapp.support.Fixtures.walkIn;
import static org.tourismpolicing.referenceapp.support.Fixtures.walkInsPath;
import static org.tourismpolicing.referenceapp.support.Problems.assertInvalid;
import static org.tourismpolicing.referenceapp.support.Problems.assertProblem;

import io.restassured.response.Response;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.tourismpolicing.referenceapp.support.Api;
import org.tourismpolicing.referenceapp.support.Database;
import org.tourismpolicing.referenceapp.support.Fixtures;
import org.tourismpolicing.referenceapp.support.Json;
import org.tourismpolicing.referenceapp.support.Rows;

/**
 * The Idempotency-Key of POST …/kiosks/{id}/walk-ins: a kiosk tablet that retries on a bad
 * connection never logs a visitor twice, however the retries arrive.
 */
class IdempotencyIT {

  private static final String KEY_HEADER = "Idempotency-Key";

  private static Response logWithKey(
      String tenant, String kiosk, String key, Map<String, Object> body) {
    return Api.as(officer(tenant))
        .header(KEY_HEADER, key)
        .contentType("application/json")
        .body(Json.write(body))
        .post(walkInsPath(tenant, kiosk));
  }

  private static long walkInsOf(String tenant, String kiosk) {
    return Database.count(
        "select count(*) from kr_walk_in where tenant_id = ? and kiosk_id = ?", tenant, kiosk);
  }

  private static long auditOf(String tenant, String action, String walkInId) {
    return Database.count(
        "select count(*) from core_audit_record where tenant_id = ? and action = ? and subject_id = ?",
        tenant,
        action,
        walkInId);
  }

  private static String key() {
    return "tablet-7:" + Fixtures.random(16);
  }

  @Test
  void aRetryWithTheSameKeyAndBodyGetsTheFirstAnswerAndLogsNothingMore() {
    String kiosk = createKiosk(DALI, "idem");
    String key = key();
    Map<String, Object> body = walkIn("lost-property", "resolved", "2026-03-01T02:00:00Z");

    Response first = logWithKey(DALI, kiosk, key, body);
    Response retry = logWithKey(DALI, kiosk, key, body);
    Response third = logWithKey(DALI, kiosk, key, body);

    assertThat(first.statusCode()).as(first.asString()).isEqualTo(201);
    assertThat(first.header("Idempotent-Replayed")).isNull();
    for (Response replay : List.of(retry, third)) {
      assertThat(replay.statusCode()).as(replay.asString()).isEqualTo(201);
      assertThat(replay.header("Idempotent-Replayed")).isEqualTo("true");
      assertThat(replay.header("Location")).isEqualTo(first.header("Location"));
      assertThat(replay.contentType()).startsWith("application/json");
      assertThat(Json.parse(replay.asString())).isEqualTo(Json.parse(first.asString()));
    }
    assertThat(walkInsOf(DALI, kiosk)).isEqualTo(1);
    assertThat(auditOf(DALI, "walk-in.logged", first.jsonPath().getString("id"))).isEqualTo(1);
  }

  @Test
  void theSameKeyWithAnotherBodyIsRefusedAndLogsNothing() {
    String kiosk = createKiosk(DALI, "reused");
    String key = key();
    Response first =
        logWithKey(DALI, kiosk, key, walkIn("ask-way", "resolved", "2026-03-01T02:00:00Z"));
    assertThat(first.statusCode()).isEqualTo(201);
    Rows before = Rows.of(DALI);

    var problem =
        assertProblem(
            logWithKey(DALI, kiosk, key, walkIn("ask-way", "referred", "2026-03-01T02:00:00Z")),
            422,
            "idempotency-key-reused");
    assertThat(problem.getString("code")).isEqualTo("idempotency.key.reused");

    before.assertUnchanged();
    assertThat(walkInsOf(DALI, kiosk)).isEqualTo(1);
  }

  @Test
  void concurrentCopiesWithOneKeyLogOnceAndAllGetTheSameAnswer() throws Exception {
    String kiosk = createKiosk(DALI, "race");
    String key = key();
    String body = Json.write(walkIn("medical-help", "referred", "2026-03-01T03:00:00Z"));
    HttpClient client =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .build();
    String token = officer(DALI);
    int copies = 10;
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(copies);
    try {
      List<Future<HttpResponse<String>>> answers = new ArrayList<>();
      for (int i = 0; i < copies; i++) {
        Callable<HttpResponse<String>> call =
            () -> {
              start.await();
              return client.send(
                  HttpRequest.newBuilder(URI.create(Api.baseUrl() + walkInsPath(DALI, kiosk)))
                      .timeout(Duration.ofSeconds(60))
                      .header("Authorization", "Bearer " + token)
                      .header("Content-Type", "application/json")
                      .header("Accept", "application/json")
                      .header(KEY_HEADER, key)
                      .POST(HttpRequest.BodyPublishers.ofString(body))
                      .build(),
                  HttpResponse.BodyHandlers.ofString());
            };
        answers.add(pool.submit(call));
      }
      start.countDown();

      List<HttpResponse<String>> responses = new ArrayList<>();
      for (Future<HttpResponse<String>> f : answers) {
        responses.add(f.get(90, TimeUnit.SECONDS));
      }
      HttpResponse<String> reference = responses.get(0);
      for (HttpResponse<String> r : responses) {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        assertThat(r.headers().firstValue("Location"))
            .isEqualTo(reference.headers().firstValue("Location"));
        assertThat(Json.parse(r.body())).isEqualTo(Json.parse(reference.body()));
      }
      assertThat(
              responses.stream()
                  .filter(r -> r.headers().firstValue("Idempotent-Replayed").isEmpty())
                  .count())
          .as("exactly one copy did the work, the others replayed it")
          .isEqualTo(1);
    } finally {
      pool.shutdownNow();
    }
    assertThat(walkInsOf(DALI, kiosk)).isEqualTo(1);
    assertThat(
            Database.count(
                "select count(*) from core_idempotency_record where tenant_id = ? and idem_key = ?",
                DALI,
                key))
        .isEqualTo(1);
  }

  @Test
  void theSameKeyInAnotherTenantIsIndependent() {
    String dali = createKiosk(DALI, "tenant-key");
    String lijiang = createKiosk(LIJIANG, "tenant-key");
    String key = key();
    Map<String, Object> body = walkIn("ask-way", "resolved", "2026-03-01T02:00:00Z");

    Response inDali = logWithKey(DALI, dali, key, body);
    Response inLijiang = logWithKey(LIJIANG, lijiang, key, body);

    assertThat(inDali.statusCode()).as(inDali.asString()).isEqualTo(201);
    assertThat(inLijiang.statusCode()).as(inLijiang.asString()).isEqualTo(201);
    assertThat(inLijiang.header("Idempotent-Replayed")).isNull();
    assertThat(inLijiang.jsonPath().getString("id"))
        .isNotEqualTo(inDali.jsonPath().getString("id"));
    assertThat(inLijiang.header("Location")).contains("/api/" + LIJIANG + "/");
    assertThat(walkInsOf(DALI, dali)).isEqualTo(1);
    assertThat(walkInsOf(LIJIANG, lijiang)).isEqualTo(1);

    Response replayInLijiang = logWithKey(LIJIANG, lijiang, key, body);
    assertThat(replayInLijiang.header("Idempotent-Replayed")).isEqualTo("true");
    assertThat(replayInLijiang.jsonPath().getString("id"))
        .isEqualTo(inLijiang.jsonPath().getString("id"));
  }

  @Test
  void theSameKeyAtAnotherKioskIsIndependent() {
    String first = createKiosk(DALI, "kiosk-key-a");
    String second = createKiosk(DALI, "kiosk-key-b");
    String key = key();
    Map<String, Object> body = walkIn("ask-way", "resolved", "2026-03-01T02:00:00Z");

    assertThat(logWithKey(DALI, first, key, body).statusCode()).isEqualTo(201);
    Response other = logWithKey(DALI, second, key, body);

    assertThat(other.statusCode()).isEqualTo(201);
    assertThat(other.header("Idempotent-Replayed")).isNull();
    assertThat(walkInsOf(DALI, second)).isEqualTo(1);
  }

  @Test
  void aRefusedRequestIsNotRememberedSoACorrectedRetrySucceeds() {
    String kiosk = createKiosk(DALI, "corrected");
    String key = key();
    Rows before = Rows.of(DALI);

    assertInvalid(
        logWithKey(DALI, kiosk, key, walkIn("sightseeing", "resolved", "2026-03-01T02:00:00Z")),
        "kind");
    before.assertUnchanged();

    Response corrected =
        logWithKey(DALI, kiosk, key, walkIn("ask-way", "resolved", "2026-03-01T02:00:00Z"));
    assertThat(corrected.statusCode()).as(corrected.asString()).isEqualTo(201);
    assertThat(corrected.header("Idempotent-Replayed")).isNull();
    assertThat(walkInsOf(DALI, kiosk)).isEqualTo(1);
  }

  @Test
  void withoutAKeyEveryRequestLogs() {
    String kiosk = createKiosk(DALI, "nokey");
    Map<String, Object> body = walkIn("ask-way", "resolved", "2026-03-01T02:00:00Z");
    assertThat(Fixtures.post(officer(DALI), walkInsPath(DALI, kiosk), body).statusCode())
        .isEqualTo(201);
    assertThat(Fixtures.post(officer(DALI), walkInsPath(DALI, kiosk), body).statusCode())
        .isEqualTo(201);
    assertThat(walkInsOf(DALI, kiosk)).isEqualTo(2);
  }

  @Test
  void aMalformedKeyNamesTheHeader() {
    String kiosk = createKiosk(DALI, "badkey");
    Rows before = Rows.of(DALI);
    Map<String, Object> body = walkIn("ask-way", "resolved", "2026-03-01T02:00:00Z");

    assertInvalid(logWithKey(DALI, kiosk, "has space", body), KEY_HEADER);
    assertInvalid(logWithKey(DALI, kiosk, "k".repeat(201), body), KEY_HEADER);

    before.assertUnchanged();
  }
}
