package org.tourismpolicing.core.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.NodeList;

/**
 * What a module's migrations create, read from its SQL scripts, and what its entities expect, read
 * from its persistence unit; for tests that keep the two in step (there is no DDL generation, so a
 * forgotten script or column only shows at run time otherwise).
 */
final class SchemaScripts {

  private static final Pattern CREATE_TABLE =
      Pattern.compile(
          "CREATE\\s+TABLE\\s+(\\w+)\\s*\\((.*?)\\)\\s*(ENGINE[^;]*)?;",
          Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

  private SchemaScripts() {}

  /** The .sql files of the module's migration folder in its sources, by name. */
  static List<String> sqlFilesIn(ModuleSchema schema) throws IOException {
    Path folder = Path.of("src/main/resources", schema.location());
    assertThat(folder).as("migration folder of %s", schema.module()).isDirectory();
    try (Stream<Path> files = Files.list(folder)) {
      return files
          .map(p -> p.getFileName().toString())
          .filter(n -> n.endsWith(".sql"))
          .sorted()
          .toList();
    }
  }

  /** The text of a listed script, read from the class path as Flyway will read it. */
  static String script(ModuleSchema schema, String name) {
    String resource = schema.location() + "/" + name;
    try (InputStream in = schema.getClass().getClassLoader().getResourceAsStream(resource)) {
      assertThat(in).as("%s on the class path", resource).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Table name (lower case) to the text of its column definitions, over all listed scripts. */
  static Map<String, String> createdTables(ModuleSchema schema) {
    Map<String, String> tables = new LinkedHashMap<>();
    for (String name : schema.scripts()) {
      String sql = script(schema, name).replaceAll("--[^\\n]*", "");
      Matcher m = CREATE_TABLE.matcher(sql);
      while (m.find()) {
        tables.put(m.group(1).toLowerCase(Locale.ROOT), m.group(2).toLowerCase(Locale.ROOT));
      }
    }
    return tables;
  }

  /** Entity classes listed in the module's persistence unit. */
  static List<Class<?>> entities(Class<?> moduleClass) throws Exception {
    List<Class<?>> entities = new ArrayList<>();
    ClassLoader loader = moduleClass.getClassLoader();
    var resources = loader.getResources("META-INF/persistence.xml");
    String location =
        moduleClass.getProtectionDomain().getCodeSource().getLocation().toExternalForm();
    while (resources.hasMoreElements()) {
      var url = resources.nextElement();
      if (!url.toExternalForm().startsWith(location)) {
        continue; // another module's unit
      }
      var factory = DocumentBuilderFactory.newInstance();
      factory.setNamespaceAware(true);
      try (InputStream in = url.openStream()) {
        NodeList classes =
            factory.newDocumentBuilder().parse(in).getElementsByTagNameNS("*", "class");
        for (int i = 0; i < classes.getLength(); i++) {
          Class<?> c = Class.forName(classes.item(i).getTextContent().trim(), false, loader);
          if (c.isAnnotationPresent(Entity.class)) {
            entities.add(c);
          }
        }
      }
    }
    return entities;
  }

  static String tableOf(Class<?> entity) {
    return entity.getAnnotation(Table.class).name().toLowerCase(Locale.ROOT);
  }

  /** Column names the entity maps, including tenant_id for tenant-scoped entities. */
  static List<String> columnsOf(Class<?> entity) {
    List<String> columns = new ArrayList<>();
    if (TenantScopedEntity.class.isAssignableFrom(entity)) {
      columns.add("tenant_id");
    }
    for (Class<?> c = entity; c != null && c != Object.class; c = c.getSuperclass()) {
      for (Field f : c.getDeclaredFields()) {
        Column column = f.getAnnotation(Column.class);
        if (column != null) {
          columns.add(column.name().toLowerCase(Locale.ROOT));
        }
      }
    }
    return columns;
  }

  /** True when {@code definition} (the body of a CREATE TABLE) defines {@code column}. */
  static boolean defines(String definition, String column) {
    return Pattern.compile("(^|[\\s,(])" + Pattern.quote(column) + "\\s+[a-z]", Pattern.MULTILINE)
        .matcher(definition)
        .find();
  }
}
