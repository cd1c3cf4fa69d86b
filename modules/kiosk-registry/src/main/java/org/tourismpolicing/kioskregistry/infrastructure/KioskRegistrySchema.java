package org.tourismpolicing.kioskregistry.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.tourismpolicing.core.persistence.ModuleSchema;

/** The kiosk registry's tables (prefix {@code kr_}) and their migrations. */
@ApplicationScoped
public class KioskRegistrySchema implements ModuleSchema {

  @Override
  public String module() {
    return "kiosk-registry";
  }

  @Override
  public String location() {
    return "db/migration/kiosk_registry";
  }

  @Override
  public String historyTable() {
    return "kr_schema_history";
  }

  @Override
  public List<String> scripts() {
    return List.of("V1__kiosks_amenities_duty_walk_ins.sql");
  }
}
