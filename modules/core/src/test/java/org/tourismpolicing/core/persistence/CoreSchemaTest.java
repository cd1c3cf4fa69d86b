package org.tourismpolicing.core.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.SoftAssertions;
import org.flywaydb.core.api.resource.LoadableResource;
import org.junit.jupiter.api.Test;

class CoreSchemaTest {

  private final CoreSchema schema = new CoreSchema();

  @Test
  void listsExactlyTheScriptsInItsFolder() throws IOException {
    assertThat(schema.scripts())
        .as("CoreSchema.scripts() must list every migration in %s", schema.location())
        .containsExactlyElementsOf(SchemaScripts.sqlFilesIn(schema));
  }

  @Test
  void scriptsFollowFlywayNamingInVersionOrder() {
    assertThat(schema.scripts()).allMatch(n -> n.matches("V\\d+__\\w+\\.sql"));
    List<Integer> versions =
        schema.scripts().stream()
            .map(n -> Integer.parseInt(n.substring(1, n.indexOf("__"))))
            .toList();
    assertThat(versions).isSorted().doesNotHaveDuplicates();
  }

  @Test
  void coreRunsFirstWithItsOwnHistoryTable() {
    assertThat(schema.order()).isZero();
    assertThat(schema.historyTable()).startsWith("core_");
    assertThat(schema.module()).isEqualTo("core");
  }

  @Test
  void everyTableHasTheModulePrefix() {
    assertThat(SchemaScripts.createdTables(schema).keySet())
        .isNotEmpty()
        .allMatch(t -> t.startsWith("core_"));
  }

  @Test
  void everyEntityHasItsTableAndColumns() throws Exception {
    Map<String, String> tables = SchemaScripts.createdTables(schema);
    List<Class<?>> entities = SchemaScripts.entities(CoreSchema.class);
    assertThat(entities).hasSizeGreaterThanOrEqualTo(4);
    SoftAssertions soft = new SoftAssertions();
    for (Class<?> entity : entities) {
      String table = SchemaScripts.tableOf(entity);
      soft.assertThat(tables).as("migration creating %s", table).containsKey(table);
      String definition = tables.getOrDefault(table, "");
      for (String column : SchemaScripts.columnsOf(entity)) {
        soft.assertThat(SchemaScripts.defines(definition, column))
            .as("%s.%s (mapped by %s) is created", table, column, entity.getSimpleName())
            .isTrue();
      }
      if (TenantScopedEntity.class.isAssignableFrom(entity)) {
        soft.assertThat(definition)
            .as("%s leads its primary key with tenant_id", table)
            .containsPattern("primary key \\(tenant_id,");
      }
    }
    soft.assertAll();
  }

  @Test
  void columnsAreMatchedByTheirWholeName() {
    String definition = "\n  id varchar(40) not null,\n  documents longtext not null,";

    assertThat(SchemaScripts.defines(definition, "documents")).isTrue();
    assertThat(SchemaScripts.defines(definition, "id")).isTrue();
    assertThat(SchemaScripts.defines(definition, "document")).isFalse();
    assertThat(SchemaScripts.defines(definition, "revision")).isFalse();
  }

  @Test
  void flywayIsHandedExactlyTheListedScripts() throws IOException {
    ListedScripts scripts = new ListedScripts(schema);
    String first = schema.scripts().get(0);

    assertThat(scripts.getResource(first)).isNotNull();
    assertThat(scripts.getResource("V99__not_listed.sql")).isNull();
    assertThat(scripts.getResources("V", new String[] {".sql"}))
        .extracting(LoadableResource::getFilename)
        .containsExactlyElementsOf(schema.scripts());
    assertThat(scripts.getResources("V", new String[] {".java"})).isEmpty();
    try (Reader reader = scripts.getResource(first).read()) {
      StringWriter text = new StringWriter();
      reader.transferTo(text);
      assertThat(text.toString())
          .isEqualTo(SchemaScripts.script(schema, first))
          .contains("CREATE TABLE");
    }
  }
}
