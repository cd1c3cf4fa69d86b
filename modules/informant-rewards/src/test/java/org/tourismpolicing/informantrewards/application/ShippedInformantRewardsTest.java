package org.tourismpolicing.informantrewards.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.tourismpolicing.core.money.Money;
import org.tourismpolicing.core.tenant.Tenant;
import org.tourismpolicing.core.tenant.config.TenantConfigException;
import org.tourismpolicing.core.tenant.config.TenantDocuments;
import org.tourismpolicing.core.tenant.config.TenantFolders;
import org.tourismpolicing.core.tenant.config.TenantLoaders;
import org.tourismpolicing.informantrewards.domain.BudgetPeriod;
import org.tourismpolicing.informantrewards.domain.InformantSettings;
import org.tourismpolicing.informantrewards.domain.TipStatus;
import tools.jackson.databind.json.JsonMapper;

/**
 * The tenant documents shipped in {@code tenant-config/} load with the module deployed, exactly as
 * at start-up; a broken one is refused naming the field; the published schema is the module's.
 */
class ShippedInformantRewardsTest {

  private static final Path TENANT_CONFIG = Path.of("../../tenant-config");

  static Stream<String> tenantFolders() throws IOException {
    return TenantFolders.readAll(TENANT_CONFIG).stream().map(TenantFolders.Read::folderName);
  }

  private static InformantSettings load(String folder) throws IOException {
    TenantFolders.Read read = TenantFolders.read(TENANT_CONFIG.resolve(folder));
    assertThat(read.problems()).isEmpty();
    Tenant tenant =
        TenantLoaders.deploying(new InformantRewardsConfig()).check(read.documents(), folder);
    return tenant.settings(InformantSettings.MODULE, InformantSettings.class);
  }

  @ParameterizedTest
  @MethodSource("tenantFolders")
  void everyShippedTenantLoadsWithATipLineAndABudget(String folder) throws IOException {
    InformantSettings s = load(folder);
    assertThat(s.categories()).isNotEmpty();
    assertThat(s.budget().limitFen()).isPositive();
    assertThat(s.schedule().rules()).isNotEmpty();
  }

  @Test
  void daliHasTheRedArmbandCategoriesAndAMonthlyBudget() throws IOException {
    InformantSettings dali = load("dali-gucheng");
    assertThat(dali.categories())
        .extracting(InformantSettings.Category::code)
        .contains(
            "unlicensed-operation",
            "illegal-lodging",
            "touting",
            "forced-shopping",
            "fire-hazard",
            "drugs",
            "gambling",
            "suspicious-person",
            "public-order",
            "other");
    assertThat(dali.budget()).isEqualTo(new InformantSettings.Budget(BudgetPeriod.MONTH, 500_000));
    assertThat(
            dali.schedule().amountFor("illegal-lodging", TipStatus.VERIFIED_TRUE, 10_000L, "CNY"))
        .isEqualTo(Money.cny(10_000));
    assertThat(dali.schedule().amountFor("touting", TipStatus.VERIFIED_TRUE, null, "CNY"))
        .isEqualTo(Money.cny(5_000));
    assertThat(dali.duplicateWindow()).isEqualTo(Duration.ofDays(1));
  }

  @Test
  void lijiangDiffersWithoutCode() throws IOException {
    InformantSettings lijiang = load("lijiang-gucheng");
    assertThat(lijiang.numberPrefix()).isEqualTo("LJXS");
    assertThat(lijiang.category("unlicensed-horse-riding")).isPresent();
    assertThat(lijiang.category("drugs")).isEmpty();
    assertThat(lijiang.budget().period()).isEqualTo(BudgetPeriod.QUARTER);
    assertThat(lijiang.photos().maxPerTip()).isEqualTo(3);
    assertThat(lijiang.duplicateWindow()).isEqualTo(Duration.ofHours(12));
  }

  @Test
  void aTenantWithoutTheDocumentGetsDefaultsThatPayNothing() {
    InformantSettings d = InformantRewardsConfig.defaults();
    assertThat(d.categories()).hasSize(10);
    assertThat(d.schedule().rules()).isEmpty();
    assertThat(d.budget().limitFen()).isZero();
  }

  @Test
  void aRewardLineForAnUnknownCategoryOrTwiceIsRefusedNamingTheField() throws IOException {
    TenantFolders.Read read = TenantFolders.read(TENANT_CONFIG.resolve("dali-gucheng"));
    var combined = read.documents().combined();
    combined
        .withObject("modules")
        .set(
            InformantSettings.MODULE,
            JsonMapper.builder()
                .build()
                .readTree(
                    """
                    {"categories": [{"code": "touting", "names": {"en": "Touting"}}],
                     "rewards": [
                       {"category": "horse-riding", "outcome": "verified-true", "amountFen": 100},
                       {"category": "touting", "outcome": "verified-true", "amountFen": 100},
                       {"category": "touting", "outcome": "verified-true", "amountFen": 200},
                       {"category": "*", "outcome": "verified-true", "minFen": 500, "maxFen": 100}
                     ]}
                    """));
    var documents = TenantDocuments.fromCombined(combined, "test");
    assertThatThrownBy(
            () ->
                TenantLoaders.deploying(new InformantRewardsConfig())
                    .check(documents, "dali-gucheng"))
        .isInstanceOf(TenantConfigException.class)
        .hasMessageContaining("/rewards/0/category")
        .hasMessageContaining("/rewards/2")
        .hasMessageContaining("/rewards/3/maxFen");
  }

  @Test
  void aRewardLineWithBothAFixedAmountAndARangeBreaksTheSchema() throws IOException {
    TenantFolders.Read read = TenantFolders.read(TENANT_CONFIG.resolve("dali-gucheng"));
    var combined = read.documents().combined();
    combined
        .withObject("modules")
        .set(
            InformantSettings.MODULE,
            JsonMapper.builder()
                .build()
                .readTree(
                    """
                    {"rewards": [{"category": "touting", "outcome": "verified-true",
                                  "amountFen": 100, "minFen": 1, "maxFen": 2}],
                     "budget": {"period": "week", "limitFen": 1}}
                    """));
    var documents = TenantDocuments.fromCombined(combined, "test");
    assertThatThrownBy(
            () ->
                TenantLoaders.deploying(new InformantRewardsConfig())
                    .check(documents, "dali-gucheng"))
        .isInstanceOf(TenantConfigException.class)
        .hasMessageContaining("/rewards/0")
        .hasMessageContaining("/budget/period");
  }

  @Test
  void thePublishedSchemaIsTheModulesOwn() throws IOException {
    String own =
        new String(
            InformantRewardsConfig.class
                .getClassLoader()
                .getResourceAsStream("META-INF/tenant-config/informant-rewards.schema.json")
                .readAllBytes(),
            StandardCharsets.UTF_8);
    assertThat(Files.readString(TENANT_CONFIG.resolve("schema/informant-rewards.schema.json")))
        .isEqualTo(own);
  }
}
