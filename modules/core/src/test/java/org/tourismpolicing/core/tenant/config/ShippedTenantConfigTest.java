package org.tourismpolicing.core.tenant.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tourismpolicing.core.tenant.config.CoreDocs.CORE_SCHEMA;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.tourismpolicing.core.tenant.Tenant;

/**
 * The tenant documents shipped in {@code tenant-config/} (relative to this module: {@code
 * ../../tenant-config}) load, and the schemas published there are the ones the modules check with.
 */
class ShippedTenantConfigTest {

  static final Path TENANT_CONFIG = Path.of("../../tenant-config");

  static Stream<String> tenantFolders() throws IOException {
    return TenantFolders.readAll(TENANT_CONFIG).stream().map(TenantFolders.Read::folderName);
  }

  private static Tenant bindCore(String folder) throws IOException {
    TenantFolders.Read read = TenantFolders.read(TENANT_CONFIG.resolve(folder));
    assertThat(read.problems()).as("YAML of %s", folder).isEmpty();
    var core = read.documents().document(TenantDocuments.CORE).orElseThrow();
    ConfigProblems problems = ConfigProblems.forDocument(folder + "/tenant.yaml");
    DocumentSchemas.check(ShippedTenantConfigTest.class, CORE_SCHEMA, core, problems);
    assertThat(problems.all()).as("schema problems of %s", folder).isEmpty();
    Tenant tenant = CoreTenantBinder.bind(core, folder, "rev", problems);
    assertThat(problems.all()).as("binding problems of %s", folder).isEmpty();
    return tenant;
  }

  @Test
  void theSampleTenantsAreShipped() throws IOException {
    assertThat(tenantFolders()).contains("dali-gucheng", "lijiang-gucheng");
  }

  @ParameterizedTest
  @MethodSource("tenantFolders")
  void everyTenantFolderPassesTheCoreSchemaAndBinds(String folder) throws IOException {
    Tenant tenant = bindCore(folder);

    assertThat(tenant.id().value()).isEqualTo(folder);
    assertThat(tenant.geography().zones()).isNotEmpty();
    assertThat(tenant.officers()).isNotEmpty();
  }

  @Test
  void daliHasTwoFastResponseZonesBorderingOnRenminRoad() throws IOException {
    Tenant dali = bindCore("dali-gucheng");

    assertThat(dali.geography().zones())
        .extracting(z -> z.code() + ":" + z.kind())
        .containsExactly("north:fast-response", "south:fast-response");
    assertThat(dali.geography().neighboursOf("north")).containsExactly("south");
    assertThat(dali.officers()).hasSize(42);
    assertThat(dali.departments()).hasSize(5);
  }

  @Test
  void lijiangsZonesRunNorthToSouth() throws IOException {
    Tenant lijiang = bindCore("lijiang-gucheng");

    assertThat(lijiang.geography().neighboursOf("central"))
        .containsExactlyInAnyOrder("north", "south");
    assertThat(lijiang.geography().neighboursOf("north")).containsExactly("central");
    assertThat(lijiang.officers()).hasSize(22);
    assertThat(lijiang.languages()).hasSize(3);
  }

  @Test
  void schemaFolderIsNotATenant() throws IOException {
    List<String> folders = tenantFolders().toList();

    assertThat(folders).doesNotContain("schema");
  }

  @Test
  void publishedCoreSchemaIsTheOneCoreChecksWith() throws IOException {
    Path published = TENANT_CONFIG.resolve("schema/tenant.schema.json");
    Path source = Path.of("src/main/resources/" + CORE_SCHEMA);

    assertThat(published).as("copy %s to %s", source, published).exists();
    assertThat(Files.readString(published))
        .as("%s must be an exact copy of %s", published, source)
        .isEqualTo(Files.readString(source));
  }
}
