package org.tourismpolicing.referenceapp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.tourismpolicing.referenceapp.support.Api;
import org.tourismpolicing.referenceapp.support.Json;
import tools.jackson.databind.JsonNode;

/**
 * The OpenAPI document that developers read: every operation of every module has a summary and a
 * tag, documents at least one error answer, and the modules' operations are all there.
 */
class OpenApiDocumentIT {

  private static final Set<String> METHODS = Set.of("get", "post", "put", "delete", "patch");

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
}
