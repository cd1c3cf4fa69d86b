package org.tourismpolicing.referenceapp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tourismpolicing.referenceapp.support.Fixtures.DALI;
import static org.tourismpolicing.referenceapp.support.Fixtures.createKiosk;
import static org.tourismpolicing.referenceapp.support.Fixtures.kioskPath;
import static org.tourismpolicing.referenceapp.support.Fixtures.kiosksPath;
import static org.tourismpolicing.referenceapp.support.Problems.assertProblem;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.tourismpolicing.referenceapp.support.Api;
import org.tourismpolicing.referenceapp.support.Fixtures;
import org.tourismpolicing.referenceapp.support.Http;
import org.tourismpolicing.referenceapp.support.Json;
import org.tourismpolicing.referenceapp.support.Problems;
import org.tourismpolicing.referenceapp.support.Rows;
import org.tourismpolicing.referenceapp.support.TenantDocs;
import org.tourismpolicing.referenceapp.support.Tokens;
import tools.jackson.databind.JsonNode;

/**
 * Bodies no operation can take, sent to every operation that takes one, by a caller who is allowed
 * to call it: malformed JSON, no body, JSON null, a body of the wrong media type, and bodies over
 * the 65 536-byte limit (with a declared length and streamed in chunks). Each is refused with its
 * problem and writes nothing.
 */
class RequestBodiesIT {

  private static final int LIMIT = 65_536;

  /** An id no row has. */
  private static final String NO_SUCH = "00000000-0000-7000-8000-000000000000";

  private static String kiosk;
  private static String newTenant;

  @BeforeAll
  static void aKioskToWriteTo() {
    kiosk = createKiosk(DALI, "bodies");
    newTenant = TenantDocs.newTenantId("bodies");
  }

  @AfterAll
  static void releaseTheClockShouldARefusalHaveFailed() {
    Api.as(Tokens.platformAdmin())
        .contentType("application/json")
        .body("{\"fixedAt\": null}")
        .put("/api/platform/clock");
  }

  /** An operation with a body, a caller allowed to call it, and a body it would accept. */
  record Write(
      String name, String method, String path, String token, Supplier<Map<String, Object>> valid) {
    @Override
    public String toString() {
      return name;
    }
  }

  static List<Write> writes() {
    String k = kioskPath(DALI, kiosk);
    String leader = Fixtures.leader(DALI);
    return List.of(
        new Write(
            "register kiosk",
            "POST",
            kiosksPath(DALI),
            leader,
            () -> Fixtures.newKiosk(Fixtures.code("bodies"), Fixtures.DALI_SOUTH)),
        new Write(
            "update kiosk",
            "PUT",
            k,
            leader,
            () ->
                Json.map(
                    "version",
                    Fixtures.version(DALI, kiosk),
                    "type",
                    "kiosk",
                    "names",
                    Json.map("en", "x"),
                    "position",
                    Json.map("lat", 25.69, "lon", 100.16),
                    "openingHours",
                    Fixtures.DAY_HOURS)),
        new Write(
            "change status",
            "PUT",
            k + "/status",
            leader,
            () ->
                Json.map(
                    "version", Fixtures.version(DALI, kiosk), "status", "closed", "reason", "x")),
        new Write(
            "set stock", "PUT", k + "/amenities/umbrella", leader, () -> Json.map("stock", 3)),
        new Write(
            "adjust stock",
            "POST",
            k + "/amenities/umbrella/adjustments",
            leader,
            () -> Json.map("delta", -1)),
        new Write(
            "assign duty",
            "PUT",
            k + "/duty/" + Fixtures.freshDate() + "/day",
            leader,
            () -> Json.map("badges", List.of("531109"))),
        new Write(
            "log walk-in",
            "POST",
            k + "/walk-ins",
            Fixtures.officer(DALI),
            () -> Fixtures.walkIn("ask-way", "resolved", "2026-03-01T02:00:00Z")),
        new Write(
            "submit tip",
            "POST",
            "/api/" + DALI + "/informant-rewards/public/tips",
            null,
            () -> Json.map("category", "touting", "description", "南门有人拉客揽客去黑店")),
        new Write(
            "tip step",
            "POST",
            "/api/" + DALI + "/informant-rewards/tips/" + NO_SUCH + "/steps",
            Fixtures.officer(DALI),
            () -> Json.map("step", "start-review", "version", 1)),
        new Write(
            "propose reward",
            "POST",
            "/api/" + DALI + "/informant-rewards/tips/" + NO_SUCH + "/reward",
            Tokens.token("it-handler", DALI, "informant-handler"),
            () -> Json.map("amountFen", 5000)),
        new Write(
            "unseal informant",
            "POST",
            "/api/" + DALI + "/informant-rewards/informants/" + NO_SUCH + "/unseal",
            Tokens.token("it-handler", DALI, "informant-handler"),
            () -> Json.map("reason", "verify before paying the reward")),
        new Write(
            "move clock",
            "PUT",
            "/api/platform/clock",
            Tokens.platformAdmin(),
            () -> Json.map("fixedAt", "2020-01-01T00:00:00Z")),
        new Write(
            "onboard tenant",
            "PUT",
            TenantDocs.path(newTenant),
            Tokens.platformAdmin(),
            () -> {
              JsonNode docs = Json.parse(TenantDocs.daliAs(newTenant).firstKiosks(1).combined());
              return Json.map("tenant", docs.get("tenant"), "modules", docs.get("modules"));
            }));
  }

  /** The valid body grown past the limit by a long string in a member no operation reads. */
  private static String oversize(Write w) {
    Map<String, Object> body = w.valid().get();
    body.put("padding", "x".repeat(LIMIT));
    String json = Json.write(body);
    assertThat(json.getBytes(StandardCharsets.UTF_8).length).isGreaterThan(LIMIT);
    return json;
  }

  private static void assertNothingWritten(Rows dali, Runnable refusals) {
    refusals.run();
    dali.assertUnchanged();
    Rows.assertNothingStored(newTenant);
    assertThat(
            Api.as(Tokens.platformAdmin()).get("/api/platform/clock").jsonPath().getString("now"))
        .doesNotStartWith("2020");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("writes")
  void malformedJsonIsRefused(Write w) {
    assertNothingWritten(
        Rows.of(DALI),
        () -> {
          String valid = Json.write(w.valid().get());
          String truncated = valid.substring(0, valid.length() / 2);
          assertProblem(
              Http.send(w.method(), w.path(), w.token(), truncated), 400, "malformed-body");
          assertProblem(
              Http.send(w.method(), w.path(), w.token(), "{'single': 'quotes'}"),
              400,
              "malformed-body");
          assertProblem(
              Http.send(w.method(), w.path(), w.token(), "<xml/>"), 400, "malformed-body");
        });
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("writes")
  void aMissingOrNullBodyIsRefused(Write w) {
    assertNothingWritten(
        Rows.of(DALI),
        () -> {
          for (String body : List.of("", "null")) {
            Http.Answer a = Http.send(w.method(), w.path(), w.token(), body);
            String type = Json.parse(a.body()).path("type").asString("");
            assertThat(type)
                .as("%s with body [%s]: %s", w, body, a.body())
                .isIn(Problems.PREFIX + "validation", Problems.PREFIX + "malformed-body");
            assertProblem(a, 400, type.substring(Problems.PREFIX.length()));
          }
        });
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("writes")
  void aBodyOfAnotherMediaTypeIsRefused(Write w) {
    assertNothingWritten(
        Rows.of(DALI),
        () ->
            assertProblem(
                Http.send(
                    Http.request(w.path(), w.token())
                        .header("Content-Type", "text/plain")
                        .method(
                            w.method(),
                            java.net.http.HttpRequest.BodyPublishers.ofString(
                                Json.write(w.valid().get())))
                        .build()),
                415,
                "unsupported-media-type"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("writes")
  void anOversizeBodyIsRefusedWithItsLengthDeclared(Write w) {
    assertNothingWritten(
        Rows.of(DALI),
        () ->
            assertProblem(
                Http.send(w.method(), w.path(), w.token(), oversize(w)), 413, "payload-too-large"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("writes")
  void anOversizeBodyIsRefusedWhenStreamedInChunks(Write w) {
    assertNothingWritten(
        Rows.of(DALI),
        () ->
            assertProblem(
                Http.sendChunked(
                    w.method(), w.path(), w.token(), oversize(w).getBytes(StandardCharsets.UTF_8)),
                413,
                "payload-too-large"));
  }

  static List<Write> everydayWrites() {
    return writes().stream()
        .filter(w -> !w.name().equals("move clock") && !w.name().equals("onboard tenant"))
        // the tip line's writes need a real tip and an Idempotency-Key: InformantRewardsIT
        .filter(w -> !w.path().contains("/informant-rewards/"))
        .toList();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("everydayWrites")
  void theSameOperationsTakeTheirValidBody(Write w) {
    Http.Answer a = Http.send(w.method(), w.path(), w.token(), Json.write(w.valid().get()));
    assertThat(a.status()).as("%s: %s", w, a.body()).isIn(200, 201);
  }

  @Test
  void theLimitIsExactly65536Bytes() {
    String path = kioskPath(DALI, kiosk) + "/amenities/umbrella/adjustments";
    String token = Fixtures.officer(DALI);
    String head = "{\"delta\": 1, \"padding\": \"";
    String tail = "\"}";
    String atLimit = head + "x".repeat(LIMIT - head.length() - tail.length()) + tail;
    assertThat(atLimit.getBytes(StandardCharsets.UTF_8)).hasSize(LIMIT);

    Http.Answer taken = Http.send("POST", path, token, atLimit);
    assertThat(taken.status()).as(taken.body()).isEqualTo(200);

    Rows before = Rows.of(DALI);
    String overLimit = head + "x".repeat(LIMIT - head.length() - tail.length() + 1) + tail;
    assertProblem(Http.send("POST", path, token, overLimit), 413, "payload-too-large");
    assertProblem(
        Http.sendChunked("POST", path, token, overLimit.getBytes(StandardCharsets.UTF_8)),
        413,
        "payload-too-large");
    before.assertUnchanged();
  }
}
