package org.tourismpolicing.referenceapp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tourismpolicing.referenceapp.support.Fixtures.DALI;
import static org.tourismpolicing.referenceapp.support.Fixtures.LIJIANG;
import static org.tourismpolicing.referenceapp.support.Problems.assertInvalid;
import static org.tourismpolicing.referenceapp.support.Problems.assertProblem;
import static org.tourismpolicing.referenceapp.support.Problems.codeOf;

import com.sun.net.httpserver.HttpServer;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.tourismpolicing.referenceapp.support.Api;
import org.tourismpolicing.referenceapp.support.Database;
import org.tourismpolicing.referenceapp.support.Fixtures;
import org.tourismpolicing.referenceapp.support.Json;
import org.tourismpolicing.referenceapp.support.Rows;
import org.tourismpolicing.referenceapp.support.TenantDocs;
import org.tourismpolicing.referenceapp.support.Tokens;

/**
 * The tourism blacklist through the assembled application on MariaDB: the life cycle with every
 * issuing department's and the leader's sign-off, department scope, persons kept only as hashes,
 * automatic expiry by moving the clock, appeals that pause and end a listing, the public lookup
 * (masked, rate-limited), shared lists seen only by the tenants that screen against them, a listing
 * made on one server found through the other, signed webhooks retried after a 500, and webhook
 * targets off the public internet refused at subscription and at delivery.
 */
class BlacklistIT {

  private static final String CLOCK = "/api/platform/clock";
  private static final String CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY";
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final InetAddress LOOPBACK = loopback();

  private static InetAddress loopback() {
    try {
      return InetAddress.getByName("127.0.0.1");
    } catch (java.net.UnknownHostException e) {
      throw new IllegalStateException(e);
    }
  }

  @AfterAll
  static void forgetTestTenants() {
    TenantDocs.forgetOnboarded();
  }

  // ---- the life cycle ----

  @Test
  void aLowPriceTourNeedsEveryIssuingDepartmentAndTheLeaderAndDepartmentsSeeOnlyTheirOwn() {
    String code = creditCode();
    String id =
        propose(
            Fixtures.officer(DALI),
            DALI,
            business("大理古城" + Fixtures.random(4) + "旅行社有限公司", code, "low-price-tour", "public")
                .with("departments", List.of("culture-tourism", "market-regulation")));
    String culture = Tokens.departmentToken("ct-1", DALI, "culture-tourism");
    String market = Tokens.departmentToken("mr-1", DALI, "market-regulation");
    String fire = Tokens.departmentToken("fire-1", DALI, "fire");

    // fire did not issue it: it does not exist for fire, in a list or by id
    assertProblem(Api.as(fire).get(entry(DALI, id)), 404, "not-found");
    assertThat(Api.as(fire).get(entries(DALI) + "?limit=200").jsonPath().getList("items.id"))
        .doesNotContain(id);
    assertThat(Api.as(culture).get(entries(DALI) + "?limit=200").jsonPath().getList("items.id"))
        .contains(id);
    // and cannot sign it off either
    assertProblem(signOff(fire, DALI, id), 404, "not-found");

    assertThat(signOff(culture, DALI, id).jsonPath().getString("status")).isEqualTo("proposed");
    JsonPath afterMarket = signOff(market, DALI, id).jsonPath();
    assertThat(afterMarket.getString("status"))
        .as("the leader has not signed")
        .isEqualTo("proposed");
    assertThat(afterMarket.getList("signedDepartments"))
        .containsExactly("culture-tourism", "market-regulation");
    // signing twice is a conflict naming who signed
    assertProblem(signOff(market, DALI, id), 409, "conflict");
    JsonPath active = signOff(Fixtures.leader(DALI), DALI, id).jsonPath();
    assertThat(active.getString("status")).isEqualTo("active");
    assertThat(active.getString("leaderSignedBy")).isEqualTo("it-station-leader");
    // valid a year from today in Shanghai (the category's default)
    LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
    assertThat(active.getString("effectiveTo"))
        .isEqualTo(
            today.plusYears(1).atStartOfDay(ZoneId.of("Asia/Shanghai")).toInstant().toString());

    assertThat(screenCode(Fixtures.officer(DALI), DALI, code).getList("hits.entryId"))
        .containsExactly(id);
    List<String> actions =
        Database.strings(
            "select action from core_audit_record where tenant_id = ? and subject_id = ? order by seq",
            DALI,
            id);
    assertThat(actions)
        .containsExactly(
            "blacklist.entry.proposed",
            "blacklist.entry.signed-off",
            "blacklist.entry.signed-off",
            "blacklist.entry.signed-off");
  }

  @Test
  void evidenceDocumentsAreCheckedByContentAndReferencesKeepIds() {
    String id =
        propose(
            Fixtures.officer(DALI),
            DALI,
            business("古城" + Fixtures.random(4) + "客栈", creditCode(), "touting", "internal"));
    Response ref =
        Api.as(Fixtures.officer(DALI))
            .contentType("application/json")
            .body(Json.of("kind", "incident", "id", "0190a1b2-7c3d-7e4f-8a9b-0c1d2e3f4a5b"))
            .post(entry(DALI, id) + "/evidence/references");
    assertThat(ref.statusCode()).as(ref.asString()).isEqualTo(201);

    byte[] pdf = "%PDF-1.4\n% blacklist evidence\n".getBytes(StandardCharsets.US_ASCII);
    Response doc =
        Api.as(Fixtures.officer(DALI))
            .contentType("application/pdf")
            .body(pdf)
            .post(entry(DALI, id) + "/evidence/documents?fileName=check.pdf");
    assertThat(doc.statusCode()).as(doc.asString()).isEqualTo(201);
    Rows before = Rows.of(DALI);
    assertInvalid(
        Api.as(Fixtures.officer(DALI))
            .contentType("image/png")
            .body(pdf)
            .post(entry(DALI, id) + "/evidence/documents"),
        "body");
    assertProblem(
        Api.as(Fixtures.officer(DALI))
            .contentType("application/json")
            .body(Json.of("kind", "tip"))
            .post(entry(DALI, id) + "/evidence/references"),
        400,
        "validation");
    before.assertUnchanged();

    JsonPath evidence = Api.as(Fixtures.leader(DALI)).get(entry(DALI, id) + "/evidence").jsonPath();
    assertThat(evidence.getList("kind")).containsExactly("incident", "document");
    byte[] downloaded =
        Api.as(Fixtures.leader(DALI))
            .accept("application/pdf")
            .get(entry(DALI, id) + "/evidence/documents/" + evidence.getString("[1].id"))
            .asByteArray();
    assertThat(downloaded).isEqualTo(pdf);
  }

  @Test
  void aPersonIsStoredOnlyAsAKeyedHashAndAMaskedNumberAndFoundByTheNumber() {
    String idNumber = idNumber();
    String body =
        Json.of(
            "kind", "person",
            "name", "赵" + "小" + "明",
            "idNumber", idNumber,
            "phone", "13800138000",
            "category", "tailing-and-hawking",
            "reason", "尾随兜售",
            "departments", List.of("market-regulation"));
    Rows before = Rows.of(DALI);
    assertInvalid(
        Api.as(Fixtures.officer(DALI))
            .contentType("application/json")
            .body(body.replace(idNumber, idNumber.substring(0, 17) + flip(idNumber.charAt(17))))
            .post(entries(DALI)),
        "idNumber");
    assertInvalid(
        Api.as(Fixtures.officer(DALI))
            .contentType("application/json")
            .body(body.replace("\"person\"", "\"business\""))
            .post(entries(DALI)),
        "idNumber",
        "phone");
    before.assertUnchanged();

    Response created =
        Api.as(Fixtures.officer(DALI))
            .contentType("application/json")
            .body(body)
            .post(entries(DALI));
    assertThat(created.statusCode()).as(created.asString()).isEqualTo(201);
    String id = created.jsonPath().getString("id");
    assertThat(created.jsonPath().getString("idNumberMasked"))
        .isEqualTo(idNumber.substring(0, 6) + "********" + idNumber.substring(14));
    assertThat(created.jsonPath().getString("phoneMasked")).isEqualTo("138****8000");
    assertThat(created.asString()).doesNotContain(idNumber).doesNotContain("13800138000");
    // nowhere in the row, nor in the audit trail
    assertThat(
            Database.count(
                "select count(*) from bl_entry where tenant_id = ? and id = ? and"
                    + " concat_ws('|', name, id_number_hash, id_number_shared_hash,"
                    + " id_number_masked, phone_hash, phone_masked, reason) like ?",
                DALI,
                id,
                "%" + idNumber + "%"))
        .isZero();
    assertThat(
            Database.count(
                "select count(*) from core_audit_record where tenant_id = ? and"
                    + " (before_state like ? or after_state like ?)",
                DALI,
                "%" + idNumber + "%",
                "%" + idNumber + "%"))
        .isZero();
    assertThat(
            Database.string(
                "select id_number_hash from bl_entry where tenant_id = ? and id = ?", DALI, id))
        .matches("[0-9a-f]{64}");

    signOff(Tokens.departmentToken("mr-1", DALI, "market-regulation"), DALI, id);
    JsonPath hits =
        screen(Fixtures.officer(DALI), DALI, Json.of("idNumber", idNumber, "kind", "person"));
    assertThat(hits.getList("hits.entryId")).containsExactly(id);
    assertThat(hits.getString("hits[0].name")).isEqualTo("赵*明");
  }

  @Test
  void anEntryExpiresAtTheEndOfItsValidityWhenTheClockPassesIt() {
    String code = creditCode();
    LocalDate tomorrow = LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(1);
    String id =
        propose(
            Fixtures.officer(DALI),
            DALI,
            business("古城" + Fixtures.random(4) + "餐馆", code, "price-fraud", "public")
                .with("effectiveTo", tomorrow.toString()));
    signOff(Tokens.departmentToken("mr-1", DALI, "market-regulation"), DALI, id);
    assertThat(screenCode(Fixtures.officer(DALI), DALI, code).getList("hits")).hasSize(1);
    try {
      moveClock("PT36H");
      String status =
          await(
              () ->
                  Api.as(Fixtures.leader(DALI)).get(entry(DALI, id)).jsonPath().getString("status"),
              "expired");
      assertThat(status).isEqualTo("expired");
      assertThat(screenCode(Fixtures.officer(DALI), DALI, code).getList("hits")).isEmpty();
      assertThat(
              Database.count(
                  "select count(*) from core_audit_record where tenant_id = ? and subject_id = ?"
                      + " and action = 'blacklist.entry.expired' and actor like 'system:%'",
                  DALI, id))
          .isEqualTo(1);
    } finally {
      moveClock(null);
    }
  }

  @Test
  void anAppealPausesTheListingAndWhenOverturnedEndsIt() {
    String code = creditCode();
    String id =
        propose(
            Fixtures.officer(DALI),
            DALI,
            business("古城" + Fixtures.random(4) + "商行", code, "forced-shopping", "public")
                .with("departments", List.of("market-regulation")));
    String market = Tokens.departmentToken("mr-1", DALI, "market-regulation");
    signOff(market, DALI, id);
    signOff(Fixtures.leader(DALI), DALI, id);

    JsonPath appeal = appeal(DALI, id);
    assertThat(appeal.getString("status")).isEqualTo("received");
    // one open appeal at a time
    assertProblem(
        Api.as(Fixtures.officer(DALI))
            .contentType("application/json")
            .body(Json.of("appellant", "经营者", "grounds", "again"))
            .post(entry(DALI, id) + "/appeals"),
        409,
        "conflict");
    String appealId = appeal.getString("id");
    JsonPath review = appealStep(market, appealId, "review", null).jsonPath();
    assertThat(review.getString("status")).isEqualTo("under-review");
    assertThat(status(DALI, id)).isEqualTo("suspended");
    assertThat(screenCode(Fixtures.officer(DALI), DALI, code).getList("hits")).isEmpty();

    JsonPath upheld =
        appealStep(market, appealId, "decision", Json.of("outcome", "upheld", "note", "证据充分"))
            .jsonPath();
    assertThat(upheld.getString("status")).isEqualTo("upheld");
    assertThat(status(DALI, id)).isEqualTo("active");
    assertThat(screenCode(Fixtures.officer(DALI), DALI, code).getList("hits")).hasSize(1);

    String second = appeal(DALI, id).getString("id");
    appealStep(Fixtures.leader(DALI), second, "review", null);
    // a decision before review or an unknown outcome is refused
    assertInvalid(
        appealStep(market, second, "decision", Json.of("outcome", "maybe", "note", "x")),
        "outcome");
    appealStep(
        Fixtures.leader(DALI),
        second,
        "decision",
        Json.of("outcome", "overturned", "note", "证据不足"));
    assertThat(status(DALI, id)).isEqualTo("revoked-by-appeal");
    assertThat(screenCode(Fixtures.officer(DALI), DALI, code).getList("hits")).isEmpty();
    // the entry's appeals, oldest first, each with its decision
    JsonPath appeals =
        Api.as(Fixtures.officer(DALI))
            .get(entry(DALI, id) + "/appeals")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(appeals.getList("id")).containsExactly(appealId, second);
    assertThat(appeals.getList("status")).containsExactly("upheld", "overturned");
    assertThat(appeals.getList("decisionNote")).containsExactly("证据充分", "证据不足");
    assertThat(appeals.getList("entryId")).containsOnly(id);
    // ended: no more appeals or removals
    assertProblem(
        Api.as(Fixtures.officer(DALI))
            .contentType("application/json")
            .body(Json.of("appellant", "x", "grounds", "y"))
            .post(entry(DALI, id) + "/appeals"),
        409,
        "conflict");
    Response repair =
        Api.as(market)
            .header("If-Match", etag(DALI, id))
            .contentType("application/json")
            .body(Json.of("reason", "已整改"))
            .post(entry(DALI, id) + "/credit-repair");
    assertProblem(repair, 409, "conflict");
    assertThat(repair.jsonPath().getString("detail")).contains("revoked-by-appeal");
  }

  @Test
  void creditRepairRemovesEarlyAndStaleVersionsAreRefused() {
    String code = creditCode();
    String id =
        propose(
            Fixtures.officer(DALI),
            DALI,
            business("古城" + Fixtures.random(4) + "酒吧", code, "touting", "public"));
    String market = Tokens.departmentToken("mr-1", DALI, "market-regulation");
    signOff(market, DALI, id);
    Rows before = Rows.of(DALI);
    assertProblem(
        Api.as(market)
            .header("If-Match", "\"0\"")
            .contentType("application/json")
            .body(Json.of("reason", "已整改"))
            .post(entry(DALI, id) + "/credit-repair"),
        412,
        "precondition-failed");
    assertProblem(
        Api.as(market)
            .contentType("application/json")
            .body(Json.of("reason", "已整改"))
            .post(entry(DALI, id) + "/credit-repair"),
        428,
        "precondition-required");
    before.assertUnchanged();
    Response repaired =
        Api.as(market)
            .header("If-Match", etag(DALI, id))
            .contentType("application/json")
            .body(Json.of("reason", "已整改并取得许可"))
            .post(entry(DALI, id) + "/credit-repair");
    assertThat(repaired.statusCode()).as(repaired.asString()).isEqualTo(200);
    assertThat(repaired.jsonPath().getString("status")).isEqualTo("credit-repaired");
    assertThat(repaired.jsonPath().getString("statusReason")).isEqualTo("已整改并取得许可");
    assertThat(screenCode(Fixtures.officer(DALI), DALI, code).getList("hits")).isEmpty();
  }

  // ---- screening ----

  @Test
  void screeningFindsNameVariantsWithFeaturesAndTheBatchAnswersInOrder() {
    String pool = "风花雪月苍山云龙鹤庆剑川宾祥弥渡永平漾濞巍宝";
    String stem =
        "洱海"
            + pool.charAt(RANDOM.nextInt(pool.length()))
            + pool.charAt(RANDOM.nextInt(pool.length()))
            + "缘";
    String name = "大理古城" + stem + "客栈有限公司";
    String id =
        propose(Fixtures.officer(DALI), DALI, business(name, creditCode(), "touting", "public"));
    signOff(Tokens.departmentToken("mr-1", DALI, "market-regulation"), DALI, id);

    JsonPath variant = screen(Fixtures.token(DALI, "mediator"), DALI, Json.of("name", stem + "客棧"));
    assertThat(variant.getList("hits.entryId")).contains(id);
    assertThat(variant.getList("hits[0].features.feature")).isNotEmpty();
    assertThat(variant.getList("hits[0].features.explanation")).isNotEmpty();

    JsonPath batch =
        Api.as(Tokens.token("it-centre", DALI, "integration"))
            .contentType("application/json")
            .body(
                Json.of(
                    "queries",
                    List.of(
                        Map.of("name", name),
                        Map.of("name", "完全无关的名字" + Fixtures.random(6), "threshold", 0.95))))
            .post("/api/" + DALI + "/blacklist/screening/batch")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(batch.getList("results[0].hits.entryId")).contains(id);
    assertThat(batch.getList("results[1].hits")).isEmpty();

    assertInvalid(
        Api.as(Fixtures.officer(DALI))
            .contentType("application/json")
            .body(Json.of("queries", List.of(Map.of("creditCode", "91532901MA6N0B8X17"), Map.of())))
            .post("/api/" + DALI + "/blacklist/screening/batch"),
        "queries[0].creditCode",
        "queries[1].name");
  }

  @Test
  void aListingMadeThroughOneServerIsScreenedThroughTheOther() {
    String code = creditCode();
    String id =
        propose(
            Fixtures.officer(DALI),
            DALI,
            business("古城" + Fixtures.random(4) + "茶庄", code, "touting", "public"));
    String officer = Fixtures.officer(DALI);
    // the second server loads the index now, before the listing is active
    assertThat(
            Api.onSecondServer(officer)
                .contentType("application/json")
                .body(Json.of("creditCode", code))
                .post("/api/" + DALI + "/blacklist/screening")
                .jsonPath()
                .getList("hits"))
        .isEmpty();
    signOff(Tokens.departmentToken("mr-1", DALI, "market-regulation"), DALI, id);
    List<Object> hits =
        await(
            () ->
                Api.onSecondServer(officer)
                    .contentType("application/json")
                    .body(Json.of("creditCode", code))
                    .post("/api/" + DALI + "/blacklist/screening")
                    .jsonPath()
                    .<Object>getList("hits.entryId"),
            List.<Object>of(id));
    assertThat(hits).containsExactly(id);
  }

  @Test
  void mediationShowsThatACaseMerchantIsListed() {
    String code = creditCode();
    String id =
        propose(
            Fixtures.officer(DALI),
            DALI,
            business("古城" + Fixtures.random(4) + "银器店", code, "price-fraud", "public"));
    signOff(Tokens.departmentToken("mr-1", DALI, "market-regulation"), DALI, id);
    Response dispute =
        Api.as(Fixtures.token(DALI, "mediator"))
            .contentType("application/json")
            .body(
                Json.of(
                    "source", "walk-in",
                    "category", "shopping",
                    "description", "银器价格欺诈",
                    "merchantCreditCode", code))
            .post("/api/" + DALI + "/mediation/cases");
    assertThat(dispute.statusCode()).as(dispute.asString()).isEqualTo(201);
    assertThat(dispute.jsonPath().getBoolean("screening.listed")).isTrue();
    assertThat(dispute.jsonPath().getString("screening.entryId")).isEqualTo(id);
    assertThat(dispute.jsonPath().getString("screening.category")).isEqualTo("price-fraud");
  }

  @Test
  void anotherTenantsEntryDoesNotExist() {
    String id =
        propose(
            Fixtures.officer(DALI),
            DALI,
            business("古城" + Fixtures.random(4) + "饭店", creditCode(), "touting", "public"));
    assertProblem(Api.as(Fixtures.leader(LIJIANG)).get(entry(LIJIANG, id)), 404, "not-found");
    assertProblem(signOff(Fixtures.leader(LIJIANG), LIJIANG, id), 404, "not-found");
    assertThat(status(DALI, id)).isEqualTo("proposed");
  }

  // ---- public lookup ----

  @Test
  void thePublicSeesOnlyActivePublicBusinessesMaskedAndIsRateLimited() {
    String fresh = TenantDocs.newTenantId("bl-public");
    String tenant = TenantDocs.daliAs(fresh).firstKiosks(1).onboard(fresh);
    String publicCode = creditCode();
    String internalCode = creditCode();
    String officer = Fixtures.officer(tenant);
    String market = Tokens.departmentToken("mr-1", tenant, "market-regulation");
    String shown =
        propose(
            officer,
            tenant,
            business("公开测试客栈" + Fixtures.random(3), publicCode, "touting", "public"));
    String hidden =
        propose(
            officer,
            tenant,
            business("内部测试客栈" + Fixtures.random(3), internalCode, "touting", "internal"));
    String waiting = creditCode();
    propose(officer, tenant, business("待审测试客栈" + Fixtures.random(3), waiting, "touting", "public"));
    signOff(market, tenant, shown);
    signOff(market, tenant, hidden);

    JsonPath found =
        lookup(tenant, "creditCode", publicCode).then().statusCode(200).extract().jsonPath();
    assertThat(found.getList("results")).hasSize(1);
    assertThat(found.getString("results[0].creditCode")).isEqualTo(publicCode);
    assertThat(found.getString("results[0].legalRepresentative")).isEqualTo("张*丰");
    assertThat(found.getString("results[0].categoryName")).isEqualTo("拉客揽客");
    assertThat(found.getString("results[0]")).doesNotContain("reason");
    assertThat(lookup(tenant, "creditCode", internalCode).jsonPath().getList("results")).isEmpty();
    assertThat(lookup(tenant, "creditCode", waiting).jsonPath().getList("results")).isEmpty();
    assertInvalid(lookup(tenant, "creditCode", "91532901MA6N0B8X17"), "creditCode");

    int limited = 0;
    Response last = null;
    for (int i = 0; i < 40 && limited == 0; i++) {
      last = lookup(tenant, "name", "公开测试客栈");
      if (last.statusCode() == 429) {
        limited++;
      } else {
        assertThat(last.statusCode()).isEqualTo(200);
      }
    }
    assertThat(limited).as("the 30-a-minute limit was reached").isEqualTo(1);
    assertProblem(last, 429, "too-many-requests");
    assertThat(Integer.parseInt(last.header("Retry-After"))).isPositive();
  }

  // ---- shared lists ----

  @Test
  void aSharedEntryIsScreenedByTheTenantsThatChoseTheListOnly() {
    String fresh = TenantDocs.newTenantId("bl-outside");
    String outsider = TenantDocs.daliAs(fresh).firstKiosks(1).onboard(fresh);
    String code = creditCode();
    String id =
        propose(
            Fixtures.officer(DALI),
            DALI,
            business("古城" + Fixtures.random(4) + "马帮", code, "touting", "internal"));
    signOff(Tokens.departmentToken("mr-1", DALI, "market-regulation"), DALI, id);

    assertThat(screenCode(Fixtures.officer(LIJIANG), LIJIANG, code).getList("hits")).isEmpty();
    Response published =
        Api.as(Fixtures.leader(DALI))
            .put("/api/" + DALI + "/blacklist/shared-lists/yunnan-tourism/entries/" + id);
    assertThat(published.statusCode()).as(published.asString()).isEqualTo(200);
    // a list the tenant does not publish to does not exist for it
    assertProblem(
        Api.as(Fixtures.leader(DALI))
            .put("/api/" + DALI + "/blacklist/shared-lists/elsewhere/entries/" + id),
        404,
        "not-found");

    JsonPath lijiang = screenCode(Fixtures.officer(LIJIANG), LIJIANG, code);
    assertThat(lijiang.getList("hits.entryId")).containsExactly(id);
    assertThat(lijiang.getString("hits[0].source")).isEqualTo("shared:yunnan-tourism");
    assertThat(lijiang.getString("hits[0].publisher")).isEqualTo(DALI);
    // Lijiang sees the hit, never the entry
    assertProblem(Api.as(Fixtures.leader(LIJIANG)).get(entry(LIJIANG, id)), 404, "not-found");
    assertThat(screenCode(Fixtures.officer(outsider), outsider, code).getList("hits")).isEmpty();

    // withdrawn by hand: the others stop seeing it, at home it stays listed
    String shared = "/api/" + DALI + "/blacklist/shared-lists/yunnan-tourism/entries/" + id;
    Response withdrawn = Api.as(Fixtures.leader(DALI)).delete(shared);
    assertThat(withdrawn.statusCode()).as(withdrawn.asString()).isEqualTo(204);
    assertThat(screenCode(Fixtures.officer(LIJIANG), LIJIANG, code).getList("hits")).isEmpty();
    assertThat(screenCode(Fixtures.officer(DALI), DALI, code).getList("hits.entryId"))
        .containsExactly(id);
    assertThat(Api.as(Fixtures.leader(DALI)).get(entry(DALI, id)).jsonPath().getString("status"))
        .isEqualTo("active");
    // published again, it is seen again
    assertThat(Api.as(Fixtures.leader(DALI)).put(shared).statusCode()).isEqualTo(200);
    assertThat(screenCode(Fixtures.officer(LIJIANG), LIJIANG, code).getList("hits.entryId"))
        .containsExactly(id);

    // revoked at home, it leaves the shared list
    Api.as(Fixtures.leader(DALI))
        .header("If-Match", etag(DALI, id))
        .contentType("application/json")
        .body(Json.of("reason", "认定有误"))
        .post(entry(DALI, id) + "/revoke")
        .then()
        .statusCode(200);
    assertThat(screenCode(Fixtures.officer(LIJIANG), LIJIANG, code).getList("hits")).isEmpty();
  }

  // ---- watches ----

  @Test
  void aWatchIsToldBySignedWebhooksRetriedAfterAFailure() throws Exception {
    List<Map<String, String>> received = new CopyOnWriteArrayList<>();
    AtomicInteger calls = new AtomicInteger();
    // on 127.0.0.1, which the test servers allow (tp.webhooks.allowed-targets)
    HttpServer receiver = HttpServer.create(new InetSocketAddress(LOOPBACK, 0), 0);
    receiver.createContext(
        "/hook",
        exchange -> {
          String body =
              new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
          received.add(
              Map.of(
                  "id", exchange.getRequestHeaders().getFirst("webhook-id"),
                  "timestamp", exchange.getRequestHeaders().getFirst("webhook-timestamp"),
                  "signature", exchange.getRequestHeaders().getFirst("webhook-signature"),
                  "body", body));
          int status = calls.incrementAndGet() == 1 ? 500 : 204;
          exchange.sendResponseHeaders(status, -1);
          exchange.close();
        });
    receiver.start();
    try {
      String code = creditCode();
      String integration = Tokens.token("it-partner", DALI, "integration");
      String callback = "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook";
      Response subscribed =
          Api.as(integration)
              .contentType("application/json")
              .body(Json.of("creditCode", code, "callbackUrl", callback))
              .post("/api/" + DALI + "/blacklist/watches");
      assertThat(subscribed.statusCode()).as(subscribed.asString()).isEqualTo(201);
      String watchId = subscribed.jsonPath().getString("id");
      String secret = subscribed.jsonPath().getString("secret");
      assertThat(secret).startsWith("whsec_");
      assertThat(Api.as(integration).get("/api/" + DALI + "/blacklist/watches").asString())
          .contains(watchId)
          .doesNotContain(secret);
      assertInvalid(
          Api.as(integration)
              .contentType("application/json")
              .body(Json.of("creditCode", code, "name", "两个都给", "callbackUrl", callback))
              .post("/api/" + DALI + "/blacklist/watches"),
          "creditCode");

      String id = listTouting(code);

      await(received::size, 2);
      assertThat(received).hasSize(2);
      for (Map<String, String> hook : received) {
        assertThat(hook.get("signature"))
            .isEqualTo(
                "v1," + sign(secret, hook.get("id"), hook.get("timestamp"), hook.get("body")));
        JsonPath body = JsonPath.from(hook.get("body"));
        assertThat(body.getString("type")).isEqualTo("blacklist.entry.listed");
        assertThat(body.getString("entryId")).isEqualTo(id);
        assertThat(body.getString("creditCode")).isEqualTo(code);
      }
      assertThat(received.get(1).get("id")).isEqualTo(received.get(0).get("id"));

      JsonPath deliveries =
          awaitUntil(
              () ->
                  Api.as(integration)
                      .get("/api/" + DALI + "/blacklist/watches/" + watchId + "/deliveries")
                      .jsonPath(),
              d -> "delivered".equals(d.getString("[0].status")));
      assertThat(deliveries.getInt("[0].attempts")).isEqualTo(2);
      assertThat(deliveries.getInt("[0].lastStatusCode")).isEqualTo(204);
      assertThat(deliveries.getString("[0].event")).isEqualTo("listed");

      Api.as(integration)
          .delete("/api/" + DALI + "/blacklist/watches/" + watchId)
          .then()
          .statusCode(204);
      assertProblem(
          Api.as(integration).get("/api/" + DALI + "/blacklist/watches/" + watchId + "/deliveries"),
          404,
          "not-found");
    } finally {
      receiver.stop(0);
    }
  }

  @Test
  void callbacksOffThePublicInternetAreRefusedAtSubscriptionAndAgainAtDelivery() throws Exception {
    AtomicInteger hookCalls = new AtomicInteger();
    AtomicInteger failCalls = new AtomicInteger();
    HttpServer receiver = HttpServer.create(new InetSocketAddress(LOOPBACK, 0), 0);
    receiver.createContext(
        "/hook",
        exchange -> {
          hookCalls.incrementAndGet();
          exchange.sendResponseHeaders(204, -1);
          exchange.close();
        });
    receiver.createContext(
        "/fail",
        exchange -> {
          failCalls.incrementAndGet();
          exchange.sendResponseHeaders(500, -1);
          exchange.close();
        });
    receiver.start();
    try {
      int port = receiver.getAddress().getPort();
      String integration = Tokens.token("it-partner", DALI, "integration");
      String watches = "/api/" + DALI + "/blacklist/watches";
      // a live receiver listens on loopback, yet none of these names may lead there
      for (String url :
          List.of(
              "http://169.254.169.254/latest/meta-data/",
              "http://[fd00:ec2::254]/latest/meta-data/",
              "http://100.100.100.200/latest/meta-data/",
              "http://localhost:" + port + "/hook",
              "http://127.0.0.2:" + port + "/hook",
              "http://[::1]:" + port + "/hook",
              "http://[::ffff:127.0.0.2]:" + port + "/hook",
              "http://2130706433:" + port + "/hook",
              "http://0x7f000001:" + port + "/hook",
              "http://0.0.0.0:" + port + "/hook",
              "http://10.0.0.1/hook",
              "http://192.168.1.1/hook",
              "http://[fe80::1]/hook",
              "http://no-such-host.invalid/hook")) {
        JsonPath problem =
            assertInvalid(
                Api.as(integration)
                    .contentType("application/json")
                    .body(Json.of("creditCode", creditCode(), "callbackUrl", url))
                    .post(watches),
                "callbackUrl");
        assertThat(codeOf(problem, "callbackUrl")).as(url).isEqualTo("watch.callback.refused");
        assertThat(Database.count("select count(*) from bl_watch where callback_url = ?", url))
            .as("a refused subscription writes nothing: %s", url)
            .isZero();
      }

      // a watch stored before this check, or whose name has since come to resolve to loopback:
      // it is checked again when its webhook is sent, and the receiver is never called
      String code = creditCode();
      String rebound = UUID.randomUUID().toString();
      Database.update(
          "insert into bl_watch (tenant_id, id, subject_type, subject_value, subject_key,"
              + " callback_url, secret, active, created_by, created_at)"
              + " values (?, ?, 'CREDIT_CODE', ?, ?, ?, ?, true, 'it-partner', ?)",
          DALI,
          rebound,
          code,
          code,
          "http://localhost:" + port + "/hook",
          "whsec_" + Base64.getEncoder().encodeToString(new byte[32]),
          Timestamp.from(Instant.now()));
      // an allowed receiver that answers 500: the caller learns that it failed, not how
      Response failing =
          Api.as(integration)
              .contentType("application/json")
              .body(
                  Json.of("creditCode", code, "callbackUrl", "http://127.0.0.1:" + port + "/fail"))
              .post(watches);
      assertThat(failing.statusCode()).as(failing.asString()).isEqualTo(201);
      String failingId = failing.jsonPath().getString("id");

      listTouting(code);

      for (String watchId : List.of(rebound, failingId)) {
        JsonPath log =
            awaitUntil(
                () -> Api.as(integration).get(watches + "/" + watchId + "/deliveries").jsonPath(),
                d -> !d.getList("$").isEmpty() && d.getInt("[0].attempts") >= 2);
        assertThat(log.getString("[0].status")).as(watchId).isIn("pending", "failed");
        assertThat(log.getString("[0].lastError")).as(watchId).isEqualTo("delivery failed");
        assertThat(log.getString("[0].lastStatusCode")).as(watchId).isNull();
      }
      assertThat(failCalls.get()).as("the allowed receiver was reached").isGreaterThanOrEqualTo(2);
      assertThat(hookCalls).as("the loopback name was never connected to").hasValue(0);
    } finally {
      receiver.stop(0);
    }
  }

  // ---- helpers ----

  /** Lists a public touting entry for the credit code (market regulation signs it off alone). */
  static String listTouting(String code) {
    String id =
        propose(
            Fixtures.officer(DALI),
            DALI,
            business("古城" + Fixtures.random(4) + "客栈", code, "touting", "public"));
    signOff(Tokens.departmentToken("mr-1", DALI, "market-regulation"), DALI, id);
    return id;
  }

  /** A business proposal body, to be completed with {@link Body#with}. */
  static Body business(String name, String code, String category, String visibility) {
    Body b = new Body();
    b.fields.add(new Object[] {"kind", "business"});
    b.fields.add(new Object[] {"name", name});
    b.fields.add(new Object[] {"creditCode", code});
    b.fields.add(new Object[] {"address", "大理古城人民路 1 号"});
    b.fields.add(new Object[] {"legalRepresentative", "张三丰"});
    b.fields.add(new Object[] {"category", category});
    b.fields.add(new Object[] {"reason", "多次被游客投诉"});
    b.fields.add(new Object[] {"departments", List.of("market-regulation")});
    b.fields.add(new Object[] {"visibility", visibility});
    return b;
  }

  /** A JSON body built field by field; a later field of the same name replaces the earlier. */
  static final class Body {
    final List<Object[]> fields = new ArrayList<>();

    Body with(String name, Object value) {
      fields.removeIf(f -> f[0].equals(name));
      fields.add(new Object[] {name, value});
      return this;
    }

    String json() {
      List<Object> flat = new ArrayList<>();
      for (Object[] f : fields) {
        flat.add(f[0]);
        flat.add(f[1]);
      }
      return Json.of(flat.toArray());
    }
  }

  static String propose(String token, String tenant, Body body) {
    Response r =
        Api.as(token).contentType("application/json").body(body.json()).post(entries(tenant));
    assertThat(r.statusCode()).as(r.asString()).isEqualTo(201);
    assertThat(r.jsonPath().getString("status")).isEqualTo("proposed");
    return r.jsonPath().getString("id");
  }

  static Response signOff(String token, String tenant, String id) {
    Response read = Api.as(Fixtures.leader(tenant)).get(entry(tenant, id));
    String tag = read.statusCode() == 200 ? read.header("ETag") : "\"0\"";
    return Api.as(token).header("If-Match", tag).post(entry(tenant, id) + "/sign-off");
  }

  static String etag(String tenant, String id) {
    return Api.as(Fixtures.leader(tenant)).get(entry(tenant, id)).header("ETag");
  }

  static String status(String tenant, String id) {
    return Api.as(Fixtures.leader(tenant)).get(entry(tenant, id)).jsonPath().getString("status");
  }

  static JsonPath appeal(String tenant, String id) {
    Response r =
        Api.as(Fixtures.officer(tenant))
            .contentType("application/json")
            .body(Json.of("appellant", "经营者本人", "grounds", "拉客者并非本店员工"))
            .post(entry(tenant, id) + "/appeals");
    assertThat(r.statusCode()).as(r.asString()).isEqualTo(201);
    return r.jsonPath();
  }

  static Response appealStep(String token, String appealId, String step, String body) {
    String path = "/api/" + DALI + "/blacklist/appeals/" + appealId;
    String tag = Api.as(Fixtures.leader(DALI)).get(path).header("ETag");
    var request = Api.as(token).header("If-Match", tag);
    if (body != null) {
      request = request.contentType("application/json").body(body);
    }
    return request.post(path + "/" + step);
  }

  static JsonPath screen(String token, String tenant, String body) {
    Response r =
        Api.as(token)
            .contentType("application/json")
            .body(body)
            .post("/api/" + tenant + "/blacklist/screening");
    assertThat(r.statusCode()).as(r.asString()).isEqualTo(200);
    return r.jsonPath();
  }

  static JsonPath screenCode(String token, String tenant, String code) {
    return screen(token, tenant, Json.of("creditCode", code));
  }

  static Response lookup(String tenant, String param, String value) {
    return Api.anonymous()
        .queryParam(param, value)
        .get("/api/" + tenant + "/blacklist/public/lookup");
  }

  static String entries(String tenant) {
    return "/api/" + tenant + "/blacklist/entries";
  }

  static String entry(String tenant, String id) {
    return entries(tenant) + "/" + id;
  }

  static void moveClock(String offset) {
    Response r =
        Api.as(Tokens.platformAdmin())
            .contentType("application/json")
            .body(offset == null ? "{\"fixedAt\": null}" : Json.of("offset", offset))
            .put(CLOCK);
    assertThat(r.statusCode()).as(r.asString()).isEqualTo(200);
  }

  static <T> T await(Supplier<T> probe, T expected) {
    return awaitUntil(probe, v -> expected.equals(v));
  }

  static <T> T awaitUntil(Supplier<T> probe, java.util.function.Predicate<T> done) {
    return Awaitility.await()
        .atMost(Duration.ofSeconds(20))
        .pollInterval(Duration.ofMillis(250))
        .until(probe::get, done::test);
  }

  /** A valid unified social credit code no other test uses (GB 32100-2015 check character). */
  static String creditCode() {
    StringBuilder b = new StringBuilder("91532901");
    for (int i = 0; i < 9; i++) {
      b.append(CHARS.charAt(RANDOM.nextInt(CHARS.length())));
    }
    int[] w = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      sum += CHARS.indexOf(b.charAt(i)) * w[i];
    }
    return b.append(CHARS.charAt((31 - sum % 31) % 31)).toString();
  }

  /** A valid resident ID number (GB 11643 check digit) of a fictional person born in 1985. */
  static String idNumber() {
    String base = "53290119850612" + String.format("%03d", RANDOM.nextInt(1000));
    int[] w = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      sum += (base.charAt(i) - '0') * w[i];
    }
    return base + "10X98765432".charAt(sum % 11);
  }

  private static char flip(char check) {
    return check == '0' ? '1' : '0';
  }

  private static String sign(String secret, String id, String timestamp, String body)
      throws Exception {
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec(Base64.getDecoder().decode(secret.substring(6)), "HmacSHA256"));
    return Base64.getEncoder()
        .encodeToString(
            mac.doFinal((id + "." + timestamp + "." + body).getBytes(StandardCharsets.UTF_8)));
  }
}
