package org.tourismpolicing.dispatch.it;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.net.URL;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.tourismpolicing.testsupport.Deployments;
import org.tourismpolicing.testsupport.Tokens;

/**
 * Core + dispatch deployed alone in a plain Liberty server, as an integrator embeds the module: the
 * Lijiang tenant's units from its document, a 110 hand-over assigned automatically, the unit's
 * officer acknowledging, arriving and clearing, the unit back on patrol.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DispatchAloneIT {

  private static final String LIJIANG = "lijiang-gucheng";

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.embedding("dispatch-alone", EmbeddedApi.class);
  }

  @ArquillianResource URL base;

  @BeforeAll
  static void logFailedExchanges() {
    RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
  }

  @Test
  void aHandedOverEmergencyIsAssignedAcknowledgedAttendedAndCleared() {
    String dispatcher = Tokens.token("dispatcher-it", LIJIANG, "dispatcher");
    JsonPath units =
        as(dispatcher)
            .get("{t}/dispatch/units", LIJIANG)
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(units.getList("items.callSign", String.class)).contains("DY-N1", "DY-C1", "DY-S1");
    String north = idOf(units, "DY-N1");
    // only the north unit comes on duty, near the north zone's centre
    as(dispatcher)
        .contentType(ContentType.JSON)
        .body(state("patrolling"))
        .post("{t}/dispatch/units/{id}/state", LIJIANG, north)
        .then()
        .statusCode(200)
        .body("state", org.hamcrest.Matchers.equalTo("patrolling"));

    String key = "110-" + UUID.randomUUID();
    String body =
        """
        {"externalNumber": "%s", "category": "fight",
         "position": {"lat": 26.8790, "lon": 100.2345}, "description": "Fight outside a bar"}
        """
            .formatted(key);
    String integration = Tokens.token("centre-110", LIJIANG, "integration");
    JsonPath incident =
        as(integration)
            .header("Idempotency-Key", key)
            .contentType(ContentType.JSON)
            .body(body)
            .post("{t}/dispatch/intake/110", LIJIANG)
            .then()
            .statusCode(201)
            .extract()
            .jsonPath();
    String incidentId = incident.getString("id");
    assertThat(incident.getString("number")).startsWith("LJ-");
    assertThat(incident.getString("status")).isEqualTo("dispatched");

    // the centre retries: the same incident, not a second one
    as(integration)
        .header("Idempotency-Key", key)
        .contentType(ContentType.JSON)
        .body(body)
        .post("{t}/dispatch/intake/110", LIJIANG)
        .then()
        .statusCode(201)
        .header("Idempotent-Replayed", "true")
        .body("id", org.hamcrest.Matchers.equalTo(incidentId));

    // an officer of another unit may not acknowledge for it
    as(Tokens.token("537143", LIJIANG, "officer"))
        .contentType(ContentType.JSON)
        .body(state("en-route"))
        .post("{t}/dispatch/units/{id}/state", LIJIANG, north)
        .then()
        .statusCode(403);
    String officer = Tokens.token("537105", LIJIANG, "officer");
    for (String state : List.of("en-route", "on-scene", "clearing")) {
      as(officer)
          .contentType(ContentType.JSON)
          .body(state(state))
          .post("{t}/dispatch/units/{id}/state", LIJIANG, north)
          .then()
          .statusCode(200);
    }
    // illegal: back to on-scene from clearing, 409 naming the state
    as(officer)
        .contentType(ContentType.JSON)
        .body(state("on-scene"))
        .post("{t}/dispatch/units/{id}/state", LIJIANG, north)
        .then()
        .statusCode(409)
        .contentType("application/problem+json")
        .body("detail", org.hamcrest.Matchers.containsString("clearing"));
    as(officer)
        .contentType(ContentType.JSON)
        .body(state("patrolling"))
        .post("{t}/dispatch/units/{id}/state", LIJIANG, north)
        .then()
        .statusCode(200);

    JsonPath record =
        as(dispatcher)
            .get("{t}/dispatch/incidents/{id}", LIJIANG, incidentId)
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(record.getString("incident.status")).isEqualTo("cleared");
    assertThat(record.getString("assignments[0].callSign")).isEqualTo("DY-N1");
    assertThat(record.getString("assignments[0].status")).isEqualTo("completed");
    assertThat(record.getList("timeline.step", String.class))
        .containsSubsequence(
            "received", "dispatched", "acknowledged", "arrived", "clearing", "cleared");
    assertThat(record.getString("incident.times.cleared")).isNotNull();
  }

  private static String state(String state) {
    return "{\"state\": \"" + state + "\"}";
  }

  private static String idOf(JsonPath units, String callSign) {
    return units.getString("items.find { it.callSign == '" + callSign + "' }.id");
  }

  private RequestSpecification as(String token) {
    return given()
        .baseUri(base.toExternalForm() + "api/")
        .accept(ContentType.JSON)
        .auth()
        .oauth2(token);
  }
}
