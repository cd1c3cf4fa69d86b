package org.tourismpolicing.core.persistence;

import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.SynchronizationType;
import jakarta.transaction.TransactionScoped;
import java.io.Serializable;
import java.util.IdentityHashMap;
import java.util.Map;
import org.eclipse.persistence.config.PersistenceUnitProperties;
import org.tourismpolicing.core.tenant.TenantContext;
import org.tourismpolicing.core.tenant.TenantId;

/**
 * Entity managers bound to the current tenant, one per persistence unit and transaction.
 *
 * <p>Each is created with the tenant id as EclipseLink's {@code eclipselink.tenant-id}, joined to
 * the JTA transaction and closed when the transaction ends. The shared cache is never shared across
 * tenants ({@code eclipselink.multitenant.tenants-share-cache} stays false), which a concurrency
 * test guards.
 */
@TransactionScoped
public class TenantEntityManagers implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient TenantContext tenantContext;

  private final transient Map<EntityManagerFactory, EntityManager> open = new IdentityHashMap<>();
  private final transient Map<EntityManagerFactory, EntityManager> platformManagers =
      new IdentityHashMap<>();
  private transient TenantId boundTenant;

  /** The entity manager of {@code unit} for the current tenant, in the current transaction. */
  public EntityManager of(EntityManagerFactory unit) {
    TenantId tenant = tenantContext.require();
    if (boundTenant != null && !boundTenant.equals(tenant)) {
      // one transaction works for one tenant; mixing would defeat the isolation this class gives
      throw new IllegalStateException(
          "transaction already works for tenant " + boundTenant + ", not " + tenant);
    }
    boundTenant = tenant;
    return open.computeIfAbsent(
        unit,
        f -> {
          EntityManager em =
              f.createEntityManager(
                  SynchronizationType.SYNCHRONIZED,
                  Map.of(PersistenceUnitProperties.MULTITENANT_PROPERTY_DEFAULT, tenant.value()));
          em.joinTransaction();
          return em;
        });
  }

  /**
   * An entity manager that acts for no tenant, for platform-level tables (the tenant register). It
   * cannot read or write tenant-owned entities: EclipseLink refuses them without a tenant id.
   */
  public EntityManager platform(EntityManagerFactory unit) {
    return platformManagers.computeIfAbsent(
        unit,
        f -> {
          EntityManager em = f.createEntityManager(SynchronizationType.SYNCHRONIZED);
          em.joinTransaction();
          return em;
        });
  }

  @PreDestroy
  void close() {
    open.values().forEach(EntityManager::close);
    open.clear();
    platformManagers.values().forEach(EntityManager::close);
    platformManagers.clear();
  }
}
