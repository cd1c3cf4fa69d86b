package org.tourismpolicing.kioskregistry.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.Column;
import jakarta.persistence.Table;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.tourismpolicing.kioskregistry.domain.Amenity;
import org.tourismpolicing.kioskregistry.domain.DutyAssignment;
import org.tourismpolicing.kioskregistry.domain.Kiosk;
import org.tourismpolicing.kioskregistry.domain.WalkIn;

class KioskRegistrySchemaTest {

  private static final Pattern CREATE_TABLE =
      Pattern.compile(
          "CREATE\\s+TABLE\\s+(\\w+)\\s*\\((.*?)\\)\\s*(ENGINE[^;]*)?;",
          Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

  private final KioskRegistrySchema schema = new KioskRegistrySchema();

  private String script(String name) {
    String resource = schema.location() + "/" + name;
    try (InputStream in = getClass().getClassLoader().getResourceAsStream(resource)) {
      assertThat(in).as("%s on the class path", resource).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private Map<String, String> createdTables() {
    Map<String, String> tables = new LinkedHashMap<>();
    for (String name : schema.scripts()) {
      Matcher m = CREATE_TABLE.matcher(script(name).replaceAll("--[^\\n]*", ""));
      while (m.find()) {
        tables.put(m.group(1).toLowerCase(Locale.ROOT), m.group(2).toLowerCase(Locale.ROOT));
      }
    }
    return tables;
  }

  @Test
  void listsExactlyTheScriptsInItsFolder() throws IOException {
    Path folder = Path.of("src/main/resources", schema.location());
    List<String> files;
    try (Stream<Path> list = Files.list(folder)) {
      files =
          list.map(p -> p.getFileName().toString())
              .filter(n -> n.endsWith(".sql"))
              .sorted()
              .toList();
    }

    assertThat(schema.scripts())
        .as("KioskRegistrySchema.scripts() must list every migration in %s", folder)
        .isNotEmpty()
        .containsExactlyElementsOf(files)
        .allMatch(n -> n.matches("V\\d+__\\w+\\.sql"));
  }

  @Test
  void runsAfterCoreWithItsOwnHistoryTable() {
    assertThat(schema.order()).isGreaterThan(0);
    assertThat(schema.historyTable()).startsWith("kr_");
    assertThat(schema.module()).isEqualTo("kiosk-registry");
  }

  @Test
  void everyTableHasTheModulePrefix() {
    assertThat(createdTables().keySet()).isNotEmpty().allMatch(t -> t.startsWith("kr_"));
  }

  @Test
  void everyEntityHasItsTableWithEveryColumnAndTheTenantFirstInItsKey() {
    Map<String, String> tables = createdTables();
    SoftAssertions soft = new SoftAssertions();
    for (Class<?> entity :
        List.of(Kiosk.class, Amenity.class, DutyAssignment.class, WalkIn.class)) {
      String table = entity.getAnnotation(Table.class).name();
      soft.assertThat(tables).as("migration creating %s", table).containsKey(table);
      String definition = tables.getOrDefault(table, "");
      soft.assertThat(definition)
          .as("%s leads its primary key with tenant_id", table)
          .containsPattern("primary key \\(tenant_id,");
      for (Field f : entity.getDeclaredFields()) {
        Column column = f.getAnnotation(Column.class);
        if (column != null) {
          soft.assertThat(definition)
              .as(
                  "%s.%s (mapped by %s.%s)",
                  table, column.name(), entity.getSimpleName(), f.getName())
              .containsPattern("(?m)^\\s*" + Pattern.quote(column.name()) + "\\s+[a-z]");
        }
      }
    }
    soft.assertAll();
  }
}
