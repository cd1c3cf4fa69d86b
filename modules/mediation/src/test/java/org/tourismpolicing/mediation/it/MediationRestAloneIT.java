package org.tourismpolicing.mediation.it;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.net.URL;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.tourismpolicing.mediation.it.support.Deployments;

/**
 * The module's REST API embedded alone, called over HTTP as a client would: resources, security
 * annotations, problem answers and the department scope all come from the module's jar and core.
 * Tokens are the development-mode tokens of the test server.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class MediationRestAloneIT {

  private static final String DALI = "dali-gucheng";

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.mediationAlone("mediation-rest", EmbeddingApplication.class);
  }

  @ArquillianResource URL base;

  private RequestSpecification api() {
    return given().baseUri(base.toString()).basePath("api").accept(ContentType.JSON);
  }

  private String token(String role, String department) {
    RequestSpecification r = api().queryParam("tenant", DALI).queryParam("role", role);
    if (department != null) {
      r = r.queryParam("department", department);
    }
    return r.get("dev/tokens").then().statusCode(200).extract().jsonPath().getString("token");
  }

  @Test
  void aMediatorRegistersAndReadsACaseAndStrangersAreRefused() {
    String mediator = token("mediator", null);
    Response created =
        api()
            .auth()
            .oauth2(mediator)
            .contentType(ContentType.JSON)
            .body(
                """
                {"source": "walk-in", "category": "catering",
                 "description": "Bill doubled after the meal",
                 "parties": [{"role": "tourist", "name": "Mr Li"}]}
                """)
            .post("{tenant}/mediation/cases", DALI);
    assertThat(created.statusCode()).as(created.asString()).isEqualTo(201);
    String id = created.jsonPath().getString("id");

    Response read = api().auth().oauth2(mediator).get("{tenant}/mediation/cases/{id}", DALI, id);
    assertThat(read.statusCode()).isEqualTo(200);
    assertThat(read.jsonPath().getString("caseNumber"))
        .isEqualTo(created.jsonPath().getString("caseNumber"));
    assertThat(read.header("ETag")).isEqualTo("\"" + read.jsonPath().getLong("version") + "\"");

    Response anonymous = api().get("{tenant}/mediation/cases/{id}", DALI, id);
    assertThat(anonymous.statusCode()).isEqualTo(401);
    assertThat(anonymous.contentType()).startsWith("application/problem+json");
    assertThat(
            api()
                .auth()
                .oauth2(token("officer", null))
                .get("{tenant}/mediation/cases/{id}", DALI, id)
                .statusCode())
        .isEqualTo(403);
  }

  @Test
  void aDepartmentUserListsOnlyItsDepartmentsTasks() {
    String mediator = token("mediator", null);
    String caseId =
        api()
            .auth()
            .oauth2(mediator)
            .contentType(ContentType.JSON)
            .body(
                "{\"source\": \"hotline\", \"category\": \"transport\","
                    + " \"description\": \"Taxi fare dispute\"}")
            .post("{tenant}/mediation/cases", DALI)
            .then()
            .statusCode(201)
            .extract()
            .jsonPath()
            .getString("id");
    String taskId =
        api()
            .auth()
            .oauth2(mediator)
            .contentType(ContentType.JSON)
            .body("{\"department\": \"market-regulation\", \"request\": \"Meter check\"}")
            .post("{tenant}/mediation/cases/{id}/department-tasks", DALI, caseId)
            .then()
            .statusCode(201)
            .extract()
            .jsonPath()
            .getString("id");

    String fire = token("partner-department", "fire");
    String market = token("partner-department", "market-regulation");
    assertThat(
            api()
                .auth()
                .oauth2(market)
                .get("{tenant}/mediation/department-tasks", DALI)
                .jsonPath()
                .getList("items.id", String.class))
        .contains(taskId);
    assertThat(
            api()
                .auth()
                .oauth2(fire)
                .get("{tenant}/mediation/department-tasks", DALI)
                .jsonPath()
                .getList("items.id", String.class))
        .doesNotContain(taskId);
    assertThat(
            api()
                .auth()
                .oauth2(fire)
                .get("{tenant}/mediation/department-tasks/{id}", DALI, taskId)
                .statusCode())
        .isEqualTo(404);
  }
}
