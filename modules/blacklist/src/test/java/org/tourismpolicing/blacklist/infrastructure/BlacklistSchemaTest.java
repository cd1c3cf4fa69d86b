package org.tourismpolicing.blacklist.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The listed migrations are exactly the scripts in the folder (Flyway cannot list a server's class
 * path), and every table they create carries the module's prefix and the tenant in its key (the
 * shared lists, which belong to the deployment, their publishing tenant).
 */
class BlacklistSchemaTest {

  private final BlacklistSchema schema = new BlacklistSchema();
  private final Path folder = Path.of("src/main/resources", schema.location());

  @Test
  void theListedScriptsAreTheScriptsOfTheFolder() throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      assertThat(files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".sql")))
          .containsExactlyInAnyOrderElementsOf(schema.scripts());
    }
  }

  @Test
  void everyTableHasThePrefixAndIsKeyedByTenant() throws IOException {
    Pattern table = Pattern.compile("CREATE TABLE (\\w+) \\((.*?)\\) ENGINE", Pattern.DOTALL);
    for (String script : schema.scripts()) {
      var m = table.matcher(Files.readString(folder.resolve(script)));
      int tables = 0;
      while (m.find()) {
        tables++;
        assertThat(m.group(1)).startsWith("bl_");
        if (m.group(1).equals("bl_shared_entry")) {
          // the deployment's shared lists: each row names its publishing tenant instead
          assertThat(m.group(2)).contains("publisher_tenant");
        } else {
          assertThat(m.group(2)).contains("PRIMARY KEY (tenant_id, ");
        }
      }
      if (script.startsWith("V1__")) {
        assertThat(tables).as("tables in %s", script).isEqualTo(6);
      }
    }
    assertThat(schema.historyTable()).startsWith("bl_");
  }
}
