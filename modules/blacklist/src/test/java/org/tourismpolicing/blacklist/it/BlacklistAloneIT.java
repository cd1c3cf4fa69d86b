package org.tourismpolicing.blacklist.it;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.net.URL;
import java.time.Duration;
import java.util.List;
import java.util.Map;
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
 * Core + blacklist deployed alone in a plain Liberty server, as an integrator embeds the module: an
 * officer proposes a touting business, market regulation signs it off, screening finds it by a
 * variant of its name, the public lookup shows it masked, and revoked it is found no more.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class BlacklistAloneIT {

  private static final String DALI = "dali-gucheng";
  private static final String CODE = "91532901MA6N0B8X16";

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.embedding("blacklist-alone", EmbeddedApi.class, TipDesk.class);
  }

  @ArquillianResource URL base;

  @BeforeAll
  static void logFailedExchanges() {
    RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
  }

  @Test
  void aProposedBusinessIsSignedOffScreenedLookedUpAndRevoked() {
    String officer = Tokens.token("531101", DALI, "officer");
    String body =
        """
        {"kind": "business", "name": "大理古城洱海情客栈有限公司", "aliases": ["洱海情客栈"],
         "creditCode": "%s", "address": "人民路 88 号", "legalRepresentative": "张三丰",
         "category": "touting", "reason": "南门多次拉客揽客", "departments": ["market-regulation"],
         "visibility": "public"}
        """
            .formatted(CODE);
    JsonPath proposed =
        as(officer)
            .contentType(ContentType.JSON)
            .body(body)
            .post("{t}/blacklist/entries", DALI)
            .then()
            .statusCode(201)
            .extract()
            .jsonPath();
    String id = proposed.getString("id");
    assertThat(proposed.getString("status")).isEqualTo("proposed");
    assertThat(proposed.getString("categoryName")).isEqualTo("拉客揽客");

    // a wrong check digit is refused naming the field, and nothing is proposed
    Response bad =
        as(officer)
            .contentType(ContentType.JSON)
            .body(body.replace(CODE, "91532901MA6N0B8X17"))
            .post("{t}/blacklist/entries", DALI);
    assertThat(bad.statusCode()).isEqualTo(400);
    assertThat(bad.jsonPath().getString("errors[0].field")).isEqualTo("creditCode");

    // fire did not issue it: for fire it does not exist
    as(DepartmentTokens.of("fire-1", DALI, "fire"))
        .get("{t}/blacklist/entries/{id}", DALI, id)
        .then()
        .statusCode(404);
    String market = DepartmentTokens.of("market-1", DALI, "market-regulation");
    Response read = as(market).get("{t}/blacklist/entries/{id}", DALI, id);
    assertThat(read.statusCode()).isEqualTo(200);
    // a stale version is refused
    as(market)
        .header("If-Match", "\"99\"")
        .post("{t}/blacklist/entries/{id}/sign-off", DALI, id)
        .then()
        .statusCode(412);
    JsonPath active =
        as(market)
            .header("If-Match", read.header("ETag"))
            .post("{t}/blacklist/entries/{id}/sign-off", DALI, id)
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(active.getString("status")).isEqualTo("active");

    // screened by a short name written in traditional characters with its words turned about
    JsonPath hits =
        as(officer)
            .contentType(ContentType.JSON)
            .body("{\"name\": \"洱海情 客棧\", \"threshold\": 0.6}")
            .post("{t}/blacklist/screening", DALI)
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(hits.getString("hits[0].entryId")).isEqualTo(id);
    assertThat(hits.getDouble("hits[0].score")).isGreaterThanOrEqualTo(0.6);
    assertThat(hits.getList("hits[0].features.feature")).isNotEmpty();

    JsonPath lookup =
        given()
            .baseUri(base.toExternalForm() + "api/")
            .queryParam("creditCode", CODE)
            .get("{t}/blacklist/public/lookup", DALI)
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(lookup.getString("results[0].name")).isEqualTo("大理古城洱海情客栈有限公司");
    assertThat(lookup.getString("results[0].legalRepresentative")).isEqualTo("张*丰");

    String etag = as(market).get("{t}/blacklist/entries/{id}", DALI, id).header("ETag");
    as(market)
        .header("If-Match", etag)
        .contentType(ContentType.JSON)
        .body("{\"reason\": \"认定有误\"}")
        .post("{t}/blacklist/entries/{id}/revoke", DALI, id)
        .then()
        .statusCode(200);
    // an illegal move answers 409 naming the status
    String revokedTag = as(market).get("{t}/blacklist/entries/{id}", DALI, id).header("ETag");
    Response again =
        as(market)
            .header("If-Match", revokedTag)
            .contentType(ContentType.JSON)
            .body("{\"reason\": \"再次\"}")
            .post("{t}/blacklist/entries/{id}/credit-repair", DALI, id);
    assertThat(again.statusCode()).isEqualTo(409);
    assertThat(again.jsonPath().getString("detail")).contains("revoked");

    JsonPath after =
        as(officer)
            .contentType(ContentType.JSON)
            .body("{\"creditCode\": \"" + CODE + "\"}")
            .post("{t}/blacklist/screening", DALI)
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(after.getList("hits")).isEmpty();
  }

  @Test
  void aVerifiedTipProposesOneEntryWithTheTipAsEvidenceAndARolledBackTipNone() {
    String tip = UUID.randomUUID().toString();
    String name = "古城" + tip.substring(0, 4) + "客栈";
    String failed = UUID.randomUUID().toString();
    String failedName = "古城" + failed.substring(0, 4) + "酒吧";
    var anonymous = given().baseUri(base.toExternalForm() + "api/");
    anonymous.queryParam("name", name).post("{t}/it-tips/{id}", DALI, tip).then().statusCode(204);
    // delivered again: still one entry
    given()
        .baseUri(base.toExternalForm() + "api/")
        .queryParam("name", name)
        .post("{t}/it-tips/{id}", DALI, tip)
        .then()
        .statusCode(204);
    given()
        .baseUri(base.toExternalForm() + "api/")
        .queryParam("name", failedName)
        .queryParam("fail", true)
        .post("{t}/it-tips/{id}", DALI, failed)
        .then()
        .statusCode(org.hamcrest.Matchers.greaterThanOrEqualTo(400));

    String officer = Tokens.token("531101", DALI, "officer");
    // delivered by core's outbox relay after commit
    await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> proposed(officer).stream().anyMatch(e -> name.equals(e.get("name"))));
    List<Map<String, Object>> entries = proposed(officer);
    List<Map<String, Object>> fromTip =
        entries.stream().filter(e -> name.equals(e.get("name"))).toList();
    assertThat(fromTip).hasSize(1);
    assertThat(fromTip.get(0).get("departments")).isEqualTo(List.of("market-regulation"));
    assertThat(fromTip.get(0).get("visibility")).isEqualTo("internal");
    assertThat(entries).noneMatch(e -> failedName.equals(e.get("name")));
    JsonPath evidence =
        as(officer)
            .get("{t}/blacklist/entries/{id}/evidence", DALI, fromTip.get(0).get("id"))
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(evidence.getList("kind")).containsExactly("tip");
    assertThat(evidence.getList("reference")).containsExactly(tip);
  }

  @Test
  void strangersAndWrongRolesAreRefused() {
    given()
        .baseUri(base.toExternalForm() + "api/")
        .get("{t}/blacklist/entries", DALI)
        .then()
        .statusCode(401);
    as(Tokens.token("informant-1", DALI, "informant"))
        .get("{t}/blacklist/entries", DALI)
        .then()
        .statusCode(403);
    as(Tokens.token("531101", "lijiang-gucheng", "officer"))
        .get("{t}/blacklist/entries", DALI)
        .then()
        .statusCode(403);
  }

  private RequestSpecification as(String token) {
    return given()
        .baseUri(base.toExternalForm() + "api/")
        .accept(ContentType.JSON)
        .auth()
        .oauth2(token);
  }

  private List<Map<String, Object>> proposed(String token) {
    return as(token)
        .get("{t}/blacklist/entries?status=proposed&limit=200", DALI)
        .then()
        .statusCode(200)
        .extract()
        .jsonPath()
        .getList("items");
  }
}
