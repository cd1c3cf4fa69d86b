package org.tourismpolicing.dispatch.application;

import jakarta.inject.Inject;
import jakarta.transaction.TransactionScoped;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.tourismpolicing.core.audit.AuditTrail;
import org.tourismpolicing.dispatch.infrastructure.DispatchRepository;

/**
 * Audit records of the current transaction, written together at its end. The audit chain locks the
 * tenant's chain head until commit; writing last means a dispatch transaction takes that lock after
 * its incident and unit locks, always in that order, so two transactions cannot deadlock on them
 * and the chain lock is held as briefly as possible.
 */
@TransactionScoped
public class PendingAudit implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient AuditTrail trail;
  @Inject transient DispatchRepository repository;

  private final transient List<Object[]> entries = new ArrayList<>();

  public void add(
      String action, String subjectType, String subjectId, Object before, Object after) {
    entries.add(new Object[] {action, subjectType, subjectId, before, after});
  }

  /**
   * Writes what was collected; call as the last step of a transactional method. The module's own
   * changes are flushed first, so that the chain lock is held only for the audit rows and the
   * commit, not for the incident's, unit's and timeline's statements too.
   */
  public void write() {
    if (entries.isEmpty()) {
      return;
    }
    repository.em().flush();
    for (Object[] e : entries) {
      trail.record((String) e[0], (String) e[1], (String) e[2], e[3], e[4]);
    }
    entries.clear();
  }
}
