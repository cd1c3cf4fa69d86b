package org.tourismpolicing.core.tenant.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.tourismpolicing.core.persistence.CorePersistence;
import org.tourismpolicing.core.tenant.Tenant;
import org.tourismpolicing.core.tenant.TenantId;
import tools.jackson.databind.json.JsonMapper;

/** Reads the tenant register ({@code core_tenant}): what every instance loads tenants from. */
@ApplicationScoped
public class TenantStore {

  private static final Logger LOG = Logger.getLogger(TenantStore.class.getName());
  private static final JsonMapper JSON = JsonMapper.builder().build();

  @Inject CorePersistence persistence;
  @Inject TenantLoader loader;

  /** A stored row's id and revision, to see cheaply what changed. */
  public record Revision(String id, String revision) {}

  @Transactional
  public Optional<TenantRecord> record(String id) {
    return Optional.ofNullable(persistence.platform().find(TenantRecord.class, id));
  }

  @Transactional
  public List<TenantRecord> records() {
    return persistence
        .platform()
        .createQuery("select t from TenantRecord t order by t.id", TenantRecord.class)
        .getResultList();
  }

  @Transactional
  public List<Revision> revisions() {
    return persistence
        .platform()
        .createQuery(
            "select new org.tourismpolicing.core.tenant.config.TenantStore.Revision(t.id, t.revision)"
                + " from TenantRecord t",
            Revision.class)
        .getResultList();
  }

  /** The stored documents of a tenant, bound; empty if none is stored or they no longer bind. */
  @Transactional
  public Optional<Tenant> loadStored(TenantId id) {
    return record(id.value()).flatMap(this::bindStored);
  }

  public TenantDocuments documents(TenantRecord r) {
    return TenantDocuments.fromCombined(JSON.readTree(r.documents()), r.origin());
  }

  Optional<Tenant> bindStored(TenantRecord r) {
    try {
      return Optional.of(loader.check(documents(r), r.id()));
    } catch (TenantConfigException e) {
      LOG.log(
          Level.WARNING,
          "stored documents of tenant {0} no longer bind: {1}",
          new Object[] {r.id(), e.getMessage()});
      return Optional.empty();
    }
  }
}
