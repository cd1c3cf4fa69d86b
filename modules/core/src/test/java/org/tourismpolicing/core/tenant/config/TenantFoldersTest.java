package org.tourismpolicing.core.tenant.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TenantFoldersTest {

  @TempDir Path root;

  private Path write(String relative, String content) throws IOException {
    Path file = root.resolve(relative);
    Files.createDirectories(file.getParent());
    Files.writeString(file, content);
    return file;
  }

  @Test
  void readsEveryFolderWithATenantDocumentInNameOrder() throws IOException {
    write("b-town/tenant.yaml", "id: b-town\n");
    write("a-town/tenant.yaml", "id: a-town\n");
    write("a-town/kiosk-registry.yaml", "walking:\n  detourFactor: 1.4\n");
    write("schema/tenant.schema.json", "{}");
    write("drafts/kiosk-registry.yaml", "kiosks: []\n");

    List<TenantFolders.Read> reads = TenantFolders.readAll(root);

    assertThat(reads)
        .extracting(TenantFolders.Read::folderName)
        .containsExactly("a-town", "b-town");
    TenantFolders.Read a = reads.get(0);
    assertThat(a.problems()).isEmpty();
    assertThat(a.documents().all()).containsOnlyKeys("tenant", "kiosk-registry");
    assertThat(a.documents().document("tenant").orElseThrow().get("id").asString())
        .isEqualTo("a-town");
    assertThat(
            a.documents()
                .document("kiosk-registry")
                .orElseThrow()
                .get("walking")
                .get("detourFactor")
                .asDouble())
        .isEqualTo(1.4);
    assertThat(a.documents().label("tenant")).isEqualTo("tenant.yaml");
    assertThat(a.documents().label("kiosk-registry")).isEqualTo("kiosk-registry.yaml");
    assertThat(a.documents().origin()).isEqualTo("folder a-town");
  }

  @Test
  void otherFilesInATenantFolderAreIgnored() throws IOException {
    write("a-town/tenant.yaml", "id: a-town\n");
    write("a-town/README.md", "# notes\n");
    write("a-town/tenant.yaml.bak", "id: [broken\n");

    TenantFolders.Read read = TenantFolders.read(root.resolve("a-town"));

    assertThat(read.problems()).isEmpty();
    assertThat(read.documents().all()).containsOnlyKeys("tenant");
  }

  @Test
  void yamlSyntaxErrorNamesFileLineAndColumn() throws IOException {
    write("a-town/tenant.yaml", "id: a-town\nnames:\n  en: [unclosed\ntimeZone: UTC\n");
    write("a-town/kiosk-registry.yaml", "kiosks: []\n");

    TenantFolders.Read read = TenantFolders.read(root.resolve("a-town"));

    assertThat(read.problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.document()).isEqualTo("tenant.yaml");
              assertThat(p.field()).isEqualTo("line 4, column 9");
              assertThat(p.message()).startsWith("not valid YAML: ");
            });
    assertThat(read.documents().all()).containsOnlyKeys("kiosk-registry");
  }

  /**
   * The position must be where the YAML is wrong (the tab on line 2), not where the parser last
   * read a good token (the end of line 1).
   */
  @Test
  void yamlErrorPositionIsWhereTheProblemIs() throws IOException {
    write("a-town/tenant.yaml", "id: a-town\n\tnames: {en: A}\n");

    TenantFolders.Read read = TenantFolders.read(root.resolve("a-town"));

    assertThat(read.problems())
        .singleElement()
        .satisfies(p -> assertThat(p.field()).isEqualTo("line 2, column 1"));
  }

  /** YAML requires unique keys; a second "officers:" would otherwise silently drop the first. */
  @Test
  void duplicateKeysAreAProblem() throws IOException {
    write("a-town/tenant.yaml", "id: a-town\nofficers: []\nid: b-town\n");

    TenantFolders.Read read = TenantFolders.read(root.resolve("a-town"));

    assertThat(read.problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.document()).isEqualTo("tenant.yaml");
              assertThat(p.message()).contains("id");
            });
  }

  @Test
  void emptyDocumentIsAProblem() throws IOException {
    write("a-town/tenant.yaml", "id: a-town\n");
    write("a-town/kiosk-registry.yaml", "# nothing yet\n");

    TenantFolders.Read read = TenantFolders.read(root.resolve("a-town"));

    assertThat(read.problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.document()).isEqualTo("kiosk-registry.yaml");
              assertThat(p.message()).isEqualTo("the document is empty");
            });
    assertThat(read.documents().all()).containsOnlyKeys("tenant");
  }

  /**
   * Problems in a .yml file must name that file, or the user looks for a file that is not there.
   */
  @Test
  void ymlFilesAreReadAndLabelledByTheirOwnName() throws IOException {
    write("a-town/tenant.yaml", "id: a-town\n");
    write("a-town/kiosk-registry.yml", "kiosks: []\n");

    TenantFolders.Read read = TenantFolders.read(root.resolve("a-town"));

    assertThat(read.documents().all()).containsOnlyKeys("tenant", "kiosk-registry");
    assertThat(read.documents().label("kiosk-registry")).isEqualTo("kiosk-registry.yml");
  }

  @Test
  void yamlKeepsQuotedBadgesAndTimesAsText() throws IOException {
    write(
        "a-town/tenant.yaml",
        "id: a-town\nofficers:\n  - {badge: \"007001\", name: A}\npublicHolidays: [\"2026-10-01\"]\n");

    TenantFolders.Read read = TenantFolders.read(root.resolve("a-town"));

    var tenant = read.documents().document("tenant").orElseThrow();
    assertThat(tenant.get("officers").get(0).get("badge").isString()).isTrue();
    assertThat(tenant.get("officers").get(0).get("badge").asString()).isEqualTo("007001");
    assertThat(tenant.get("publicHolidays").get(0).asString()).isEqualTo("2026-10-01");
  }
}
