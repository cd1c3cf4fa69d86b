package org.tourismpolicing.referenceapp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tourismpolicing.referenceapp.support.Fixtures.DALI;
import static org.tourismpolicing.referenceapp.support.Problems.assertProblem;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.tourismpolicing.referenceapp.support.Api;
import org.tourismpolicing.referenceapp.support.Database;
import org.tourismpolicing.referenceapp.support.Fixtures;
import org.tourismpolicing.referenceapp.support.Json;

/**
 * One rule for conditional requests in every module (docs/api.md): reads of a versioned resource
 * carry its version as ETag; an update names the version it changes — If-Match, or the body's
 * version where the request has one — else 428; an If-Match that is not the current ETag (stale,
 * weak, a list, {@code *}) answers 412; a stale body version 409. Refused updates change nothing.
 */
class ConditionalRequestsIT {

  private static final String DISPATCH = "/api/" + DALI + "/dispatch/";

  private static RequestSpecification json(String token, Object body) {
    return Api.as(token).contentType(ContentType.JSON).body(Json.write(body));
  }

  private static long unitVersion(String id) {
    return Database.count("select version from dp_unit where tenant_id = ? and id = ?", DALI, id);
  }

  @Test
  void anUpdateNamesTheVersionItChangesOrIsRefusedAndChangesNothing() {
    String dispatcher = Fixtures.dispatcher(DALI);
    Response created =
        json(
                dispatcher,
                Map.of(
                    "callSign", "COND-" + Fixtures.random(6), "mode", "foot", "homeZone", "south"))
            .post(DISPATCH + "units");
    assertThat(created.statusCode()).as(created.asString()).isEqualTo(201);
    String id = created.jsonPath().getString("id");
    String unit = DISPATCH + "units/" + id;
    Response read = Api.as(dispatcher).get(unit);
    long version = read.jsonPath().getLong("version");
    assertThat(read.header("ETag")).isEqualTo("\"" + version + "\"");
    assertThat(created.header("ETag")).isEqualTo(read.header("ETag"));
    Map<String, Object> change = Json.map("mode", "bicycle", "homeZone", "south");

    // neither If-Match nor a version: 428, nothing written
    assertProblem(json(dispatcher, change).put(unit), 428, "precondition-required");
    // an If-Match that is not the current ETag: 412
    for (String ifMatch :
        List.of(
            "\"" + (version + 1) + "\"",
            "*",
            "W/\"" + version + "\"",
            "\"" + version + "\", \"99\"",
            "garbage")) {
      Response refused = json(dispatcher, change).header("If-Match", ifMatch).put(unit);
      assertProblem(refused, 412, "precondition-failed");
    }
    // a stale version in the body: 409
    Map<String, Object> stale =
        Json.map("mode", "bicycle", "homeZone", "south", "version", version + 5);
    assertProblem(json(dispatcher, stale).put(unit), 409, "version-conflict");
    assertThat(unitVersion(id)).isEqualTo(version);
    assertThat(Api.as(dispatcher).get(unit).jsonPath().getString("mode")).isEqualTo("foot");

    // the ETag as If-Match, or the version in the body (clients that send it keep working)
    Response byETag = json(dispatcher, change).header("If-Match", read.header("ETag")).put(unit);
    assertThat(byETag.statusCode()).as(byETag.asString()).isEqualTo(200);
    assertThat(byETag.header("ETag")).isEqualTo("\"" + unitVersion(id) + "\"");
    long next = byETag.jsonPath().getLong("version");
    Response byBody =
        json(dispatcher, Json.map("mode", "foot", "homeZone", "south", "version", next)).put(unit);
    assertThat(byBody.statusCode()).as(byBody.asString()).isEqualTo(200);
    assertThat(unitVersion(id)).isEqualTo(next + 1);
  }

  @Test
  void theBlacklistHasNoBodyVersionSoIfMatchIsRequired() {
    Response proposed =
        json(
                Fixtures.officer(DALI),
                Json.map(
                    "kind",
                    "business",
                    "name",
                    "条件请求测试客栈" + Fixtures.random(5),
                    "creditCode",
                    BlacklistIT.creditCode(),
                    "category",
                    "touting",
                    "reason",
                    "南门拉客",
                    "departments",
                    List.of("market-regulation")))
            .post("/api/" + DALI + "/blacklist/entries");
    assertThat(proposed.statusCode()).as(proposed.asString()).isEqualTo(201);
    String entry = "/api/" + DALI + "/blacklist/entries/" + proposed.jsonPath().getString("id");
    String market =
        org.tourismpolicing.referenceapp.support.Tokens.departmentToken(
            "it-market", DALI, "market-regulation");

    assertProblem(Api.as(market).post(entry + "/sign-off"), 428, "precondition-required");
    assertProblem(
        Api.as(market).header("If-Match", "\"9\"").post(entry + "/sign-off"),
        412,
        "precondition-failed");
    assertProblem(
        Api.as(market).header("If-Match", "*").post(entry + "/sign-off"),
        412,
        "precondition-failed");
    assertThat(Api.as(Fixtures.leader(DALI)).get(entry).jsonPath().getString("status"))
        .isEqualTo("proposed");
    Response signed =
        Api.as(market).header("If-Match", proposed.header("ETag")).post(entry + "/sign-off");
    assertThat(signed.statusCode()).as(signed.asString()).isEqualTo(200);
    assertThat(signed.header("ETag")).isEqualTo("\"" + signed.jsonPath().getLong("version") + "\"");
  }

  @Test
  void replacingAPatrolPlanIsAnUpdateLikeAnyOther() {
    String leader = Fixtures.leader(DALI);
    String plan = DISPATCH + "patrol-plans/" + Fixtures.code("cond");
    LocalDate day = Fixtures.freshDate();
    Map<String, Object> body =
        Json.map(
            "names",
            Map.of("en", "Conditional plan"),
            "startsOn",
            day.toString(),
            "endsOn",
            day.plusDays(1).toString(),
            "groups",
            List.of(
                Map.of(
                    "code",
                    "day",
                    "name",
                    "Day group",
                    "shiftStart",
                    "08:00",
                    "shiftEnd",
                    "20:00",
                    "zone",
                    "south",
                    "units",
                    List.of())));
    Response created = json(leader, body).put(plan);
    assertThat(created.statusCode()).as(created.asString()).isEqualTo(200);
    long version = created.jsonPath().getLong("version");

    assertProblem(json(leader, body).put(plan), 428, "precondition-required");
    assertProblem(
        json(leader, body).header("If-Match", "\"" + (version + 3) + "\"").put(plan),
        412,
        "precondition-failed");
    Response replaced = json(leader, body).header("If-Match", created.header("ETag")).put(plan);
    assertThat(replaced.statusCode()).as(replaced.asString()).isEqualTo(200);
    assertThat(replaced.jsonPath().getLong("version")).isEqualTo(version + 1);
  }

  @Test
  void readsOfVersionedResourcesCarryTheirVersionAsETag() {
    String officer = Fixtures.officer(DALI);
    String kiosk = Fixtures.createKiosk(DALI, "etag");
    assertETagIsVersion(Api.as(officer).get(Fixtures.kioskPath(DALI, kiosk)), "version");

    Response incident =
        json(
                Fixtures.dispatcher(DALI),
                Map.of(
                    "source",
                    "duty-room",
                    "category",
                    "lost-property",
                    "priority",
                    3,
                    "position",
                    Map.of("lat", 25.6895, "lon", 100.1625)))
            .post(DISPATCH + "incidents");
    assertETagIsVersion(incident, "version");
    assertETagIsVersion(
        Api.as(Fixtures.dispatcher(DALI))
            .get(DISPATCH + "incidents/" + incident.jsonPath().getString("id")),
        "incident.version");

    String mediator = Fixtures.token(DALI, "mediator");
    Response registered =
        json(
                mediator,
                Json.map(
                    "source",
                    "walk-in",
                    "category",
                    "price",
                    "description",
                    "ETag check",
                    "parties",
                    List.of(Json.map("role", "tourist", "name", "Mr Zhao"))))
            .post("/api/" + DALI + "/mediation/cases");
    assertETagIsVersion(registered, "version");
    assertETagIsVersion(
        Api.as(mediator)
            .get("/api/" + DALI + "/mediation/cases/" + registered.jsonPath().getString("id")),
        "version");

    String tipId =
        Api.anonymous()
            .header(
                "X-Forwarded-For",
                "198.51.100." + (1 + Math.floorMod(UUID.randomUUID().hashCode(), 250)))
            .header("Idempotency-Key", UUID.randomUUID().toString())
            .contentType(ContentType.JSON)
            .body(
                Json.of(
                    "category",
                    "illegal-lodging",
                    "description",
                    "人民路一家客栈无证经营 " + Fixtures.random(6)))
            .post("/api/" + DALI + "/informant-rewards/public/tips")
            .then()
            .statusCode(201)
            .extract()
            .path("tipId");
    assertETagIsVersion(
        Api.as(Fixtures.token(DALI, "informant-handler"))
            .get("/api/" + DALI + "/informant-rewards/tips/" + tipId),
        "tip.version");
  }

  private static void assertETagIsVersion(Response r, String versionPath) {
    assertThat(r.statusCode()).as(r.asString()).isBetween(200, 201);
    JsonPath body = r.jsonPath();
    assertThat(r.header("ETag"))
        .as(r.asString())
        .isEqualTo("\"" + body.getLong(versionPath) + "\"");
  }
}
