package org.tourismpolicing.mediation.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tourismpolicing.core.tenant.config.ConfigProblem;
import org.tourismpolicing.core.tenant.config.ModuleDocumentCheck;
import org.tourismpolicing.core.tenant.config.TenantDocuments;
import org.tourismpolicing.core.tenant.config.TenantFolders;
import org.tourismpolicing.mediation.domain.MediationSettings;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The shipped tenant documents bind with the mediation module, a tenant without the document gets
 * the defaults, and a broken document is refused naming each field.
 */
class MediationConfigTest {

  private static final Path TENANT_CONFIG = Path.of("../../tenant-config");
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private static ModuleDocumentCheck.Result<MediationSettings> shipped(String folder)
      throws IOException {
    TenantFolders.Read read = TenantFolders.read(TENANT_CONFIG.resolve(folder));
    assertThat(read.problems()).isEmpty();
    assertThat(read.documents().document(MediationSettings.MODULE))
        .as("%s has a mediation.yaml", folder)
        .isPresent();
    return ModuleDocumentCheck.bind(read.documents(), folder, new MediationConfig());
  }

  /** Dali's core document with {@code mediation} as its mediation document (null: none). */
  private static ModuleDocumentCheck.Result<MediationSettings> daliWith(String mediation)
      throws IOException {
    TenantDocuments dali = TenantFolders.read(TENANT_CONFIG.resolve("dali-gucheng")).documents();
    Map<String, JsonNode> docs = new LinkedHashMap<>();
    docs.put(TenantDocuments.CORE, dali.document(TenantDocuments.CORE).orElseThrow());
    if (mediation != null) {
      docs.put(MediationSettings.MODULE, JSON.readTree(mediation));
    }
    return ModuleDocumentCheck.bind(
        TenantDocuments.fromFiles(docs, "dali-gucheng"), "dali-gucheng", new MediationConfig());
  }

  @Test
  void daliIsTheApengRoomWithItsThreePartnerDepartmentsAndMediators() throws IOException {
    var result = shipped("dali-gucheng");

    assertThat(result.problems()).isEmpty();
    MediationSettings dali = result.settings();
    assertThat(dali.roomNames().get("zh-CN")).isEqualTo("阿鹏调解室");
    assertThat(dali.taskDepartments())
        .containsExactlyInAnyOrder("culture-tourism", "fire", "market-regulation");
    assertThat(dali.category("tour-guide")).isPresent();
    assertThat(dali.deadlines().decideWithin()).isEqualTo(Duration.ofDays(15));
    assertThat(dali.mediators())
        .extracting(MediationSettings.MediatorDefinition::code)
        .containsExactly("yang-xiulan", "li-wenhua", "duan-volunteer");
  }

  @Test
  void lijiangConfiguresItsOwnRoom() throws IOException {
    var result = shipped("lijiang-gucheng");

    assertThat(result.problems()).isEmpty();
    MediationSettings lijiang = result.settings();
    assertThat(lijiang.roomNames().get("en")).isEqualTo("Harmony Old Town Mediation Room");
    assertThat(lijiang.category("horse-riding")).isPresent();
    assertThat(lijiang.category("catering")).isEmpty();
    assertThat(lijiang.deadlines().acceptWithin()).isEqualTo(Duration.ofHours(48));
    assertThat(lijiang.satisfactionLinkValidity()).isEqualTo(Duration.ofDays(7));
    assertThat(lijiang.evidence().mediaTypes()).doesNotContain("application/pdf");
  }

  @Test
  void withoutADocumentTheRoomHasTheDefaults() throws IOException {
    var result = daliWith(null);

    assertThat(result.problems()).isEmpty();
    MediationSettings s = result.settings();
    assertThat(s.categories()).hasSize(9);
    assertThat(s.referralCategory()).isEqualTo("other");
    assertThat(s.deadlines().acceptWithin()).isEqualTo(Duration.ofHours(24));
    assertThat(s.satisfactionLinkValidity()).isEqualTo(Duration.ofDays(14));
    assertThat(s.taskDepartments())
        .as("every department that is not police")
        .containsExactlyInAnyOrder("culture-tourism", "fire", "market-regulation");
    assertThat(s.mediators()).isEmpty();
  }

  @Test
  void aBrokenDocumentIsRefusedNamingEachField() throws IOException {
    var result =
        daliWith(
            """
            {"categories": [{"code": "price", "names": {"en": "Price"}},
                            {"code": "price", "names": {"en": "Again"}}],
             "referralCategory": "nothing",
             "taskDepartments": ["tax-office"],
             "deadlines": {"decideWithin": "P0D"},
             "mediators": [{"code": "ghost", "name": "Nobody", "badge": "999999"}]}
            """);

    assertThat(result.settings()).isNull();
    assertThat(result.problems())
        .extracting(ConfigProblem::field)
        .contains(
            "/categories/1/code",
            "/referralCategory",
            "/taskDepartments/0",
            "/deadlines/decideWithin",
            "/mediators/0/badge");
  }

  @Test
  void theSchemaRefusesUnknownFields() throws IOException {
    var result = daliWith("{\"room\": {\"names\": {\"en\": \"Room\"}}, \"colour\": \"red\"}");

    assertThat(result.settings()).isNull();
    assertThat(result.problems()).isNotEmpty();
  }

  @Test
  void publishedSchemaIsTheOneTheModuleChecksWith() throws IOException {
    Path published = TENANT_CONFIG.resolve("schema/mediation.schema.json");
    Path source = Path.of("src/main/resources", new MediationConfig().schemaResource());

    assertThat(published).as("copy %s to %s", source, published).exists();
    assertThat(Files.readString(published)).isEqualTo(Files.readString(source));
  }
}
