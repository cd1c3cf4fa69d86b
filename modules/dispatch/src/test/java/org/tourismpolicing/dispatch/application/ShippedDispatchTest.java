package org.tourismpolicing.dispatch.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.tourismpolicing.core.tenant.Tenant;
import org.tourismpolicing.core.tenant.config.TenantConfigException;
import org.tourismpolicing.core.tenant.config.TenantDocuments;
import org.tourismpolicing.core.tenant.config.TenantFolders;
import org.tourismpolicing.core.tenant.config.TenantLoaders;
import org.tourismpolicing.dispatch.domain.DispatchSettings;
import org.tourismpolicing.dispatch.domain.PatrolMode;

/**
 * The tenant documents shipped in {@code tenant-config/} load with the dispatch module deployed,
 * exactly as at start-up, and a document that breaks a rule is refused naming the field.
 */
class ShippedDispatchTest {

  private static final Path TENANT_CONFIG = Path.of("../../tenant-config");

  static Stream<String> tenantFolders() throws IOException {
    return TenantFolders.readAll(TENANT_CONFIG).stream().map(TenantFolders.Read::folderName);
  }

  private static DispatchSettings load(String folder) throws IOException {
    TenantFolders.Read read = TenantFolders.read(TENANT_CONFIG.resolve(folder));
    assertThat(read.problems()).isEmpty();
    Tenant tenant = TenantLoaders.deploying(new DispatchConfig()).check(read.documents(), folder);
    return tenant.settings(DispatchSettings.MODULE, DispatchSettings.class);
  }

  @ParameterizedTest
  @MethodSource("tenantFolders")
  void everyShippedTenantLoadsWithDispatchAndDefinesUnits(String folder) throws IOException {
    assertThat(load(folder).units()).isNotEmpty();
  }

  @Test
  void daliDispatchesAutomaticallyForUrgentIncidentsWithTwoUnitsForEmergencies()
      throws IOException {
    DispatchSettings dali = load("dali-gucheng");

    assertThat(dali.units()).hasSize(6);
    assertThat(dali.units()).extracting(u -> u.homeZone()).containsOnly("north", "south");
    assertThat(dali.priority(1).orElseThrow().unitsRequired()).isEqualTo(2);
    assertThat(dali.priority(2).orElseThrow().autoAssign()).isTrue();
    assertThat(dali.priority(3).orElseThrow().autoAssign()).isFalse();
    assertThat(dali.category("fight").orElseThrow().priority()).isEqualTo(1);
    assertThat(dali.categoryForWalkIn("find-person")).isEqualTo("lost-person");
    assertThat(dali.categoryForWalkIn("ask-way")).isEqualTo("other");
    // verified tips: mapped, else the same code, else *
    assertThat(dali.categoryForTip("forced-shopping")).isEqualTo("fraud");
    assertThat(dali.categoryForTip("dispute")).isEqualTo("dispute");
    assertThat(dali.categoryForTip("gambling")).isEqualTo("other");
    assertThat(dali.speedKmh(PatrolMode.MOTORCYCLE)).isEqualTo(20.0);
  }

  @Test
  void lijiangDiffersWithoutCode() throws IOException {
    DispatchSettings lijiang = load("lijiang-gucheng");

    assertThat(lijiang.numberPrefix()).isEqualTo("LJ");
    assertThat(lijiang.category("touting")).isPresent();
    assertThat(lijiang.categoryForTip("touting")).isEqualTo("touting");
    assertThat(lijiang.categoryForTip("drugs")).isEqualTo("other");
    assertThat(lijiang.priority(2).orElseThrow().autoAssign()).isFalse();
    assertThat(lijiang.acknowledgeWithin()).isEqualTo(Duration.ofMinutes(2));
    // a mode the document does not name keeps the default speed
    assertThat(lijiang.speedKmh(PatrolMode.CAR)).isEqualTo(18.0);
  }

  @Test
  void aUnitInAnUnknownZoneOrWithAStrangerIsRefusedNamingTheField() throws IOException {
    TenantFolders.Read read = TenantFolders.read(TENANT_CONFIG.resolve("dali-gucheng"));
    var combined = read.documents().combined();
    combined
        .withObject("modules")
        .set(
            DispatchSettings.MODULE,
            tools.jackson.databind.json.JsonMapper.builder()
                .build()
                .readTree(
                    """
                {"units": [
                  {"callSign": "X1", "mode": "foot", "homeZone": "lake"},
                  {"callSign": "X2", "mode": "foot", "homeZone": "north", "officers": ["999999"]}
                ],
                 "categories": [{"code": "theft", "priority": 7, "names": {"en": "Theft"}}]}
                    """));
    var documents = TenantDocuments.fromCombined(combined, "test");
    try {
      TenantLoaders.deploying(new DispatchConfig()).check(documents, "dali-gucheng");
      throw new AssertionError("accepted");
    } catch (TenantConfigException e) {
      assertThat(e.getMessage())
          .contains("/units/0/homeZone")
          .contains("/units/1/officers")
          .contains("/categories/0/priority");
    }
  }

  private static DispatchSettings withDispatch(String json) throws IOException {
    TenantFolders.Read read = TenantFolders.read(TENANT_CONFIG.resolve("dali-gucheng"));
    var combined = read.documents().combined();
    combined
        .withObject("modules")
        .set(
            DispatchSettings.MODULE,
            tools.jackson.databind.json.JsonMapper.builder().build().readTree(json));
    Tenant tenant =
        TenantLoaders.deploying(new DispatchConfig())
            .check(TenantDocuments.fromCombined(combined, "test"), "dali-gucheng");
    return tenant.settings(DispatchSettings.MODULE, DispatchSettings.class);
  }

  @Test
  void aStationNamesItsOwnPatrolModesWithTheirSpeeds() throws IOException {
    DispatchSettings lake =
        withDispatch(
            """
            {"speedsKmh": {"boat": 15, "e-bike": 16.5, "foot": 4},
             "units": [{"callSign": "L1", "mode": "boat", "homeZone": "south"},
                       {"callSign": "L2", "mode": "e-bike", "homeZone": "north"},
                       {"callSign": "L3", "mode": "car", "homeZone": "north"}]}
            """);

    assertThat(lake.units())
        .extracting(u -> u.mode().code())
        .containsExactly("boat", "e-bike", "car");
    assertThat(lake.speedKmh(new PatrolMode("boat"))).isEqualTo(15.0);
    assertThat(lake.speedKmh(new PatrolMode("e-bike"))).isEqualTo(16.5);
    assertThat(lake.speedKmh(PatrolMode.FOOT)).isEqualTo(4.0);
    // the shipped modes stay, at their default speeds
    assertThat(lake.speedKmh(PatrolMode.CAR)).isEqualTo(18.0);
    assertThat(lake.mode("boat")).contains(new PatrolMode("boat"));
    assertThat(lake.mode("horse")).isEmpty();
    // a mode removed from the document after its units were made ranks them at walking speed
    assertThat(lake.speedKmh(new PatrolMode("horse"))).isEqualTo(4.0);
    // Dali's own document names no boats
    assertThat(load("dali-gucheng").mode("boat")).isEmpty();
  }

  @ParameterizedTest
  @org.junit.jupiter.params.provider.CsvSource(
      delimiter = '|',
      value = {
        // a unit whose mode the document does not name
        "{\"units\": [{\"callSign\": \"L1\", \"mode\": \"horse\", \"homeZone\": \"south\"}]}"
            + " | /units/0/mode",
        // a mode name that is not a code (the schema refuses it)
        "{\"speedsKmh\": {\"Boat!\": 15}} | /speedsKmh",
        // a speed out of range
        "{\"speedsKmh\": {\"boat\": 0}} | /speedsKmh/boat",
      })
  void aModeNobodyNamedOrABadModeIsRefusedNamingTheField(String dispatch, String pointer) {
    try {
      withDispatch(dispatch);
      throw new AssertionError("accepted");
    } catch (TenantConfigException | IOException e) {
      assertThat(e.getMessage()).contains(pointer);
    }
  }

  @Test
  void thePublishedSchemaIsTheModulesOwn() throws IOException {
    String own =
        new String(
            DispatchConfig.class
                .getClassLoader()
                .getResourceAsStream("META-INF/tenant-config/dispatch.schema.json")
                .readAllBytes(),
            java.nio.charset.StandardCharsets.UTF_8);
    assertThat(Files.readString(TENANT_CONFIG.resolve("schema/dispatch.schema.json")))
        .isEqualTo(own);
  }
}
