package org.tourismpolicing.core.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** Core's own tables: tenants, audit trail, idempotency records. Prefix {@code core_}. */
@ApplicationScoped
public class CoreSchema implements ModuleSchema {

  @Override
  public String module() {
    return "core";
  }

  @Override
  public String location() {
    return "db/migration/core";
  }

  @Override
  public String historyTable() {
    return "core_schema_history";
  }

  @Override
  public List<String> scripts() {
    return List.of(
        "V1__tenants_audit_idempotency.sql", "V5__rate_limit_buckets.sql", "V6__outbox.sql");
  }

  @Override
  public int order() {
    return 0;
  }
}
