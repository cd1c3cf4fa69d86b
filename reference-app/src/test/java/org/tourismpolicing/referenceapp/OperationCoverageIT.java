package org.tourismpolicing.referenceapp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.tourismpolicing.referenceapp.support.Api;
import org.tourismpolicing.referenceapp.support.Calls;
import org.tourismpolicing.referenceapp.support.Json;
import tools.jackson.databind.JsonNode;

/**
 * Every operation of the served OpenAPI document was used successfully (a 2xx answer) by some
 * integration test of this run, not only refused. Runs last (see {@code CoverageLast}) and only
 * when the whole suite ran: a run narrowed with {@code -Dit.test=…} skips it, unless {@code
 * -Dit.coverage=true} asks for it.
 */
class OperationCoverageIT {

  private static final Set<String> METHODS = Set.of("get", "post", "put", "delete", "patch");

  /**
   * Operations no test can call through the recording clients, with the test that covers them
   * otherwise.
   */
  private static final Map<String, String> ELSEWHERE =
      Map.of(
          "GET /api/dev/tokens",
          "development mode only, which the MariaDB test server does not run (EmbeddedSmokeIT)");

  @Test
  void everyOperationHasASuccessfulCall() {
    Assumptions.assumeTrue(
        System.getProperty("it.test") == null || Boolean.getBoolean("it.coverage"),
        "a narrowed run (-Dit.test, without -Dit.coverage=true) skips the coverage");
    Set<Calls.Call> calls = Calls.all();
    assertThat(calls)
        .as("no calls were recorded: is this the only test class that ran?")
        .isNotEmpty();

    JsonNode paths =
        Json.parse(Api.anonymous().accept("application/json").get("/openapi").asString())
            .get("paths");
    Map<String, Pattern> operations = new java.util.TreeMap<>();
    for (Map.Entry<String, JsonNode> path : paths.properties()) {
      for (String method : path.getValue().propertyNames()) {
        if (METHODS.contains(method)) {
          operations.put(
              method.toUpperCase(java.util.Locale.ROOT) + " " + path.getKey(),
              template(path.getKey()));
        }
      }
    }
    Set<String> used = new TreeSet<>();
    for (Calls.Call call : calls) {
      if (call.succeeded()) {
        used.add(operationOf(call, operations));
      }
    }
    List<String> uncovered = new ArrayList<>();
    for (String operation : operations.keySet()) {
      if (!used.contains(operation) && !ELSEWHERE.containsKey(operation)) {
        uncovered.add(operation);
      }
    }
    assertThat(operations).hasSizeGreaterThan(100);
    assertThat(uncovered).as("operations no test used successfully").isEmpty();
  }

  /**
   * The operation a call reached: of the templates its path matches, the one with the fewest
   * parameters ({@code …/walk-ins/daily-counts} rather than {@code …/walk-ins/{walkInId}}).
   */
  private static String operationOf(Calls.Call call, Map<String, Pattern> operations) {
    String best = null;
    long fewest = Long.MAX_VALUE;
    for (Map.Entry<String, Pattern> op : operations.entrySet()) {
      if (op.getKey().startsWith(call.method() + " ")
          && op.getValue().matcher(call.path()).matches()) {
        long parameters = op.getKey().chars().filter(c -> c == '{').count();
        if (parameters < fewest) {
          fewest = parameters;
          best = op.getKey();
        }
      }
    }
    return best == null ? call.method() + " " + call.path() : best;
  }

  /** {@code /api/{tenant}/kiosks/{id}} as a pattern of paths: a parameter is one segment. */
  private static Pattern template(String path) {
    StringBuilder regex = new StringBuilder();
    for (String part : path.split("(?=\\{)|(?<=\\})")) {
      regex.append(part.startsWith("{") ? "[^/]+" : Pattern.quote(part));
    }
    return Pattern.compile(regex.toString());
  }
}
