package org.tourismpolicing.mediation.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.tourismpolicing.core.persistence.ModuleSchema;

/** The mediation tables (prefix {@code mediation_}) and their migrations. */
@ApplicationScoped
public class MediationSchema implements ModuleSchema {

  @Override
  public String module() {
    return "mediation";
  }

  @Override
  public String location() {
    return "db/migration/mediation";
  }

  @Override
  public String historyTable() {
    return "mediation_schema_history";
  }

  @Override
  public List<String> scripts() {
    return List.of("V1__cases_mediators_tasks_satisfaction_outreach.sql");
  }
}
