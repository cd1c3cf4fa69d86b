package org.tourismpolicing.core.tenant.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tourismpolicing.core.tenant.Tenant;
import org.tourismpolicing.core.testing.FixedInstance;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The loader's checking and binding ({@link TenantLoader#check}), with the deployed modules given
 * directly instead of by CDI. Importing ({@code apply}) needs a container and is not tested here.
 */
class TenantLoaderTest {

  /** A module whose document pins notes to zones of the tenant. */
  static final class NotesModule implements TenantModuleConfig<List<String>> {

    private final String name;

    NotesModule(String name) {
      this.name = name;
    }

    @Override
    public String name() {
      return name;
    }

    @Override
    public String schemaResource() {
      return "META-INF/tenant-config/notes.schema.json";
    }

    @Override
    public List<String> bind(JsonNode document, Tenant tenant, ConfigProblems problems) {
      List<String> zones = new ArrayList<>();
      if (document == null) {
        return zones;
      }
      JsonNode notes = document.get("notes");
      for (int i = 0; notes != null && i < notes.size(); i++) {
        String zone = notes.get(i).get("zone").asString();
        if (tenant.geography().zone(zone).isEmpty()) {
          problems.add("/notes/" + i + "/zone", "no zone '" + zone + "'");
        }
        zones.add(zone);
      }
      return zones;
    }

    @Override
    public void importData(Tenant tenant, List<String> settings) {
      throw new UnsupportedOperationException("checking never imports");
    }
  }

  private static TenantLoader loader(TenantModuleConfig<?>... modules) {
    TenantLoader loader = new TenantLoader();
    loader.modules = FixedInstance.<TenantModuleConfig<?>>of(modules);
    return loader;
  }

  private static TenantDocuments docs(JsonNode core, String notesJson) {
    Map<String, JsonNode> byName = new LinkedHashMap<>();
    if (core != null) {
      byName.put(TenantDocuments.CORE, core);
    }
    if (notesJson != null) {
      byName.put("notes", CoreDocs.parse(notesJson));
    }
    return TenantDocuments.fromFiles(byName, "test-town");
  }

  private static List<ConfigProblem> refusal(TenantLoader loader, TenantDocuments docs) {
    var thrown =
        org.assertj.core.api.Assertions.catchThrowableOfType(
            TenantConfigException.class, () -> loader.check(docs, "test-town"));
    assertThat(thrown).as("the documents are refused").isNotNull();
    assertThat(thrown.tenant()).isEqualTo("test-town");
    assertThat(thrown.getMessage()).startsWith("tenant test-town refused: ");
    return thrown.problems();
  }

  @Test
  void bindsTheCoreDocumentAndEachModulesSettings() {
    TenantLoader loader = loader(new NotesModule("notes"));
    TenantDocuments docs = docs(CoreDocs.valid(), "{\"notes\": [{\"zone\": \"east\"}]}");

    Tenant tenant = loader.check(docs, "test-town");

    assertThat(tenant.id().value()).isEqualTo("test-town");
    assertThat(tenant.geography().zones()).hasSize(2);
    assertThat(tenant.settings("notes", List.class)).containsExactly("east");
    assertThat(tenant.revision()).isEqualTo(loader.effectiveRevision(docs));
  }

  @Test
  void aModuleWithoutADocumentIsBoundWithNothing() {
    Tenant tenant = loader(new NotesModule("notes")).check(docs(CoreDocs.valid(), null), null);

    assertThat(tenant.settings("notes", List.class)).isEmpty();
  }

  @Test
  void aDocumentOfAModuleThatIsNotDeployedIsIgnored() {
    Tenant tenant =
        loader().check(docs(CoreDocs.valid(), "{\"notes\": [{\"zone\": \"nowhere\"}]}"), null);

    assertThat(tenant.moduleSettings()).isEmpty();
  }

  @Test
  void schemaProblemsOfEveryDocumentAreReportedTogetherUnderTheirLabels() {
    ObjectNode core = CoreDocs.valid();
    core.remove("languages");

    List<ConfigProblem> problems =
        refusal(loader(new NotesModule("notes")), docs(core, "{\"notes\": [{\"zon\": \"east\"}]}"));

    assertThat(problems).extracting(ConfigProblem::document).contains("tenant.yaml", "notes.yaml");
    assertThat(problems)
        .filteredOn(p -> p.document().equals("tenant.yaml"))
        .singleElement()
        .satisfies(p -> assertThat(p.message()).contains("languages"));
  }

  @Test
  void aMissingCoreDocumentIsRefused() {
    List<ConfigProblem> problems = refusal(loader(), docs(null, "{\"notes\": []}"));

    assertThat(problems)
        .singleElement()
        .satisfies(p -> assertThat(p.message()).isEqualTo("the core document is missing"));
  }

  @Test
  void theCoreDocumentMustNameTheTenantItIsLoadedAs() {
    List<ConfigProblem> problems =
        refusal(loader(), docs(CoreDocs.valid().put("id", "other-town"), null));

    assertThat(problems)
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.document()).isEqualTo("tenant.yaml");
              assertThat(p.field()).isEqualTo("/id");
            });
  }

  @Test
  void problemsAModuleFindsAgainstTheTenantRefuseTheTenant() {
    List<ConfigProblem> problems =
        refusal(
            loader(new NotesModule("notes")),
            docs(CoreDocs.valid(), "{\"notes\": [{\"zone\": \"east\"}, {\"zone\": \"lake\"}]}"));

    assertThat(problems)
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.document()).isEqualTo("notes.yaml");
              assertThat(p.field()).isEqualTo("/notes/1/zone");
              assertThat(p.message()).contains("'lake'");
            });
  }

  @Test
  void deployedModulesAreInNameOrder() {
    TenantLoader loader = loader(new NotesModule("zebra"), new NotesModule("alpha"));

    assertThat(loader.deployedModules())
        .extracting(TenantModuleConfig::name)
        .containsExactly("alpha", "zebra");
  }

  /** Deploying another module must re-import every tenant for it. */
  @Test
  void effectiveRevisionDependsOnTheDeployedModules() {
    TenantDocuments docs = docs(CoreDocs.valid(), null);

    String coreOnly = loader().effectiveRevision(docs);
    String withNotes = loader(new NotesModule("notes")).effectiveRevision(docs);

    assertThat(coreOnly).matches("[0-9a-f]{64}").isNotEqualTo(withNotes);
    assertThat(loader().effectiveRevision(docs)).isEqualTo(coreOnly);
    assertThat(loader().effectiveRevision(docs(CoreDocs.valid().put("timeZone", "UTC"), null)))
        .isNotEqualTo(coreOnly);
  }
}
