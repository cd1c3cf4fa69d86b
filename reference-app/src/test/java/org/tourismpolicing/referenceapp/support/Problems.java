package org.tourismpolicing.referenceapp.support;

import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * Checks of RFC 9457 problem answers: status, media type, stable type, and that nothing of the
 * server's inside (stack traces, SQL) reaches the client.
 */
public final class Problems {

  public static final String PREFIX = "urn:tourism-policing:problem:";

  private Problems() {}

  /**
   * Asserts that {@code response} is a problem of {@code type} (the part after the URN prefix, such
   * as {@code validation}) with {@code status}; returns its body.
   */
  public static JsonPath assertProblem(Response response, int status, String type) {
    assertProblem(response.statusCode(), response.contentType(), response.asString(), status, type);
    return response.jsonPath();
  }

  /** The same for a plain JDK answer; returns the problem as a tree. */
  public static JsonNode assertProblem(Http.Answer answer, int status, String type) {
    return assertProblem(answer.status(), answer.contentType(), answer.body(), status, type);
  }

  private static JsonNode assertProblem(
      int actualStatus, String contentType, String body, int status, String type) {
    assertThat(actualStatus).as("status of %s", body).isEqualTo(status);
    assertThat(contentType).as("media type of %s", body).startsWith("application/problem+json");
    assertNoLeak(body);
    JsonNode problem = Json.parse(body);
    assertThat(problem.path("type").asString(""))
        .as("problem type of %s", body)
        .isEqualTo(PREFIX + type);
    assertThat(problem.path("status").asInt()).isEqualTo(status);
    assertThat(problem.path("title").asString("")).isNotBlank();
    assertThat(problem.path("detail").asString("")).isNotBlank();
    assertThat(problem.path("code").asString("")).isNotBlank();
    return problem;
  }

  /** A 400 validation problem naming (at least) these fields in errors[].field. */
  public static JsonPath assertInvalid(Response response, String... fields) {
    JsonPath problem = assertProblem(response, 400, "validation");
    assertThat(fields(problem)).as("errors of %s", response.asString()).isNotEmpty();
    if (fields.length > 0) {
      assertThat(fields(problem)).as("errors of %s", response.asString()).contains(fields);
    }
    return problem;
  }

  public static List<String> fields(JsonPath problem) {
    List<String> fields = problem.getList("errors.field", String.class);
    return fields == null ? List.of() : fields;
  }

  /** The code and message of the error naming {@code field}. */
  public static String messageOf(JsonPath problem, String field) {
    return problem.getString("errors.find { it.field == '" + field + "' }.message");
  }

  public static String codeOf(JsonPath problem, String field) {
    return problem.getString("errors.find { it.field == '" + field + "' }.code");
  }

  /** No stack trace, exception name or SQL in the body of an answer. */
  public static void assertNoLeak(Response response) {
    assertNoLeak(response.asString());
  }

  public static void assertNoLeak(String body) {
    assertThat(body)
        .as("answer body must not leak internals")
        .doesNotContain("Exception")
        .doesNotContain("at org.")
        .doesNotContain("at java.")
        .doesNotContain("SELECT")
        .doesNotContain("INSERT")
        .doesNotContain("UPDATE ")
        .doesNotContain("eclipse");
  }
}
