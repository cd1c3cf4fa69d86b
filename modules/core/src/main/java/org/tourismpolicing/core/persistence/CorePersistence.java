package org.tourismpolicing.core.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;

/** Core's persistence unit, for the current tenant or at platform level. */
@ApplicationScoped
public class CorePersistence {

  @PersistenceUnit(unitName = "core")
  EntityManagerFactory unit;

  @Inject TenantEntityManagers managers;

  /** Core's entity manager for the current tenant (inside a transaction). */
  public EntityManager tenant() {
    return managers.of(unit);
  }

  /** Core's entity manager for platform-level tables (inside a transaction). */
  public EntityManager platform() {
    return managers.platform(unit);
  }
}
