package org.tourismpolicing.referenceapp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tourismpolicing.referenceapp.support.Fixtures.DALI;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.tourismpolicing.referenceapp.support.Api;
import org.tourismpolicing.referenceapp.support.Database;
import org.tourismpolicing.referenceapp.support.Json;
import org.tourismpolicing.referenceapp.support.Tokens;

/**
 * A verified "red armband" tip reaching the other modules of the assembled application through
 * core's events: the handler's request for police action opens a dispatch incident, and a proposed
 * listing becomes a blacklist proposal with the tip as evidence — once per tip, and never with the
 * informant in either.
 */
class VerifiedTipIT {

  private static final String INFORMANT_PHONE_HINT = "13900001111";

  private static String ir(String rest) {
    return ir(DALI, rest);
  }

  private static String ir(String tenant, String rest) {
    return "/api/" + tenant + "/informant-rewards/" + rest;
  }

  private static String handler() {
    return Tokens.token("it-tip-handler", DALI, "informant-handler");
  }

  /** A verified-true tip of Dali at Wuhua Tower naming a business; answers the submission. */
  static JsonPath verifiedTip(String category, String creditCode, String businessName) {
    return verifiedTip(DALI, category, creditCode, businessName);
  }

  /** The same for {@code tenant} (a copy of Dali's documents). */
  static JsonPath verifiedTip(
      String tenant, String category, String creditCode, String businessName) {
    JsonPath receipt =
        Api.anonymous()
            .header("X-Forwarded-For", "client-" + UUID.randomUUID())
            .header("Idempotency-Key", UUID.randomUUID().toString())
            .contentType(ContentType.JSON)
            .body(
                Json.of(
                    "category",
                    category,
                    "description",
                    "五华楼旁一家客栈没有挂牌，每晚都有游客入住，老板电话 " + INFORMANT_PHONE_HINT,
                    "place",
                    "五华楼西侧",
                    "position",
                    Map.of("lat", 25.6935, "lon", 100.1630),
                    "creditCode",
                    creditCode,
                    "businessName",
                    businessName))
            .post(ir(tenant, "public/tips"))
            .then()
            .statusCode(201)
            .extract()
            .jsonPath();
    String tipId = receipt.getString("tipId");
    String officer = Tokens.token("it-officer", tenant, "officer");
    long version =
        Api.as(officer).get(ir(tenant, "tips/" + tipId)).jsonPath().getLong("tip.version");
    for (String step : List.of("start-review", "accept", "start-verification", "verified-true")) {
      version =
          Api.as(officer)
              .contentType(ContentType.JSON)
              .body(Json.of("step", step, "version", version))
              .post(ir(tenant, "tips/" + tipId + "/steps"))
              .then()
              .statusCode(200)
              .extract()
              .jsonPath()
              .getLong("version");
    }
    return receipt;
  }

  @Test
  void theHandlersRequestForPoliceActionOpensOneIncidentWithoutTheInformant() {
    JsonPath tip = verifiedTip("illegal-lodging", null, null);
    String tipId = tip.getString("tipId");
    String number = tip.getString("number");
    // the tenant's prefix, the local day of submission and five random characters
    assertThat(number).matches("XS-\\d{8}-[0-9A-Z]{5}");

    for (int i = 0; i < 2; i++) {
      // asked twice: still one incident (the tip's id is its external number)
      Api.as(handler())
          .contentType(ContentType.JSON)
          .body(Json.of("summary", "无证客栈仍在接客，请派员核查"))
          .post(ir("tips/" + tipId + "/police-action"))
          .then()
          .statusCode(202);
    }

    assertThat(
            Database.countOnceDelivered(
                1,
                "select count(*) from dp_incident where tenant_id = ? and source = 'INFORMANT_TIP'"
                    + " and external_number = ?",
                DALI,
                tipId))
        .isEqualTo(1);
    String incidentId =
        Database.string(
            "select id from dp_incident where tenant_id = ? and external_number = ?", DALI, tipId);
    JsonPath incident =
        Api.as(Tokens.token("it-dispatcher", DALI, "dispatcher"))
            .get("/api/" + DALI + "/dispatch/incidents/" + incidentId)
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .setRootPath("incident");
    assertThat(incident.getString("source")).isEqualTo("informant-tip");
    // Dali maps the tip categories it has no incident category for to "other"
    assertThat(incident.getString("category")).isEqualTo("other");
    assertThat(incident.getString("zone")).isNotNull();
    assertThat(incident.getString("description")).contains(number).contains("请派员核查");
    // the handler's summary only: neither the informant's words nor anyone's contact
    assertThat(incident.getString("description")).doesNotContain(INFORMANT_PHONE_HINT);
    assertThat(incident.getString("reporterName")).isNull();
    assertThat(incident.getString("reporterPhone")).isNull();
  }

  @Test
  void theHandlersListingProposalBecomesOneProposedEntryWithTheTipAsEvidence() {
    String creditCode = BlacklistIT.creditCode();
    JsonPath tip = verifiedTip("touting", creditCode, "古城拉客测试客栈");
    String tipId = tip.getString("tipId");

    for (int i = 0; i < 2; i++) {
      Api.as(handler())
          .contentType(ContentType.JSON)
          .body(Json.of("summary", "核实属实：南门多次拉客揽客"))
          .post(ir("tips/" + tipId + "/listing-proposal"))
          .then()
          .statusCode(202);
    }

    assertThat(
            Database.countOnceDelivered(
                1,
                "select count(*) from bl_evidence where tenant_id = ? and reference = ?",
                DALI,
                tipId))
        .isEqualTo(1);
    String entryId =
        Database.string(
            "select entry_id from bl_evidence where tenant_id = ? and reference = ?", DALI, tipId);
    JsonPath entry =
        Api.as(Tokens.token("it-leader", DALI, "station-leader"))
            .get("/api/" + DALI + "/blacklist/entries/" + entryId)
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    // a proposal like any other: still to be signed off, not visible to the public
    assertThat(entry.getString("status")).isEqualTo("proposed");
    assertThat(entry.getString("visibility")).isEqualTo("internal");
    assertThat(entry.getString("category")).isEqualTo("touting");
    assertThat(entry.getString("creditCode")).isEqualTo(creditCode);
    assertThat(entry.getString("name")).isEqualTo("古城拉客测试客栈");
    assertThat(entry.getString("reason"))
        .contains(tip.getString("number"))
        .doesNotContain(INFORMANT_PHONE_HINT);
  }
}
