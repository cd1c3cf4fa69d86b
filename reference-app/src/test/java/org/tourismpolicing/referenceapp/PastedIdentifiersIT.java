package org.tourismpolicing.referenceapp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tourismpolicing.referenceapp.support.Fixtures.DALI;
import static org.tourismpolicing.referenceapp.support.Problems.assertInvalid;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.tourismpolicing.referenceapp.support.Api;
import org.tourismpolicing.referenceapp.support.Database;
import org.tourismpolicing.referenceapp.support.Fixtures;
import org.tourismpolicing.referenceapp.support.Json;
import org.tourismpolicing.referenceapp.support.TenantDocs;
import org.tourismpolicing.referenceapp.support.Tokens;

/**
 * Credit codes and resident ID numbers as people paste them (spaces, hyphens, full width, lower
 * case, zero-width characters) are accepted on every path that takes one, and stored and matched in
 * their plain form; a wrong check character, pasted the same way, still answers 400 naming the
 * field and writes nothing.
 */
class PastedIdentifiersIT {

  private static final String CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY";

  /** In groups of four with spaces, letters in lower case: as read off a licence. */
  static String spaced(String code) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < code.length(); i++) {
      if (i > 0 && i % 4 == 0) {
        out.append(' ');
      }
      out.append(Character.toLowerCase(code.charAt(i)));
    }
    return out.toString();
  }

  /** Full-width characters with an ideographic space and a full-width hyphen: a Chinese IME. */
  static String fullWidth(String code) {
    StringBuilder out = new StringBuilder("\u3000");
    for (int i = 0; i < code.length(); i++) {
      if (i == 6) {
        out.append('\uFF0D');
      }
      out.append((char) (code.charAt(i) + 0xFEE0));
    }
    return out.append('\u3000').toString();
  }

  /** Hyphens and zero-width spaces, as copied from a web page. */
  static String copied(String code) {
    return "\u200B"
        + code.substring(0, 2)
        + "-"
        + code.substring(2, 8)
        + "\u200B-"
        + code.substring(8)
        + "\uFEFF ";
  }

  /** The code with another check character: wrong, whatever its form. */
  static String wrongCheck(String code) {
    char check = code.charAt(17);
    return code.substring(0, 17) + CHARS.charAt((CHARS.indexOf(check) + 1) % CHARS.length());
  }

  private static Response post(String token, String path, Object body) {
    return Api.as(token).contentType(ContentType.JSON).body(Json.write(body)).post(path);
  }

  @Test
  void blacklistEntriesScreeningAndThePublicLookupReadPastedCreditCodes() {
    String fresh = TenantDocs.newTenantId("pasted");
    String tenant = TenantDocs.daliAs(fresh).firstKiosks(1).onboard(fresh);
    String code = BlacklistIT.creditCode();
    String name = "粘贴测试客栈" + Fixtures.random(4);
    String officer = Fixtures.officer(tenant);

    // refused with the field named, and nothing written, when the check character is wrong
    assertInvalid(
        Api.as(officer)
            .contentType(ContentType.JSON)
            .body(
                BlacklistIT.business(name, fullWidth(wrongCheck(code)), "touting", "public").json())
            .post(BlacklistIT.entries(tenant)),
        "creditCode");
    assertThat(
            Database.count(
                "select count(*) from bl_entry where tenant_id = ? and name = ?", tenant, name))
        .isZero();

    Response created =
        Api.as(officer)
            .contentType(ContentType.JSON)
            .body(BlacklistIT.business(name, spaced(code), "touting", "public").json())
            .post(BlacklistIT.entries(tenant));
    assertThat(created.statusCode()).as(created.asString()).isEqualTo(201);
    assertThat(created.jsonPath().getString("creditCode")).isEqualTo(code);
    String id = created.jsonPath().getString("id");
    assertThat(
            Database.string(
                "select credit_code from bl_entry where tenant_id = ? and id = ?", tenant, id))
        .isEqualTo(code);
    BlacklistIT.signOff(Tokens.departmentToken("mr-1", tenant, "market-regulation"), tenant, id);

    // screening, by an officer, in full width
    assertThat(
            BlacklistIT.screen(officer, tenant, Json.of("creditCode", fullWidth(code)))
                .getList("hits.entryId"))
        .containsExactly(id);
    assertInvalid(
        post(
            officer,
            "/api/" + tenant + "/blacklist/screening",
            Map.of("creditCode", copied(wrongCheck(code)))),
        "creditCode");

    // the public lookup, copied from a web page
    JsonPath found = BlacklistIT.lookup(tenant, "creditCode", copied(code)).jsonPath();
    assertThat(found.getList("results.creditCode")).containsExactly(code);
    assertInvalid(BlacklistIT.lookup(tenant, "creditCode", spaced(wrongCheck(code))), "creditCode");
  }

  @Test
  void aPersonsPastedIdNumberAndPhoneAreStoredAndFoundInTheirPlainForm() {
    String idNumber = BlacklistIT.idNumber();
    String pasted =
        idNumber.substring(0, 6)
            + "-"
            + idNumber.substring(6, 14)
            + "-"
            + idNumber.substring(14).toLowerCase();
    Map<String, Object> body =
        Json.map(
            "kind",
            "person",
            "name",
            "钱" + "小" + "明",
            "idNumber",
            pasted,
            "phone",
            "+86 138-0013-8000",
            "category",
            "tailing-and-hawking",
            "reason",
            "尾随兜售",
            "departments",
            List.of("market-regulation"));
    String officer = Fixtures.officer(DALI);

    Map<String, Object> wrong = new java.util.HashMap<>(body);
    wrong.put("idNumber", fullWidth(wrongCheckDigit(idNumber)));
    long before = Database.count("select count(*) from bl_entry where tenant_id = ?", DALI);
    assertInvalid(post(officer, BlacklistIT.entries(DALI), wrong), "idNumber");
    assertThat(Database.count("select count(*) from bl_entry where tenant_id = ?", DALI))
        .isEqualTo(before);

    Response created = post(officer, BlacklistIT.entries(DALI), body);
    assertThat(created.statusCode()).as(created.asString()).isEqualTo(201);
    String id = created.jsonPath().getString("id");
    assertThat(created.jsonPath().getString("idNumberMasked"))
        .isEqualTo(idNumber.substring(0, 6) + "********" + idNumber.substring(14));
    // +86 is the mainland's country code, not part of the number
    assertThat(created.jsonPath().getString("phoneMasked")).isEqualTo("138****8000");
    BlacklistIT.signOff(Tokens.departmentToken("mr-1", DALI, "market-regulation"), DALI, id);

    JsonPath hits =
        BlacklistIT.screen(
            officer, DALI, Json.of("idNumber", fullWidth(idNumber), "kind", "person"));
    assertThat(hits.getList("hits.entryId")).containsExactly(id);
    assertInvalid(
        post(
            officer,
            "/api/" + DALI + "/blacklist/screening",
            Map.of("idNumber", copied(wrongCheckDigit(idNumber)), "kind", "person")),
        "idNumber");
  }

  @Test
  void mediationPartiesCasesAndOutreachVisitsReadPastedCreditCodes() {
    String code = BlacklistIT.creditCode();
    String mediator = Fixtures.token(DALI, "mediator");
    String cases = "/api/" + DALI + "/mediation/cases";
    String description = "押金不退 " + Fixtures.random(6);

    Response refused =
        post(mediator, cases, MediationIT.newCase(description, wrongCheck(code), code));
    assertInvalid(refused, "parties[1].creditCode");
    assertInvalid(
        post(mediator, cases, MediationIT.newCase(description, code, fullWidth(wrongCheck(code)))),
        "merchantCreditCode");
    assertThat(
            Database.count(
                "select count(*) from mediation_case where tenant_id = ? and description = ?",
                DALI,
                description))
        .isZero();

    Response created =
        post(mediator, cases, MediationIT.newCase(description, copied(code), spaced(code)));
    assertThat(created.statusCode()).as(created.asString()).isEqualTo(201);
    assertThat(created.jsonPath().getString("merchantCreditCode")).isEqualTo(code);
    assertThat(created.jsonPath().getList("parties.creditCode")).contains(code);

    Response visit =
        post(
            mediator,
            "/api/" + DALI + "/mediation/outreach-visits",
            Json.map(
                "kind",
                "knock",
                "targetType",
                "merchant",
                "targetName",
                "人民路某客栈",
                "creditCode",
                fullWidth(code),
                "zone",
                "south",
                "findings",
                "Guests say the deposit is kept without reason"));
    assertThat(visit.statusCode()).as(visit.asString()).isEqualTo(201);
    assertThat(visit.jsonPath().getString("creditCode")).isEqualTo(code);
  }

  @Test
  void aTipsPastedCreditCodeIsKeptPlainAndAWrongOneRefused() {
    String code = BlacklistIT.creditCode();
    String description = "人民路一家客栈没有挂牌 " + Fixtures.random(6);

    Response wrong = tip(description, spaced(wrongCheck(code)));
    assertInvalid(wrong, "creditCode");
    assertThat(
            Database.count(
                "select count(*) from ir_tip where tenant_id = ? and description = ?",
                DALI,
                description))
        .isZero();

    Response submitted = tip(description, fullWidth(code));
    assertThat(submitted.statusCode()).as(submitted.asString()).isEqualTo(201);
    String tipId = submitted.jsonPath().getString("tipId");
    JsonPath read =
        Api.as(Tokens.token("it-officer", DALI, "officer"))
            .get("/api/" + DALI + "/informant-rewards/tips/" + tipId)
            .jsonPath();
    assertThat(read.getString("tip.creditCode")).isEqualTo(code);
  }

  private static Response tip(String description, String creditCode) {
    return Api.anonymous()
        .header("X-Forwarded-For", "client-" + UUID.randomUUID())
        .header("Idempotency-Key", UUID.randomUUID().toString())
        .contentType(ContentType.JSON)
        .body(
            Json.of(
                "category",
                "illegal-lodging",
                "description",
                description,
                "creditCode",
                creditCode))
        .post("/api/" + DALI + "/informant-rewards/public/tips");
  }

  /** The ID number with another check character. */
  private static String wrongCheckDigit(String idNumber) {
    char check = idNumber.charAt(17);
    return idNumber.substring(0, 17) + (check == '0' ? '1' : '0');
  }
}
