package org.tourismpolicing.informantrewards.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The listed migrations are exactly the scripts in the folder, every table carries the module's
 * prefix and the tenant in its key, and the ledger's one-payment-per-reward key is there.
 */
class InformantRewardsSchemaTest {

  private final InformantRewardsSchema schema = new InformantRewardsSchema();
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
    String script = Files.readString(folder.resolve(schema.scripts().get(0)));
    var m = table.matcher(script);
    int tables = 0;
    while (m.find()) {
      tables++;
      assertThat(m.group(1)).startsWith("ir_");
      assertThat(m.group(2)).contains("PRIMARY KEY (tenant_id, ");
    }
    assertThat(tables).isEqualTo(8);
    assertThat(script).contains("CONSTRAINT ir_reward_payment_once UNIQUE (tenant_id, reward_id)");
    assertThat(script).contains("CONSTRAINT ir_reward_tip_unique UNIQUE (tenant_id, tip_id)");
    assertThat(schema.historyTable()).startsWith("ir_");
  }
}
