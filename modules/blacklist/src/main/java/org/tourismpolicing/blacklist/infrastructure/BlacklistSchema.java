package org.tourismpolicing.blacklist.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.tourismpolicing.core.persistence.ModuleSchema;

/** The blacklist tables (prefix {@code bl_}) and their migrations. */
@ApplicationScoped
public class BlacklistSchema implements ModuleSchema {

  @Override
  public String module() {
    return "blacklist";
  }

  @Override
  public String location() {
    return "db/migration/blacklist";
  }

  @Override
  public String historyTable() {
    return "bl_schema_history";
  }

  @Override
  public List<String> scripts() {
    return List.of(
        "V1__entries_appeals_evidence_watches_shared_lists.sql", "V5__open_entry_per_subject.sql");
  }
}
