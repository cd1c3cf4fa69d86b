package org.tourismpolicing.core.tenant.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Map;
import org.tourismpolicing.core.audit.AuditTrail;
import org.tourismpolicing.core.persistence.CorePersistence;
import org.tourismpolicing.core.tenant.Tenant;

/** The transaction that applies a tenant's documents: all of it, or none of it. */
@ApplicationScoped
public class TenantImport {

  @Inject CorePersistence persistence;
  @Inject AuditTrail audit;
  @Inject Clock clock;

  @Transactional
  @SuppressWarnings({"unchecked", "rawtypes"})
  public void importTenant(
      Tenant tenant,
      TenantDocuments docs,
      Map<TenantModuleConfig<?>, Object> settings,
      String fileRevision,
      String actor) {
    var em = persistence.platform();
    TenantRecord record = em.find(TenantRecord.class, tenant.id().value());
    String before = record == null ? null : record.revision();
    if (record == null) {
      record = new TenantRecord(tenant.id().value());
      record.update(
          docs.combinedJson(),
          tenant.revision(),
          fileRevision,
          docs.origin(),
          clock.instant(),
          actor);
      em.persist(record);
    } else {
      record.update(
          docs.combinedJson(),
          tenant.revision(),
          fileRevision != null ? fileRevision : record.fileRevision(),
          docs.origin(),
          clock.instant(),
          actor);
    }
    audit.ensureChain();
    for (Map.Entry<TenantModuleConfig<?>, Object> e : settings.entrySet()) {
      ((TenantModuleConfig) e.getKey()).importData(tenant, e.getValue());
    }
    audit.recordAs(
        actor,
        before == null ? "tenant.onboarded" : "tenant.updated",
        "tenant",
        tenant.id().value(),
        before == null ? null : Map.of("revision", before),
        Map.of("revision", tenant.revision(), "origin", docs.origin()));
  }
}
