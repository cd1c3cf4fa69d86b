package org.tourismpolicing.informantrewards.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.tourismpolicing.core.tenant.TenantContext;
import org.tourismpolicing.informantrewards.infrastructure.InformantRewardsRepository;

/**
 * The budget row of a period, made ready in a transaction of its own before an approval counts
 * against it: racing approvals then contend only for the row's lock in one conditional update, and
 * never for its creation (which could deadlock them).
 */
@ApplicationScoped
public class BudgetRows {

  @Inject InformantRewardsRepository repository;
  @Inject TenantContext tenantContext;

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void ensure(String period, long limitFen) {
    repository.ensureBudget(tenantContext.require().value(), period, limitFen);
  }
}
