package org.tourismpolicing.core.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.util.List;
import org.tourismpolicing.core.persistence.CorePersistence;
import org.tourismpolicing.core.tenant.TenantContext;

/** Reads and verifies the current tenant's audit trail. There is no way to change it. */
@ApplicationScoped
public class AuditQueries {

  private static final int BATCH = 500;

  @Inject CorePersistence persistence;
  @Inject TenantContext tenant;

  /** Records after {@code afterSeq}, oldest first, optionally for one subject. */
  @Transactional
  public List<AuditRecord> records(String subjectType, String subjectId, long afterSeq, int limit) {
    StringBuilder jpql = new StringBuilder("select r from AuditRecord r where r.seq > :after");
    if (subjectType != null) {
      jpql.append(" and r.subjectType = :type");
    }
    if (subjectId != null) {
      jpql.append(" and r.subjectId = :id");
    }
    jpql.append(" order by r.seq");
    TypedQuery<AuditRecord> q =
        persistence.tenant().createQuery(jpql.toString(), AuditRecord.class);
    q.setParameter("after", afterSeq);
    if (subjectType != null) {
      q.setParameter("type", subjectType);
    }
    if (subjectId != null) {
      q.setParameter("id", subjectId);
    }
    return q.setMaxResults(limit).getResultList();
  }

  /**
   * Walks the whole chain in order: every record must follow its predecessor (sequence and previous
   * hash), its own hash must match its fields, and the chain head must point at the last record.
   */
  @Transactional
  public AuditVerification verify() {
    String tenantId = tenant.require().value();
    EntityManager em = persistence.tenant();
    long expectedSeq = 1;
    String expectedPrev = AuditHash.GENESIS;
    long checked = 0;
    while (true) {
      List<AuditRecord> batch =
          em.createQuery(
                  "select r from AuditRecord r where r.seq >= :from order by r.seq",
                  AuditRecord.class)
              .setParameter("from", expectedSeq)
              .setMaxResults(BATCH)
              .getResultList();
      for (AuditRecord r : batch) {
        if (r.seq() != expectedSeq) {
          return AuditVerification.broken(
              checked, expectedSeq, "record " + expectedSeq + " is missing");
        }
        if (!r.prevHash().equals(expectedPrev)) {
          return AuditVerification.broken(
              checked, r.seq(), "its previous-hash does not match the record before it");
        }
        if (!AuditHash.of(tenantId, r).equals(r.hash())) {
          return AuditVerification.broken(
              checked, r.seq(), "its content does not match its hash (it was altered)");
        }
        checked++;
        expectedSeq++;
        expectedPrev = r.hash();
      }
      // detach what was checked so a long chain does not pile up in memory
      em.clear();
      if (batch.size() < BATCH) {
        break;
      }
    }
    AuditChainHead head = persistence.platform().find(AuditChainHead.class, tenantId);
    if (head != null && head.lastSeq() != expectedSeq - 1) {
      return AuditVerification.broken(
          checked, expectedSeq, "records after " + (expectedSeq - 1) + " were deleted");
    }
    if (head != null && !head.lastHash().equals(expectedPrev)) {
      return AuditVerification.broken(
          checked, expectedSeq - 1, "the last record does not match the chain head");
    }
    return AuditVerification.intact(checked);
  }
}
