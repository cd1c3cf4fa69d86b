package org.tourismpolicing.referenceapp;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.tourismpolicing.referenceapp.support.Json;
import org.tourismpolicing.referenceapp.support.RawHttp;
import tools.jackson.databind.JsonNode;

/**
 * Every answer of the server is a problem without internals, also those the web container and the
 * JAX-RS runtime give before any application code runs. The requests go out over a plain socket,
 * byte for byte, so no client library repairs them on the way. Runs against the MariaDB test server
 * and, through {@link ContainerErrorAnswersSmokeIT}, the README's embedded server.
 */
class ContainerErrorAnswersIT {

  /** Words that name the server product, an exception, a stack frame or a runtime's message. */
  static final List<String> INTERNALS =
      List.of(
          "Exception",
          "at com.",
          "at org.",
          "at java.",
          "Liberty",
          "WebSphere",
          "IBM",
          "SRVE",
          "CWWWC",
          "RESTEASY",
          "jakarta.",
          "<html",
          "<H1>",
          "eclipse",
          ".java:");

  /** What not even the HTTP layer below the application may show: product, exception, stack. */
  static final List<String> PRODUCT_OR_STACK =
      List.of(
          "Exception", "at com.", "at org.", "at java.", "Liberty", "WebSphere", "IBM", ".java:");

  private static final String NO_TENANT = "/api/%s/zones";

  static Stream<Arguments> refusals() {
    byte[] json = "{}".getBytes(StandardCharsets.UTF_8);
    return Stream.of(
        refusal("encoded slash", "GET", "/api/dali-gucheng%2Fzones", 400, "bad-request"),
        refusal(
            "encoded slash in a module path",
            "GET",
            "/api/dali-gucheng/kiosk-registry%2Fkiosks",
            400,
            "bad-request"),
        refusal("encoded dots", "GET", "/api/%2E%2E/zones", 400, "bad-request"),
        refusal("overlong UTF-8 escape", "GET", "/api/%C0%AF/zones", 400, "bad-request"),
        refusal("truncated UTF-8 escape", "GET", "/api/%E4%B8/zones", 400, "bad-request"),
        refusal("backslash", "GET", "/api/dali-gucheng\\zones", 400, "bad-request"),
        refusal(
            "unreadable Accept",
            "GET",
            "/api/dali-gucheng/zones",
            400,
            "bad-request",
            "Accept: ;;;/"),
        refusal(
            "unreadable Content-Type",
            "POST",
            "/api/dali-gucheng/informant-rewards/public/tip-status",
            json,
            400,
            "bad-request",
            "Content-Type: /;;"),
        refusal("a path outside the API", "GET", "/nothing-here", 404, "not-found"),
        refusal("the deployment descriptor", "GET", "/WEB-INF/web.xml", 404, "not-found"),
        refusal("the error page itself", "GET", "/problem", 404, "not-found"),
        refusal("a path inside the API", "GET", "/api/nothing/here/at/all", 404, "not-found"),
        refusal(
            "an unknown tenant with quotes",
            "GET",
            NO_TENANT.formatted("%22%27%3Cb%3E"),
            404,
            "tenant-not-found"),
        refusal(
            "an unknown tenant in upper case",
            "GET",
            NO_TENANT.formatted("BAD_ID"),
            404,
            "tenant-not-found"),
        refusal(
            "a very long unknown tenant",
            "GET",
            NO_TENANT.formatted("a".repeat(5000)),
            404,
            "tenant-not-found"),
        refusal("wrong method", "DELETE", "/api/ping", 405, "method-not-allowed"),
        refusal("TRACE", "TRACE", "/api/ping", 405, "method-not-allowed"),
        refusal(
            "unsupported media type",
            "POST",
            "/api/dali-gucheng/informant-rewards/public/tip-status",
            json,
            415,
            "unsupported-media-type",
            "Content-Type: text/plain"),
        refusal(
            "not acceptable",
            "GET",
            "/api/dali-gucheng/zones",
            406,
            "not-acceptable",
            "Accept: application/xml"),
        refusal(
            "malformed JSON",
            "POST",
            "/api/dali-gucheng/informant-rewards/public/tip-status",
            "{\"receiptCode\": ".getBytes(StandardCharsets.UTF_8),
            400,
            "malformed-body",
            "Content-Type: application/json"),
        refusal(
            "an unreadable number",
            "GET",
            "/api/dali-gucheng/kiosk-registry/public/kiosks/nearest?lat=north&lon=100.16",
            400,
            "validation"));
  }

  private static Arguments refusal(
      String name, String method, String target, int status, String type, String... headers) {
    return refusal(name, method, target, null, status, type, headers);
  }

  private static Arguments refusal(
      String name,
      String method,
      String target,
      byte[] body,
      int status,
      String type,
      String... headers) {
    return Arguments.of(name, method, target, body, status, type, headers);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("refusals")
  void everyRefusalIsAProblemWithoutInternals(
      String name,
      String method,
      String target,
      byte[] body,
      int status,
      String type,
      String[] headers) {
    RawHttp.Answer answer = RawHttp.send(method, target, body, headers);

    JsonNode problem = assertProblem(answer, status, type);
    assertThat(answer.text().length())
        .as("%s: not the whole address mirrored", name)
        .isLessThan(1500);
    assertThat(problem.path("code").asString("")).as(name).isNotBlank();
  }

  @Test
  void aRefusalSpeaksTheCallersLanguage() {
    RawHttp.Answer english = RawHttp.get("/api/dali-gucheng%2Fzones", "Accept-Language: en");
    assertThat(assertProblem(english, 400, "bad-request").path("title").asString(""))
        .isEqualTo("The request cannot be read");
    assertThat(english.header("Content-Language")).isEqualTo("en");

    RawHttp.Answer chinese = RawHttp.get("/nothing-here", "Accept-Language: zh-CN,zh;q=0.9");
    assertThat(assertProblem(chinese, 404, "not-found").path("title").asString(""))
        .matches(".*[\\u4e00-\\u9fff].*");
  }

  @Test
  void aMalformedAcceptLanguageCostsTheCallerNothing() {
    RawHttp.Answer answer =
        RawHttp.get("/api/dali-gucheng/zones", "Accept-Language: zh-CN;q=abc, en;q=0.5");
    assertThat(answer.status()).as(answer.text()).isEqualTo(200);
    assertThat(answer.contentType()).startsWith("application/json");

    // its well-formed part still chooses the language of a refusal
    RawHttp.Answer refused =
        RawHttp.get("/api/dali-gucheng%2Fzones", "Accept-Language: zh-CN;q=abc, en;q=0.5");
    assertProblem(refused, 400, "bad-request");
    assertThat(refused.header("Content-Language")).isEqualTo("en");
  }

  @Test
  void rawChineseInTheAddressIsReadAsTheClientMeantIt() {
    RawHttp.Answer tenant = RawHttp.get("/api/大理/zones", "Accept-Language: en");
    assertThat(assertProblem(tenant, 404, "tenant-not-found").path("detail").asString(""))
        .contains("“大理”");

    RawHttp.Answer number =
        RawHttp.get(
            "/api/dali-gucheng/kiosk-registry/public/kiosks/nearest?lat=大理&lon=100.16",
            "Accept-Language: en");
    JsonNode problem = assertProblem(number, 400, "validation");
    assertThat(problem.path("errors").get(0).path("field").asString("")).isEqualTo("lat");
    assertThat(problem.path("errors").get(0).path("message").asString("")).contains("“大理”");
  }

  @Test
  void refusalsOfTheHttpLayerBelowTheApplicationShowNoInternals() {
    // These never reach the application (see docs/api.md): the HTTP channel and the web
    // container's request decoding answer them before it is chosen. They must still give away
    // nothing: no product, exception or stack frame.
    List<RawHttp.Answer> answers =
        List.of(
            RawHttp.get("/api/%zz/zones"),
            RawHttp.get("/api/%zz/zones", "Accept: application/json"),
            RawHttp.get("/api/../../etc/passwd"),
            RawHttp.get("/api/%00/zones"),
            RawHttp.get("/api/ping", "X-Padding: " + "a".repeat(40_000)));
    for (RawHttp.Answer answer : answers) {
      assertThat(answer.status()).as(answer.text()).isEqualTo(400);
      for (String word : PRODUCT_OR_STACK) {
        assertThat(answer.text()).doesNotContain(word);
      }
    }
  }

  static JsonNode assertProblem(RawHttp.Answer answer, int status, String type) {
    String body = answer.text();
    assertThat(answer.status()).as("status of %s", body).isEqualTo(status);
    assertThat(answer.contentType())
        .as("media type of %s", body)
        .startsWith("application/problem+json");
    assertNoInternals(body);
    JsonNode problem = Json.parse(body);
    assertThat(problem.path("type").asString(""))
        .as(body)
        .isEqualTo("urn:tourism-policing:problem:" + type);
    assertThat(problem.path("status").asInt()).as(body).isEqualTo(status);
    assertThat(problem.path("title").asString("")).as(body).isNotBlank();
    return problem;
  }

  static void assertNoInternals(String body) {
    for (String word : INTERNALS) {
      assertThat(body).as("answer must not show internals").doesNotContain(word);
    }
  }
}
