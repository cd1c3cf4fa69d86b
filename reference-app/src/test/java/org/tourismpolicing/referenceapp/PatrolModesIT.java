package org.tourismpolicing.referenceapp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tourismpolicing.referenceapp.support.Problems.assertInvalid;

import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tourismpolicing.referenceapp.support.Api;
import org.tourismpolicing.referenceapp.support.Database;
import org.tourismpolicing.referenceapp.support.Fixtures;
import org.tourismpolicing.referenceapp.support.Problems;
import org.tourismpolicing.referenceapp.support.TenantDocs;

/**
 * Patrol modes come from the tenant's dispatch document: a lake station names boats with their
 * speed and registers boat units, through its documents and through the API, while a tenant that
 * names no boats refuses them, naming the field and writing nothing.
 */
class PatrolModesIT {

  private static final String LAKE_DISPATCH =
      """
      {"speedsKmh": {"boat": 15, "foot": 4},
       "units": [
         {"callSign": "L1", "mode": "boat", "homeZone": "south", "officers": ["531171"]}]}
      """;

  private static String lake;

  @BeforeAll
  static void onboard() {
    lake = TenantDocs.newTenantId("lake");
    TenantDocs.daliAs(lake).firstKiosks(1).dispatch(LAKE_DISPATCH).onboard(lake);
  }

  @AfterAll
  static void forget() {
    TenantDocs.forgetOnboarded();
  }

  private static JsonPath units(String tenant) {
    return Api.as(Fixtures.dispatcher(tenant))
        .get("/api/" + tenant + "/dispatch/units")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath();
  }

  @Test
  void aModeTheDocumentNamesIsImportedAndAcceptedThroughTheApi() {
    assertThat(units(lake).getList("items.findAll { it.callSign == 'L1' }.mode"))
        .containsExactly("boat");

    String location =
        Fixtures.post(
                Fixtures.dispatcher(lake),
                "/api/" + lake + "/dispatch/units",
                Map.of(
                    "callSign", "L2", "mode", "boat", "homeZone", "north", "officers", List.of()))
            .then()
            .statusCode(201)
            .extract()
            .header("Location");
    String id = location.substring(location.lastIndexOf('/') + 1);

    assertThat(
            Api.as(Fixtures.dispatcher(lake))
                .get("/api/" + lake + "/dispatch/units/" + id)
                .jsonPath()
                .getString("mode"))
        .isEqualTo("boat");
    // Stored as the code, as the shipped modes are.
    assertThat(Database.string("SELECT mode FROM dp_unit WHERE tenant_id = ? AND id = ?", lake, id))
        .isEqualTo("boat");
  }

  @Test
  void aModeNoDocumentNamesIsRefusedNamingTheFieldAndWritesNothing() {
    String dali = "dali-gucheng";
    long before = Database.count("SELECT COUNT(*) FROM dp_unit WHERE tenant_id = ?", dali);

    var refused =
        assertInvalid(
            Fixtures.post(
                Fixtures.dispatcher(dali),
                "/api/" + dali + "/dispatch/units",
                Map.of("callSign", "B-" + Fixtures.random(6), "mode", "boat", "homeZone", "north")),
            "mode");
    // The answer lists the modes the station has, so the caller can correct it.
    assertThat(Problems.messageOf(refused, "mode")).contains("motorcycle").doesNotContain("boat,");
    assertInvalid(
        Fixtures.post(
            Fixtures.dispatcher(lake),
            "/api/" + lake + "/dispatch/units",
            Map.of("callSign", "H1", "mode", "horse", "homeZone", "north")),
        "mode");

    assertThat(Database.count("SELECT COUNT(*) FROM dp_unit WHERE tenant_id = ?", dali))
        .isEqualTo(before);
    assertThat(units(lake).getList("items.callSign")).doesNotContain("H1");
  }
}
