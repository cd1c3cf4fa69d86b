package org.tourismpolicing.blacklist.it;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.example.policesystem.CaseFileResource;
import com.example.policesystem.DatabaseProbe;
import com.example.policesystem.PoliceSystemApplication;
import com.example.policesystem.StoreOfflineMapper;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.tourismpolicing.testsupport.Deployments;
import org.tourismpolicing.testsupport.Tokens;

/**
 * The module inside an integrator's existing application, exactly as docs/embedding.md says to put
 * it there: one WAR with the host's own JAX-RS application, an unannotated resource, uploads and an
 * exception mapper of its own, next to core and the blacklist. What an integrator saw before (the
 * host's open GET answered 401 and then 403 with an empty role list, its 100 KB and 1 MB uploads
 * 413, its errors rewritten as Chinese problems, and its {@code IllegalStateException} mapper
 * swallowing a module failure as a 418, logged nowhere) must all stay away: the host works as
 * without the module, and the module answers with its own problems.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class EmbeddedInHostIT {

  private static final String DALI = "dali-gucheng";
  private static final String LIJIANG = "lijiang-gucheng";
  private static final String PROBLEM = "application/problem+json";

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.embedding(
            "police-system",
            PoliceSystemApplication.class,
            CaseFileResource.class,
            StoreOfflineMapper.class,
            DatabaseProbe.class)
        // the host's data source has a name of its own; its web.xml points the modules there
        .setWebXML("police-system-web.xml")
        // a mistyped key for one tenant: hashing an ID number there fails inside the module
        // with an IllegalStateException, the very exception the host maps its own way
        .addAsResource(
            new StringAsset("tp.blacklist.hash-key." + LIJIANG + "=not a key\n"),
            "META-INF/microprofile-config.properties");
  }

  @ArquillianResource URL base;

  @BeforeAll
  static void logFailedExchanges() {
    RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
  }

  @Test
  void theHostsOpenEndpointNeedsNoTokenAndAcceptsAny() {
    Response anonymous = api().get("case-files/A-17");
    assertThat(anonymous.statusCode()).as(anonymous.asString()).isEqualTo(200);
    assertThat(anonymous.jsonPath().getString("id")).isEqualTo("A-17");

    Response withToken = as(Tokens.token("531101", DALI, "officer")).get("case-files/A-17");
    assertThat(withToken.statusCode()).as(withToken.asString()).isEqualTo(200);
  }

  @Test
  void theHostsUploadsAreNotHeldToTheModulesBodyLimit() {
    String note = "{\"text\": \"" + "x".repeat(100_000) + "\"}";
    assertThat(note.getBytes(StandardCharsets.UTF_8).length).isGreaterThan(100_000);
    Response noted = api().contentType(ContentType.JSON).body(note).post("case-files/A-17/notes");
    assertThat(noted.statusCode()).as(noted.asString()).isEqualTo(200);
    assertThat(noted.jsonPath().getInt("characters")).isEqualTo(note.length());

    byte[] zip = new byte[1024 * 1024];
    zip[0] = 'P';
    zip[1] = 'K';
    Response scanned = api().contentType("application/zip").body(zip).post("case-files/A-17/scans");
    assertThat(scanned.statusCode()).as(scanned.asString()).isEqualTo(200);
    assertThat(scanned.jsonPath().getLong("bytes")).isEqualTo(zip.length);
  }

  @Test
  void theHostsFailuresAreAnsweredTheHostsWay() {
    Response broken = api().get("case-files/broken");
    assertThat(broken.statusCode()).isEqualTo(418);
    assertThat(broken.contentType()).startsWith("text/plain");
    assertThat(broken.asString()).isEqualTo("police system: the case file store is offline");

    Response missing = api().get("case-files/missing");
    assertThat(missing.statusCode()).isEqualTo(404);
    assertThat(missing.contentType()).doesNotStartWith(PROBLEM);
    assertThat(missing.asString()).doesNotContain("tourism-policing");

    // an unreadable number is JAX-RS's 404 for the host, not the modules' 400 naming the field
    Response badPage = api().get("case-files/A-17?page=two");
    assertThat(badPage.statusCode()).isEqualTo(404);
    assertThat(badPage.contentType()).doesNotStartWith(PROBLEM);

    // the host's own constraints are answered by the runtime, as without the module
    Response pageZero = api().get("case-files/A-17/pages/0");
    assertThat(pageZero.statusCode()).isEqualTo(400);
    assertThat(pageZero.contentType()).doesNotStartWith(PROBLEM);
    assertThat(pageZero.asString()).doesNotContain("tourism-policing");
  }

  @Test
  void theModuleKeepsItsDataInTheHostsOwnDatabase() {
    String name = "洱海情客栈 " + java.util.UUID.randomUUID();
    Response proposed =
        as(Tokens.token("531101", DALI, "officer"))
            .contentType(ContentType.JSON)
            .body(
                """
                {"kind": "business", "name": "%s", "creditCode": "91532901MA6N0B8X16",
                 "legalRepresentative": "张三丰", "category": "touting",
                 "reason": "南门多次拉客揽客", "departments": ["market-regulation"],
                 "visibility": "public"}
                """
                    .formatted(name))
            .post("{t}/blacklist/entries", DALI);
    assertThat(proposed.statusCode()).as(proposed.asString()).isEqualTo(201);

    Response stored = api().queryParam("name", name).get("probe/blacklist-entries");
    assertThat(stored.statusCode()).as(stored.asString()).isEqualTo(200);
    assertThat(stored.jsonPath().getLong("rows")).isEqualTo(1);
  }

  @Test
  void theModuleWorksBesideTheHost() {
    Response screened =
        as(Tokens.token("531101", DALI, "officer"))
            .contentType(ContentType.JSON)
            .body("{\"name\": \"洱海情客栈\"}")
            .post("{t}/blacklist/screening", DALI);
    assertThat(screened.statusCode()).as(screened.asString()).isEqualTo(200);
    assertThat(screened.jsonPath().getList("hits")).isNotNull();

    assertProblem(api().get("{t}/blacklist/entries", DALI), 401, "unauthenticated");
  }

  @Test
  void theModulesFailuresReachItsOwnProblemsWhateverTheHostMaps() {
    String officer = Tokens.token("531101", DALI, "officer");

    // a failure inside the module is an IllegalStateException, which the host maps to 418: the
    // client still gets the module's problem, and the module logs it under the error id
    Response failed =
        as(Tokens.token("531101", LIJIANG, "officer"))
            .contentType(ContentType.JSON)
            .body("{\"idNumber\": \"532901198506121238\"}")
            .post("{t}/blacklist/screening", LIJIANG);
    JsonPath internal = assertProblem(failed, 500, "internal");
    String errorId = internal.getString("errorId");
    assertThat(errorId).isNotBlank();
    assertThat(failed.asString()).doesNotContain("IllegalStateException").doesNotContain("key");
    await()
        .atMost(Duration.ofSeconds(10))
        .untilAsserted(
            () ->
                assertThat(serverLog())
                    .contains("unexpected failure " + errorId)
                    .contains("java.lang.IllegalStateException"));

    // invalid input, a malformed body, an unreadable number, an unknown id, an oversize body
    JsonPath invalid =
        assertProblem(
            screen(officer, "{\"creditCode\": \"91532901MA6N0B8X17\"}"), 400, "validation");
    assertThat(invalid.getString("errors[0].field")).isEqualTo("creditCode");
    JsonPath constraint =
        assertProblem(
            screen(officer, "{\"name\": \"洱海情客栈\", \"threshold\": 5}"), 400, "validation");
    assertThat(constraint.getString("errors[0].field")).isEqualTo("threshold");
    assertProblem(screen(officer, "{\"name\": "), 400, "malformed-body");
    JsonPath limit =
        assertProblem(as(officer).get("{t}/blacklist/entries?limit=many", DALI), 400, "validation");
    assertThat(limit.getString("errors[0].field")).isEqualTo("limit");
    assertProblem(
        as(officer).get("{t}/blacklist/entries/{id}", DALI, "0190a6f0-0000-7000-8000-000000000000"),
        404,
        "not-found");
    assertProblem(
        screen(officer, "{\"name\": \"" + "客".repeat(40_000) + "\"}"), 413, "payload-too-large");
  }

  /** A screening request of {@code token}'s in Dali with {@code body} as it is written. */
  private Response screen(String token, String body) {
    return as(token).contentType(ContentType.JSON).body(body).post("{t}/blacklist/screening", DALI);
  }

  private static JsonPath assertProblem(Response response, int status, String type) {
    assertThat(response.statusCode()).as(response.asString()).isEqualTo(status);
    assertThat(response.contentType()).as(response.asString()).startsWith(PROBLEM);
    JsonPath problem = response.jsonPath();
    assertThat(problem.getString("type")).isEqualTo("urn:tourism-policing:problem:" + type);
    assertThat(problem.getInt("status")).isEqualTo(status);
    assertThat(problem.getString("title")).isNotBlank();
    return problem;
  }

  private static String serverLog() throws IOException {
    Path log =
        Path.of(
            System.getProperty("arquillian.liberty.usrDir"),
            "servers",
            System.getProperty("arquillian.liberty.serverName"),
            "logs",
            "messages.log");
    return Files.readString(log, StandardCharsets.UTF_8);
  }

  private RequestSpecification api() {
    return given().baseUri(base.toExternalForm() + "api/").accept(ContentType.JSON);
  }

  private RequestSpecification as(String token) {
    return api().auth().oauth2(token);
  }
}
