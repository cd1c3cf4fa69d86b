package org.tourismpolicing.core.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.tourismpolicing.core.persistence.CorePersistence;
import org.tourismpolicing.core.security.CallerIdentity;
import org.tourismpolicing.core.tenant.TenantContext;

/**
 * Appends to the current tenant's audit trail, inside the transaction of the change it records, so
 * a change and its record commit or roll back together. The tenant's chain head is locked for the
 * append: records of one tenant are strictly ordered, other tenants are not held up.
 *
 * <p>Before/after summaries are serialized as JSON. Callers pass summaries, not entities, and leave
 * out anything that must never be in the trail (an informant's identity).
 */
@ApplicationScoped
public class AuditTrail {

  private static final int MAX_STATE_CHARS = 16_000;

  private static final Jsonb JSON =
      JsonbBuilder.create(new JsonbConfig().withNullValues(false).withFormatting(false));

  @Inject CorePersistence persistence;
  @Inject TenantContext tenant;
  @Inject CallerIdentity caller;
  @Inject Clock clock;

  /** Records a change made by the caller of the current request (or the system). */
  @Transactional(Transactional.TxType.MANDATORY)
  public AuditRecord record(
      String action, String subjectType, String subjectId, Object before, Object after) {
    return recordAs(caller.name(), action, subjectType, subjectId, before, after);
  }

  @Transactional(Transactional.TxType.MANDATORY)
  public AuditRecord recordAs(
      String actor,
      String action,
      String subjectType,
      String subjectId,
      Object before,
      Object after) {
    String tenantId = tenant.require().value();
    EntityManager em = persistence.tenant();
    AuditChainHead head =
        persistence.platform().find(AuditChainHead.class, tenantId, LockModeType.PESSIMISTIC_WRITE);
    if (head == null) {
      head = new AuditChainHead(tenantId);
      persistence.platform().persist(head);
    }
    long seq = head.lastSeq() + 1;
    // the column keeps microseconds; hashing what is stored keeps verification exact
    Instant at = clock.instant().truncatedTo(ChronoUnit.MICROS);
    String beforeJson = summary(before);
    String afterJson = summary(after);
    String hash =
        AuditHash.of(
            tenantId,
            seq,
            at,
            actor,
            action,
            subjectType,
            subjectId,
            beforeJson,
            afterJson,
            head.lastHash());
    AuditRecord record =
        new AuditRecord(
            seq,
            at,
            actor,
            action,
            subjectType,
            subjectId,
            beforeJson,
            afterJson,
            head.lastHash(),
            hash);
    em.persist(record);
    head.advance(seq, hash);
    return record;
  }

  /** Creates the tenant's chain head if it has none (at onboarding, before any record races). */
  @Transactional(Transactional.TxType.MANDATORY)
  public void ensureChain() {
    String tenantId = tenant.require().value();
    if (persistence.platform().find(AuditChainHead.class, tenantId) == null) {
      persistence.platform().persist(new AuditChainHead(tenantId));
      persistence.platform().flush();
    }
  }

  static String summary(Object state) {
    if (state == null) {
      return null;
    }
    String json = state instanceof String s ? s : JSON.toJson(state);
    return json.length() <= MAX_STATE_CHARS ? json : json.substring(0, MAX_STATE_CHARS) + "…";
  }
}
