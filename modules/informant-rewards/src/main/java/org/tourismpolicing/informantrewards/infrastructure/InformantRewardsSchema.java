package org.tourismpolicing.informantrewards.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.tourismpolicing.core.persistence.ModuleSchema;

/** The informant rewards module's tables (prefix {@code ir_}) and their migrations. */
@ApplicationScoped
public class InformantRewardsSchema implements ModuleSchema {

  @Override
  public String module() {
    return "informant-rewards";
  }

  @Override
  public String location() {
    return "db/migration/informant_rewards";
  }

  @Override
  public String historyTable() {
    return "ir_schema_history";
  }

  @Override
  public List<String> scripts() {
    return List.of("V1__informants_tips_rewards_ledger.sql");
  }
}
