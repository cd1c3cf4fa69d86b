package org.tourismpolicing.referenceapp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tourismpolicing.referenceapp.support.Fixtures.DALI;
import static org.tourismpolicing.referenceapp.support.Fixtures.kioskId;
import static org.tourismpolicing.referenceapp.support.Fixtures.kioskPath;
import static org.tourismpolicing.referenceapp.support.Fixtures.kiosksPath;
import static org.tourismpolicing.referenceapp.support.Fixtures.leader;
import static org.tourismpolicing.referenceapp.support.Problems.assertProblem;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tourismpolicing.referenceapp.support.Api;
import org.tourismpolicing.referenceapp.support.Fixtures;
import org.tourismpolicing.referenceapp.support.Json;
import org.tourismpolicing.referenceapp.support.Problems;
import org.tourismpolicing.referenceapp.support.Rows;
import org.tourismpolicing.referenceapp.support.TenantDocs;

/**
 * The shape of every refusal: RFC 9457 problem+json with a stable type and code, title, detail and
 * field messages in the caller's language (Accept-Language, else the tenant's first language), the
 * request path as instance, and nothing of the server's inside.
 */
class ProblemAnswersIT {

  @AfterAll
  static void forgetTheTenantsOnboardedHere() {
    TenantDocs.forgetOnboarded();
  }

  private static String englishFirstTenant;

  @BeforeAll
  static void aTenantWhoseFirstLanguageIsEnglish() {
    englishFirstTenant = TenantDocs.newTenantId("english");
    TenantDocs docs = TenantDocs.daliAs(englishFirstTenant).firstKiosks(1);
    docs.tenant().putArray("languages").add("en").add("zh-CN");
    docs.onboard(englishFirstTenant);
  }

  /** Refusals of several kinds, each a request that can be sent in any language. */
  private static Map<String, Function<RequestSpecification, Response>> refusals() {
    String southGate = kioskPath(DALI, kioskId(DALI, "south-gate"));
    Map<String, Object> invalid = Fixtures.newKiosk("Not A Code", Fixtures.DALI_SOUTH);
    invalid.put("openingHours", "Mo-Fr 9-17");
    Map<String, Function<RequestSpecification, Response>> refusals = new LinkedHashMap<>();
    refusals.put(
        "validation",
        r ->
            r.header("Authorization", "Bearer " + leader(DALI))
                .contentType("application/json")
                .body(Json.write(invalid))
                .post(kiosksPath(DALI)));
    refusals.put(
        "not-found",
        r ->
            r.header("Authorization", "Bearer " + leader(DALI))
                .get(kioskPath(DALI, "00000000-0000-7000-8000-000000000000")));
    refusals.put("unauthenticated", r -> r.get(kiosksPath(DALI)));
    refusals.put(
        "forbidden",
        r ->
            r.header("Authorization", "Bearer " + Fixtures.token(DALI, "informant"))
                .get(kiosksPath(DALI)));
    refusals.put(
        "tenant-not-entitled",
        r -> r.header("Authorization", "Bearer " + leader(Fixtures.LIJIANG)).get(kiosksPath(DALI)));
    refusals.put(
        "conflict",
        r ->
            r.header("Authorization", "Bearer " + leader(DALI))
                .contentType("application/json")
                .body(Json.write(Fixtures.newKiosk("south-gate", Fixtures.DALI_SOUTH)))
                .post(kiosksPath(DALI)));
    refusals.put(
        "version-conflict",
        r ->
            r.header("Authorization", "Bearer " + leader(DALI))
                .contentType("application/json")
                .body(Json.of("version", -1, "status", "closed", "reason", "x"))
                .put(southGate + "/status"));
    refusals.put(
        "malformed-body",
        r ->
            r.header("Authorization", "Bearer " + leader(DALI))
                .contentType("application/json")
                .body("{\"delta\": ")
                .post(southGate + "/amenities/umbrella/adjustments"));
    refusals.put(
        "method-not-allowed",
        r -> r.header("Authorization", "Bearer " + leader(DALI)).delete(southGate));
    return refusals;
  }

  @Test
  void theLanguageChangesTheTextsButNeverTheTypeCodeOrFields() {
    Rows before = Rows.of(DALI);
    refusals()
        .forEach(
            (type, request) -> {
              Response en = request.apply(Api.anonymous().header("Accept-Language", "en"));
              Response zh = request.apply(Api.anonymous().header("Accept-Language", "zh-CN"));
              int status = en.statusCode();
              JsonPath english = assertProblem(en, status, type);
              JsonPath chinese = assertProblem(zh, status, type);

              assertThat(en.header("Content-Language")).as(type).isEqualTo("en");
              assertThat(zh.header("Content-Language")).as(type).isEqualTo("zh-CN");
              assertThat(chinese.getString("code")).as(type).isEqualTo(english.getString("code"));
              assertThat(chinese.getString("title"))
                  .as(type)
                  .isNotEqualTo(english.getString("title"));
              assertThat(chinese.getString("detail"))
                  .as(type)
                  .isNotEqualTo(english.getString("detail"));
              assertThat(english.getString("title")).as(type).matches("[\\x20-\\x7e]+");
              assertThat(chinese.getString("title")).as(type).matches(".*[\\u4e00-\\u9fff].*");
              assertThat(chinese.getList("errors.field"))
                  .isEqualTo(english.getList("errors.field"));
              assertThat(chinese.getList("errors.code")).isEqualTo(english.getList("errors.code"));
              List<String> enMessages = english.getList("errors.message");
              List<String> zhMessages = chinese.getList("errors.message");
              if (enMessages != null) {
                for (int i = 0; i < enMessages.size(); i++) {
                  assertThat(zhMessages.get(i)).as(type).isNotEqualTo(enMessages.get(i));
                }
              }
            });
    before.assertUnchanged();
  }

  @Test
  void fieldMessagesAreTranslated() {
    Map<String, Object> body = Fixtures.newKiosk(Fixtures.code("lang"), Fixtures.OUTSIDE_DALI);
    JsonPath en =
        assertProblem(
            Api.as(leader(DALI))
                .header("Accept-Language", "en-GB,en;q=0.8")
                .contentType("application/json")
                .body(Json.write(body))
                .post(kiosksPath(DALI)),
            400,
            "validation");
    JsonPath zh =
        assertProblem(
            Api.as(leader(DALI))
                .header("Accept-Language", "zh-CN,zh;q=0.9")
                .contentType("application/json")
                .body(Json.write(body))
                .post(kiosksPath(DALI)),
            400,
            "validation");

    assertThat(en.getString("title")).isEqualTo("The request has invalid fields");
    assertThat(en.getString("errors[0].message"))
        .isEqualTo("The position is in none of the jurisdiction’s zones.");
    assertThat(zh.getString("errors[0].field")).isEqualTo("position");
    assertThat(zh.getString("errors[0].code")).isEqualTo("kiosk.position.outside-zones");
    assertThat(zh.getString("errors[0].message")).matches(".*[\\u4e00-\\u9fff].*");
  }

  @Test
  void withoutAPreferenceTheTenantsFirstLanguageIsUsed() {
    Response dali = Api.anonymous().get(kiosksPath(DALI));
    assertProblem(dali, 401, "unauthenticated");
    assertThat(dali.header("Content-Language")).isEqualTo("zh-CN");

    Response invalid =
        Api.as(leader(englishFirstTenant)).get(kiosksPath(englishFirstTenant) + "?limit=0");
    assertProblem(invalid, 400, "validation");
    assertThat(invalid.header("Content-Language")).isEqualTo("en");
    assertThat(invalid.jsonPath().getString("title")).isEqualTo("The request has invalid fields");

    Response french =
        Api.as(leader(englishFirstTenant))
            .header("Accept-Language", "fr-FR")
            .get(kiosksPath(englishFirstTenant) + "?limit=0");
    assertThat(french.header("Content-Language")).as("unsupported: tenant default").isEqualTo("en");
    Response frenchThenChinese =
        Api.as(leader(englishFirstTenant))
            .header("Accept-Language", "fr-FR, zh;q=0.5")
            .get(kiosksPath(englishFirstTenant) + "?limit=0");
    assertThat(frenchThenChinese.header("Content-Language")).isEqualTo("zh-CN");
  }

  @Test
  void refusalsAtTheDoorUseTheTenantsFirstLanguageToo() {
    Response unauthenticated = Api.anonymous().get(kiosksPath(englishFirstTenant));
    assertProblem(unauthenticated, 401, "unauthenticated");
    assertThat(unauthenticated.header("Content-Language")).isEqualTo("en");

    Response forbidden =
        Api.as(Fixtures.token(englishFirstTenant, "informant")).get(kiosksPath(englishFirstTenant));
    assertProblem(forbidden, 403, "forbidden");
    assertThat(forbidden.header("Content-Language")).isEqualTo("en");
  }

  @Test
  void anOddAcceptLanguageStillGetsAProblemInTheTenantsLanguage() {
    for (String header : List.of("x-;;", "12345", "*;q=0.5")) {
      Response r =
          Api.as(leader(DALI)).header("Accept-Language", header).get(kiosksPath(DALI) + "?limit=0");
      assertProblem(r, 400, "validation");
      assertThat(r.header("Content-Language")).as(header).isEqualTo("zh-CN");
    }
  }

  @Test
  void theInstanceIsTheRequestPathAndTheStatusMatches() {
    String path = kioskPath(DALI, "00000000-0000-7000-8000-000000000000");
    JsonPath p = assertProblem(Api.as(leader(DALI)).get(path), 404, "not-found");
    assertThat(p.getString("instance")).isEqualTo(path);
    assertThat(p.getInt("status")).isEqualTo(404);
    assertThat(p.getString("code")).isEqualTo("not-found.detail");
  }

  @Test
  void theRuntimesOwnRefusalsAreProblemsToo() {
    String southGate = kioskPath(DALI, kioskId(DALI, "south-gate"));

    Response notAllowed = Api.as(leader(DALI)).delete(southGate);
    assertProblem(notAllowed, 405, "method-not-allowed");
    assertThat(notAllowed.header("Allow")).contains("GET").contains("PUT");

    assertProblem(
        Api.as(leader(DALI))
            .contentType("text/plain")
            .body("{\"delta\": -1}")
            .post(southGate + "/amenities/umbrella/adjustments"),
        415,
        "unsupported-media-type");
    assertProblem(
        Api.as(leader(DALI)).accept("application/xml").get(kiosksPath(DALI)),
        406,
        "not-acceptable");
    JsonPath noSuchPath =
        assertProblem(
            Api.as(leader(DALI)).get("/api/" + DALI + "/kiosk-registry/nothing-here"),
            404,
            "not-found");
    assertThat(noSuchPath.getString("code")).isEqualTo("not-found.path");
  }

  @Test
  void unknownTenantsAreProblemsWithoutInternals() {
    for (String tenant : List.of(TenantDocs.newTenantId("ghost"), "no-such-station", "BAD_ID")) {
      Response r = Api.anonymous().header("Accept-Language", "en").get("/api/" + tenant + "/zones");
      JsonPath p = assertProblem(r, 404, "tenant-not-found");
      assertThat(p.getString("detail")).contains(tenant);
    }
  }

  @Test
  void namesAsLongAsTheRulesAllowAreStoredWholeAndLongerOnesAreRefused() {
    // ten languages of 200 characters each is the most the field rules allow: it must be stored
    Map<String, Object> body = Fixtures.newKiosk(Fixtures.code("long"), Fixtures.DALI_SOUTH);
    Map<String, Object> names = new LinkedHashMap<>();
    for (String language : List.of("zh-CN", "en", "ko", "ja", "fr", "de", "es", "it", "ru", "pt")) {
      names.put(language, "名".repeat(200));
    }
    body.put("names", names);
    Response stored = Fixtures.post(leader(DALI), kiosksPath(DALI), body);
    assertThat(stored.statusCode()).as(stored.asString()).isEqualTo(201);
    assertThat(stored.jsonPath().getString("names.pt")).isEqualTo("名".repeat(200));

    // one character more is refused as invalid, naming the field, and writes nothing
    Map<String, Object> tooLong = Fixtures.newKiosk(Fixtures.code("long"), Fixtures.DALI_SOUTH);
    Map<String, Object> longer = new LinkedHashMap<>(names);
    longer.put("pt", "名".repeat(201));
    tooLong.put("names", longer);
    Rows before = Rows.of(DALI);

    Response r = Fixtures.post(leader(DALI), kiosksPath(DALI), tooLong);

    assertThat(r.contentType()).as(r.asString()).startsWith("application/problem+json");
    Problems.assertNoLeak(r);
    assertThat(r.jsonPath().getString("errors[0].field")).startsWith("names");
    before.assertUnchanged();
  }
}
