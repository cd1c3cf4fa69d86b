package org.tourismpolicing.informantrewards.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.tourismpolicing.core.audit.AuditTrail;
import org.tourismpolicing.core.money.Money;
import org.tourismpolicing.core.paging.Page;
import org.tourismpolicing.core.paging.PageRequest;
import org.tourismpolicing.core.problem.ProblemException;
import org.tourismpolicing.core.security.CallerIdentity;
import org.tourismpolicing.core.tenant.TenantContext;
import org.tourismpolicing.informantrewards.domain.InformantSettings;
import org.tourismpolicing.informantrewards.domain.Reward;
import org.tourismpolicing.informantrewards.domain.RewardPayment;
import org.tourismpolicing.informantrewards.domain.Tip;
import org.tourismpolicing.informantrewards.domain.TipStatus;
import org.tourismpolicing.informantrewards.infrastructure.InformantRewardsRepository;

/**
 * Rewards, four-eyes: the handler proposes an amount the tenant's schedule allows for a
 * verified-true tip; a reward approver who is not the proposer approves it, which counts it against
 * the budget of the current period (a conditional update: two approvals cannot both pass the limit)
 * and decides the tip's reward; the handler then records the payment once in the ledger.
 */
@ApplicationScoped
public class RewardService {

  @Inject InformantRewardsRepository repository;
  @Inject InformantTenant current;
  @Inject TenantContext tenantContext;
  @Inject TipService tips;
  @Inject AuditTrail audit;
  @Inject CallerIdentity caller;
  @Inject Clock clock;
  @Inject Instance<RewardPayout> payouts;
  @Inject BudgetRows budgets;

  @Transactional
  public Reward propose(String tipId, Long amountFen, String note) {
    Tip tip = tips.require(tipId);
    if (tip.status() != TipStatus.VERIFIED_TRUE) {
      throw ProblemException.conflict(
          "tip.transition", tip.number(), tip.status().code(), TipStatus.REWARD_DECIDED.code());
    }
    if (repository.rewardOfTip(tipId).isPresent()) {
      throw ProblemException.conflict("reward.exists", tip.number());
    }
    Money amount =
        current
            .settings()
            .schedule()
            .amountFor(tip.category(), TipStatus.VERIFIED_TRUE, amountFen, current.currency());
    Reward reward = new Reward(tip.id(), amount, blankToNull(note), caller.name(), clock.instant());
    repository.persist(reward);
    audit.record("reward.proposed", "reward", reward.id(), null, summary(reward));
    return reward;
  }

  @Transactional
  public Reward approve(String rewardId, long expectedVersion) {
    Reward reward = require(rewardId);
    if (reward.version() != expectedVersion) {
      throw ProblemException.versionConflict(expectedVersion, reward.version());
    }
    Map<String, Object> before = summary(reward);
    Instant now = clock.instant();
    InformantSettings.Budget budget = current.settings().budget();
    String period = budget.period().keyOf(now.atZone(current.tenant().timeZone()).toLocalDate());
    reward.approve(caller.name(), period, now);
    String tenant = tenantContext.require().value();
    budgets.ensure(period, budget.limitFen());
    if (!repository.commitBudget(tenant, period, reward.amount().fen())) {
      long left = Math.max(0, budget.limitFen() - repository.committed(tenant, period));
      throw ProblemException.ruleViolation(
          "reward.budget-exceeded",
          period,
          Money.of(left, current.currency()).toDecimalString(),
          reward.amount().toDecimalString());
    }
    Tip tip = tips.require(reward.tipId());
    tip.moveTo(TipStatus.REWARD_DECIDED, null, now);
    audit.record("reward.approved", "reward", reward.id(), before, summary(reward));
    audit.record("tip." + tip.status().code(), "tip", tip.id(), null, TipService.summary(tip));
    repository.flush();
    return reward;
  }

  /**
   * Pays an approved reward once. A second request (a retry, a race) finds it paid, or loses on the
   * ledger's unique key and the reward's version, and answers 409; either way the ledger holds one
   * line.
   */
  @Transactional
  public RewardPayment pay(String rewardId, RewardPayout.PaymentRequest request) {
    Reward reward = require(rewardId);
    reward.requireApproved();
    Tip tip = tips.require(reward.tipId());
    RewardPayout payout =
        payouts.stream()
            .filter(p -> p.supports(request.method()))
            .findFirst()
            .orElseThrow(
                () ->
                    ProblemException.ruleViolation(
                        "reward.method-unavailable", request.method().code()));
    String reference = payout.execute(reward, tip, request);
    Instant now = clock.instant();
    RewardPayment payment =
        new RewardPayment(reward, request.method(), reference, caller.name(), now);
    reward.paid();
    tip.moveTo(TipStatus.PAID, null, now);
    try {
      repository.persist(payment);
      repository.flush();
    } catch (PersistenceException e) {
      // the other request's ledger line won the unique key first
      throw ProblemException.conflict("reward.already-paid");
    }
    Map<String, Object> after = new LinkedHashMap<>();
    after.put("paymentId", payment.id());
    after.put("amount", payment.amount().toDecimalString());
    after.put("currency", payment.amount().currency().getCurrencyCode());
    after.put("method", payment.method());
    audit.record("reward.paid", "reward", reward.id(), summary(reward), after);
    audit.record("tip." + tip.status().code(), "tip", tip.id(), null, TipService.summary(tip));
    return payment;
  }

  @Transactional
  public Reward require(String rewardId) {
    return repository
        .find(Reward.class, rewardId)
        .orElseThrow(() -> ProblemException.notFound("reward", rewardId));
  }

  @Transactional
  public java.util.Optional<RewardPayment> paymentOf(String rewardId) {
    return repository.paymentOf(rewardId);
  }

  @Transactional
  public java.util.Optional<Reward> rewardOfTip(String tipId) {
    return repository.rewardOfTip(tipId);
  }

  @Transactional
  public Page<RewardPayment> ledger(Instant from, Instant to, PageRequest page) {
    return repository.payments(from, to, page);
  }

  /** The total paid in [from, to), however many pages the ledger lines take. */
  @Transactional
  public long paidFen(Instant from, Instant to) {
    return repository.paidFen(from, to);
  }

  static Map<String, Object> summary(Reward r) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("tipId", r.tipId());
    m.put("amount", r.amount().toDecimalString());
    m.put("currency", r.amount().currency().getCurrencyCode());
    m.put("status", r.status().code());
    m.put("proposedBy", r.proposedBy());
    if (r.approvedBy() != null) {
      m.put("approvedBy", r.approvedBy());
      m.put("budgetPeriod", r.budgetPeriod());
    }
    return m;
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
