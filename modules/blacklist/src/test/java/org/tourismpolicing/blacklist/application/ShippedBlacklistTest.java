package org.tourismpolicing.blacklist.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Period;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.tourismpolicing.blacklist.domain.BlacklistSettings;
import org.tourismpolicing.core.tenant.Tenant;
import org.tourismpolicing.core.tenant.config.TenantConfigException;
import org.tourismpolicing.core.tenant.config.TenantDocuments;
import org.tourismpolicing.core.tenant.config.TenantFolders;
import org.tourismpolicing.core.tenant.config.TenantLoaders;
import tools.jackson.databind.json.JsonMapper;

/**
 * The shipped tenant documents load with the blacklist deployed, a tenant without the document gets
 * the defaults, and a broken document is refused naming each field.
 */
class ShippedBlacklistTest {

  private static final Path TENANT_CONFIG = Path.of("../../tenant-config");

  static Stream<String> tenantFolders() throws IOException {
    return TenantFolders.readAll(TENANT_CONFIG).stream().map(TenantFolders.Read::folderName);
  }

  private static BlacklistSettings load(String folder) throws IOException {
    TenantFolders.Read read = TenantFolders.read(TENANT_CONFIG.resolve(folder));
    assertThat(read.problems()).isEmpty();
    Tenant tenant = TenantLoaders.deploying(new BlacklistConfig()).check(read.documents(), folder);
    return tenant.settings(BlacklistSettings.MODULE, BlacklistSettings.class);
  }

  @ParameterizedTest
  @MethodSource("tenantFolders")
  void everyShippedTenantLoadsWithTheBlacklist(String folder) throws IOException {
    assertThat(load(folder).categories()).isNotEmpty();
  }

  @Test
  void daliListsTheJointCategoriesWithLeaderSignOffForLowPriceToursAndShares() throws IOException {
    BlacklistSettings dali = load("dali-gucheng");

    assertThat(dali.categories())
        .extracting(c -> c.code())
        .containsExactly(
            "unlicensed-operation",
            "tailing-and-hawking",
            "low-price-tour",
            "touting",
            "forced-shopping",
            "price-fraud",
            "fire-safety-violation");
    assertThat(dali.category("low-price-tour").orElseThrow().leaderSignOff()).isTrue();
    assertThat(dali.category("touting").orElseThrow().defaultValidity())
        .isEqualTo(Period.ofMonths(6));
    assertThat(dali.suspendDuringAppeal()).isTrue();
    assertThat(dali.publishTo()).containsExactly("yunnan-tourism");
    assertThat(dali.tipDepartment()).isEqualTo("market-regulation");
  }

  @Test
  void lijiangDiffersWithoutCode() throws IOException {
    BlacklistSettings lijiang = load("lijiang-gucheng");
    assertThat(lijiang.category("touting").orElseThrow().defaultValidity())
        .isEqualTo(Period.ofMonths(3));
    assertThat(lijiang.suspendDuringAppeal()).isFalse();
    assertThat(lijiang.screenAgainst()).containsExactly("yunnan-tourism");
  }

  @Test
  void withoutTheDocumentTheDefaultsApply() throws IOException {
    TenantFolders.Read read = TenantFolders.read(TENANT_CONFIG.resolve("dali-gucheng"));
    var combined = read.documents().combined();
    combined.withObject("modules").remove(BlacklistSettings.MODULE);
    var settings =
        TenantLoaders.deploying(new BlacklistConfig())
            .check(TenantDocuments.fromCombined(combined, "test"), "dali-gucheng")
            .settings(BlacklistSettings.MODULE, BlacklistSettings.class);
    assertThat(settings.categories()).isEqualTo(BlacklistConfig.DEFAULT_CATEGORIES);
    assertThat(settings.publishTo()).isEmpty();
    assertThat(settings.screenAgainst()).isEmpty();
    assertThat(settings.tipDepartment()).isEqualTo("culture-tourism");
  }

  @Test
  void aBrokenDocumentIsRefusedNamingTheFields() throws IOException {
    TenantFolders.Read read = TenantFolders.read(TENANT_CONFIG.resolve("dali-gucheng"));
    var combined = read.documents().combined();
    combined
        .withObject("modules")
        .set(
            BlacklistSettings.MODULE,
            JsonMapper.builder()
                .build()
                .readTree(
                    """
                    {"categories": [
                      {"code": "touting", "names": {"en": "Touting"}, "defaultValidity": "P6M"},
                      {"code": "touting", "names": {"en": "Again"}, "defaultValidity": "P1Y"}],
                     "tipDepartment": "tax-bureau"}
                    """));
    var documents = TenantDocuments.fromCombined(combined, "test");
    assertThatThrownBy(
            () -> TenantLoaders.deploying(new BlacklistConfig()).check(documents, "dali-gucheng"))
        .isInstanceOf(TenantConfigException.class)
        .hasMessageContaining("/categories/1/code")
        .hasMessageContaining("/tipDepartment");
  }

  @Test
  void thePublishedSchemaIsTheModulesOwn() throws IOException {
    String own =
        new String(
            BlacklistConfig.class
                .getClassLoader()
                .getResourceAsStream("META-INF/tenant-config/blacklist.schema.json")
                .readAllBytes(),
            StandardCharsets.UTF_8);
    assertThat(Files.readString(TENANT_CONFIG.resolve("schema/blacklist.schema.json")))
        .isEqualTo(own);
  }
}
