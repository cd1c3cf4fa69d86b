package org.tourismpolicing.dispatch.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.tourismpolicing.core.persistence.ModuleSchema;

/** The dispatch module's tables (prefix {@code dp_}) and their migrations. */
@ApplicationScoped
public class DispatchSchema implements ModuleSchema {

  @Override
  public String module() {
    return "dispatch";
  }

  @Override
  public String location() {
    return "db/migration/dispatch";
  }

  @Override
  public String historyTable() {
    return "dp_schema_history";
  }

  @Override
  public List<String> scripts() {
    return List.of("V1__incidents_units_assignments_plans.sql");
  }
}
