package org.tourismpolicing.referenceapp;

import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.http.Method;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.tourismpolicing.referenceapp.support.Api;
import org.tourismpolicing.referenceapp.support.Json;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The OpenAPI document that developers, linters and generators read: every operation of every
 * module has a summary, a tag, a unique operationId and a declared security requirement that is
 * true, documents at least one error answer, and the modules' operations are all there. The copy in
 * {@code docs/openapi.json} is what the server serves.
 *
 * <p>To rewrite the copy from the server (docs/api.md, "The OpenAPI document"):
 *
 * <pre>
 * ./mvnw -pl reference-app -am verify -Dit.test=OpenApiDocumentIT -Dtest=none \
 *     -Dsurefire.failIfNoSpecifiedTests=false -DfailIfNoTests=false -Dopenapi.rewrite=true
 * </pre>
 */
class OpenApiDocumentIT {

  private static final Set<String> METHODS = Set.of("get", "post", "put", "delete", "patch");

  /** Set (true) to rewrite docs/openapi.json from the served document instead of comparing. */
  static final String REWRITE = "openapi.rewrite";

  private static final JsonMapper MAPPER = JsonMapper.builder().build();

  private static JsonNode document() {
    return Json.parse(
        Api.anonymous()
            .accept("application/json")
            .get("/openapi")
            .then()
            .statusCode(200)
            .extract()
            .asString());
  }

  @Test
  void everyOperationHasASummaryATagAndItsErrors() {
    List<String> incomplete = new ArrayList<>();
    int operations = 0;
    for (Map.Entry<String, JsonNode> path : document().get("paths").properties()) {
      for (Map.Entry<String, JsonNode> op : path.getValue().properties()) {
        if (!METHODS.contains(op.getKey())) {
          continue;
        }
        operations++;
        JsonNode o = op.getValue();
        boolean summary = o.path("summary").asString("").length() > 3;
        boolean tag = o.path("tags").size() > 0;
        boolean errors = false;
        for (String status : o.path("responses").propertyNames()) {
          errors |= status.startsWith("4");
        }
        if (!summary || !tag || !errors) {
          incomplete.add(op.getKey() + " " + path.getKey());
        }
      }
    }
    assertThat(operations).isGreaterThan(50);
    assertThat(incomplete).isEmpty();
  }

  @Test
  void theDispatchOperationsAreDocumented() {
    JsonNode paths = document().get("paths");
    for (String path :
        List.of(
            "/api/{tenant}/dispatch/intake/110",
            "/api/{tenant}/dispatch/incidents",
            "/api/{tenant}/dispatch/incidents/{id}/recommendations",
            "/api/{tenant}/dispatch/units/{id}/state",
            "/api/{tenant}/dispatch/positions",
            "/api/{tenant}/dispatch/patrol-plans/{code}",
            "/api/{tenant}/dispatch/coverage",
            "/api/{tenant}/dispatch/board/events",
            "/api/{tenant}/dispatch/statistics")) {
      assertThat(paths.has(path)).as(path).isTrue();
    }
    JsonNode intake = paths.get("/api/{tenant}/dispatch/intake/110").get("post");
    assertThat(intake.get("responses").has("422")).isTrue();
    assertThat(intake.get("requestBody").toString()).contains("CommandCentreIncident");
  }

  @Test
  void theInformantRewardsOperationsAreDocumented() {
    JsonNode paths = document().get("paths");
    for (String path :
        List.of(
            "/api/{tenant}/informant-rewards/public/registrations",
            "/api/{tenant}/informant-rewards/public/tips",
            "/api/{tenant}/informant-rewards/public/tip-status",
            "/api/{tenant}/informant-rewards/tips/{tipId}/steps",
            "/api/{tenant}/informant-rewards/tips/{tipId}/reward",
            "/api/{tenant}/informant-rewards/rewards/{rewardId}/approval",
            "/api/{tenant}/informant-rewards/rewards/{rewardId}/payment",
            "/api/{tenant}/informant-rewards/informants/{informantId}/unseal",
            "/api/{tenant}/informant-rewards/statistics")) {
      assertThat(paths.has(path)).as(path).isTrue();
    }
    JsonNode submit = paths.get("/api/{tenant}/informant-rewards/public/tips").get("post");
    assertThat(submit.get("responses").has("429")).isTrue();
    assertThat(submit.get("requestBody").toString()).contains("NewTip");
    assertThat(
            paths
                .get("/api/{tenant}/informant-rewards/rewards/{rewardId}/approval")
                .get("post")
                .get("responses")
                .has("422"))
        .isTrue();
  }

  @Test
  void theCopyInDocsIsWhatTheServerServes() throws IOException {
    Path copy = Path.of(System.getProperty("it.openapi.copy", "../docs/openapi.json"));
    JsonNode served = document();
    if (Boolean.getBoolean(REWRITE)) {
      Files.writeString(copy, canonical(served), StandardCharsets.UTF_8);
    }
    assertThat(copy).as("the exported copy").exists();
    String text = Files.readString(copy, StandardCharsets.UTF_8);
    JsonNode exported = Json.parse(text);
    List<String> differences = new ArrayList<>();
    differences("", exported, served, differences);
    assertThat(differences)
        .as(
            "docs/openapi.json differs from GET /openapi at these places; rewrite it with"
                + " -D%s=true (docs/api.md)",
            REWRITE)
        .isEmpty();
    // sorted keys, two-space indent, one final newline: rewriting twice gives the same bytes
    assertThat(text).isEqualTo(canonical(exported));
  }

  @Test
  void everyOperationHasAUniqueStableOperationIdAndDeclaresItsSecurity() {
    JsonNode paths = document().get("paths");
    Set<String> ids = new HashSet<>();
    List<String> wrong = new ArrayList<>();
    for (Map.Entry<String, JsonNode> path : paths.properties()) {
      for (Map.Entry<String, JsonNode> op : path.getValue().properties()) {
        if (!METHODS.contains(op.getKey())) {
          continue;
        }
        String where = op.getKey() + " " + path.getKey();
        String id = op.getValue().path("operationId").asString("");
        if (!id.matches("[a-z]+[A-Z][A-Za-z0-9]*") || !ids.add(id)) {
          wrong.add(where + ": operationId '" + id + "' missing, not camelCase or taken");
        }
        JsonNode security = op.getValue().get("security");
        boolean declared =
            security != null
                && security.isArray()
                && (security.isEmpty() || (security.size() == 1 && security.get(0).has("jwt")));
        if (!declared) {
          wrong.add(where + ": security " + security);
        }
      }
    }
    assertThat(wrong).isEmpty();
    // the documented rule (docs/api.md): method, then the path without /api and {tenant}
    assertThat(
            paths
                .get("/api/{tenant}/kiosk-registry/public/kiosks/nearest")
                .get("get")
                .get("operationId")
                .asString())
        .isEqualTo("getKioskRegistryPublicKiosksNearest");
    assertThat(
            paths
                .get("/api/{tenant}/dispatch/incidents/{id}/assignments")
                .get("post")
                .get("operationId")
                .asString())
        .isEqualTo("postDispatchIncidentsByIdAssignments");
    assertThat(paths.get("/api/platform/tenants/{id}").get("put").get("operationId").asString())
        .isEqualTo("putPlatformTenantsById");
  }

  /**
   * What the document says about security is what the server does: without a token, an operation
   * documented as public ({@code security: []}) is never refused as unauthenticated or forbidden,
   * and every operation that names {@code jwt} answers 401. Bodies are two bytes in the operation's
   * first media type and ids made up, so nothing is written (each public operation refuses the body
   * or finds nothing).
   */
  @Test
  void theDocumentedSecurityIsWhatTheServerDoes() {
    List<String> wrong = new ArrayList<>();
    int publicOperations = 0;
    for (Map.Entry<String, JsonNode> path : document().get("paths").properties()) {
      String url =
          path.getKey()
              .replace("{tenant}", "dali-gucheng")
              .replaceAll("\\{[^}]+}", "openapi-probe");
      for (Map.Entry<String, JsonNode> op : path.getValue().properties()) {
        if (!METHODS.contains(op.getKey())) {
          continue;
        }
        boolean isPublic = op.getValue().get("security").isEmpty();
        publicOperations += isPublic ? 1 : 0;
        var request =
            Api.anonymous()
                .accept("*/*")
                // a client of its own, so that no other test's rate-limit bucket is touched
                .header("X-Forwarded-For", "198.51.100.211");
        if (op.getValue().has("requestBody")) {
          // the first documented media type, or the runtime answers 415 before any security check
          String mediaType =
              op.getValue().get("requestBody").get("content").propertyNames().iterator().next();
          request = request.contentType(mediaType).body("{}".getBytes(StandardCharsets.UTF_8));
        }
        int status =
            request
                .request(Method.valueOf(op.getKey().toUpperCase()), url)
                .then()
                .extract()
                .statusCode();
        boolean right = isPublic ? status != 401 && status != 403 : status == 401;
        if (!right) {
          wrong.add(op.getKey() + " " + path.getKey() + (isPublic ? " (public): " : ": ") + status);
        }
      }
    }
    assertThat(publicOperations).isGreaterThan(10);
    assertThat(wrong).isEmpty();
  }

  /** The document as docs/openapi.json holds it: keys sorted at every level, pretty-printed. */
  static String canonical(JsonNode document) {
    return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(sorted(document)) + "\n";
  }

  private static JsonNode sorted(JsonNode node) {
    if (node.isObject()) {
      ObjectNode object = MAPPER.createObjectNode();
      for (String name : new TreeSet<>(node.propertyNames())) {
        object.set(name, sorted(node.get(name)));
      }
      return object;
    }
    if (node.isArray()) {
      ArrayNode array = MAPPER.createArrayNode();
      for (JsonNode element : node) {
        array.add(sorted(element));
      }
      return array;
    }
    return node;
  }

  /** The JSON pointers where {@code expected} and {@code actual} differ (at most 30). */
  private static void differences(
      String pointer, JsonNode expected, JsonNode actual, List<String> found) {
    if (found.size() >= 30 || expected.equals(actual)) {
      return;
    }
    if (expected.isObject() && actual.isObject()) {
      Set<String> names = new TreeSet<>(expected.propertyNames());
      names.addAll(actual.propertyNames());
      for (String name : names) {
        String at = pointer + "/" + name.replace("~", "~0").replace("/", "~1");
        if (!expected.has(name) || !actual.has(name)) {
          found.add(at + (expected.has(name) ? " not served" : " not in the copy"));
        } else {
          differences(at, expected.get(name), actual.get(name), found);
        }
      }
    } else {
      found.add(pointer + ": copy " + abbreviated(expected) + ", served " + abbreviated(actual));
    }
  }

  private static String abbreviated(JsonNode node) {
    String text = node.toString();
    return text.length() > 120 ? text.substring(0, 120) + "…" : text;
  }
}
