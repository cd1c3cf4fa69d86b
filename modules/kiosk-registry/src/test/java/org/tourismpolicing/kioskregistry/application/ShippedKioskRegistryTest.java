package org.tourismpolicing.kioskregistry.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalTime;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.tourismpolicing.core.tenant.Tenant;
import org.tourismpolicing.core.tenant.config.TenantFolders;
import org.tourismpolicing.core.tenant.config.TenantLoaders;
import org.tourismpolicing.kioskregistry.domain.KioskRegistrySettings;
import org.tourismpolicing.kioskregistry.domain.KioskRegistrySettings.KioskDefinition;
import org.tourismpolicing.kioskregistry.domain.KioskType;

/**
 * The tenant documents shipped in {@code tenant-config/} load with the kiosk registry deployed:
 * both schemas, core's binding and this module's binding, exactly as at start-up.
 */
class ShippedKioskRegistryTest {

  private static final Path TENANT_CONFIG = Path.of("../../tenant-config");

  static Stream<String> tenantFolders() throws IOException {
    return TenantFolders.readAll(TENANT_CONFIG).stream().map(TenantFolders.Read::folderName);
  }

  private static KioskRegistrySettings load(String folder) throws IOException {
    TenantFolders.Read read = TenantFolders.read(TENANT_CONFIG.resolve(folder));
    assertThat(read.problems()).isEmpty();
    assertThat(read.documents().document(KioskRegistrySettings.MODULE))
        .as("%s has a kiosk-registry.yaml", folder)
        .isPresent();
    Tenant tenant =
        TenantLoaders.deploying(new KioskRegistryConfig()).check(read.documents(), folder);
    return tenant.settings(KioskRegistrySettings.MODULE, KioskRegistrySettings.class);
  }

  @ParameterizedTest
  @MethodSource("tenantFolders")
  void everyShippedTenantLoadsWithTheKioskRegistry(String folder) {
    assertThatCode(() -> load(folder)).doesNotThrowAnyException();
  }

  @Test
  void daliHasSixKiosksAndTwoDutyPoints() throws IOException {
    KioskRegistrySettings dali = load("dali-gucheng");

    assertThat(dali.kiosks()).hasSize(8);
    assertThat(dali.kiosks().stream().filter(k -> k.type() == KioskType.KIOSK)).hasSize(6);
    assertThat(dali.kiosks().stream().filter(k -> k.type() == KioskType.DUTY_POINT)).hasSize(2);
    assertThat(dali.kiosks())
        .filteredOn(k -> k.code().equals("south-gate"))
        .singleElement()
        .satisfies(
            k -> {
              assertThat(k.zoneCode()).isEqualTo("south");
              assertThat(k.amenities()).containsEntry("umbrella", 30).containsKey("phone-charging");
              assertThat(k.roster()).containsOnlyKeys("day", "evening");
            });
    assertThat(dali.walking().detourFactor()).isEqualTo(1.3);
  }

  @Test
  void lijiangHasFiveKiosksAndANightShiftPastMidnight() throws IOException {
    KioskRegistrySettings lijiang = load("lijiang-gucheng");

    assertThat(lijiang.kiosks()).hasSize(5);
    assertThat(lijiang.kiosks())
        .extracting(KioskDefinition::zoneCode)
        .containsOnly("north", "central", "south");
    assertThat(lijiang.shift("night").orElseThrow().end()).isEqualTo(LocalTime.of(1, 30));
    assertThat(lijiang.amenityKind("oxygen")).isPresent();
    assertThat(lijiang.walkInKind("altitude-sickness")).isPresent();
  }

  @Test
  void publishedKioskRegistrySchemaIsTheOneTheModuleChecksWith() throws IOException {
    Path published = TENANT_CONFIG.resolve("schema/kiosk-registry.schema.json");
    Path source = Path.of("src/main/resources", new KioskRegistryConfig().schemaResource());

    assertThat(published).as("copy %s to %s", source, published).exists();
    assertThat(Files.readString(published))
        .as("%s must be an exact copy of %s", published, source)
        .isEqualTo(Files.readString(source));
  }
}
