package org.tourismpolicing.informantrewards.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Currency;
import org.tourismpolicing.core.money.Money;
import org.tourismpolicing.core.persistence.Ids;
import org.tourismpolicing.core.persistence.TenantScopedEntity;
import org.tourismpolicing.core.problem.ProblemException;

/**
 * The reward decided for one tip (at most one: unique by tip). Four-eyes: the handler proposes an
 * amount within the tenant's schedule, a reward approver who is not the proposer approves it
 * (counting it against the period's budget), and the payment is recorded once in the ledger ({@link
 * RewardPayment}).
 */
@Entity
@Table(name = "ir_reward")
public class Reward extends TenantScopedEntity {

  @Id
  @Column(name = "id", length = 36)
  private String id;

  @Column(name = "tip_id", nullable = false, updatable = false, length = 36)
  private String tipId;

  @Column(name = "amount_fen", nullable = false, updatable = false)
  private long amountFen;

  @Column(name = "currency", nullable = false, updatable = false, length = 3)
  private String currency;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", nullable = false, length = 20)
  private RewardStatus status;

  @Column(name = "note", updatable = false, length = 2000)
  private String note;

  @Column(name = "proposed_by", nullable = false, updatable = false, length = 200)
  private String proposedBy;

  @Column(name = "proposed_at", nullable = false, updatable = false)
  private Instant proposedAt;

  @Column(name = "approved_by", length = 200)
  private String approvedBy;

  @Column(name = "approved_at")
  private Instant approvedAt;

  @Column(name = "budget_period", length = 10)
  private String budgetPeriod;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  protected Reward() {}

  public Reward(String tipId, Money amount, String note, String proposedBy, Instant now) {
    this.id = Ids.newIdString();
    this.tipId = tipId;
    this.amountFen = amount.fen();
    this.currency = amount.currency().getCurrencyCode();
    this.note = note;
    this.status = RewardStatus.PROPOSED;
    this.proposedBy = proposedBy;
    this.proposedAt = now;
  }

  /**
   * Approval by a second person: the proposer may never approve their own proposal (422 {@code
   * reward.four-eyes}); only a proposed reward can be approved (409).
   */
  public void approve(String approver, String period, Instant now) {
    if (status != RewardStatus.PROPOSED) {
      throw ProblemException.conflict("reward.not-proposed", status.code());
    }
    if (approver.equals(proposedBy)) {
      throw ProblemException.ruleViolation("reward.four-eyes");
    }
    status = RewardStatus.APPROVED;
    approvedBy = approver;
    approvedAt = now;
    budgetPeriod = period;
  }

  public void requireApproved() {
    if (status == RewardStatus.PAID) {
      throw ProblemException.conflict("reward.already-paid");
    }
    if (status != RewardStatus.APPROVED) {
      throw ProblemException.conflict("reward.not-approved", status.code());
    }
  }

  public void paid() {
    requireApproved();
    status = RewardStatus.PAID;
  }

  public String id() {
    return id;
  }

  public String tipId() {
    return tipId;
  }

  public Money amount() {
    return new Money(amountFen, Currency.getInstance(currency));
  }

  public RewardStatus status() {
    return status;
  }

  public String note() {
    return note;
  }

  public String proposedBy() {
    return proposedBy;
  }

  public Instant proposedAt() {
    return proposedAt;
  }

  public String approvedBy() {
    return approvedBy;
  }

  public Instant approvedAt() {
    return approvedAt;
  }

  public String budgetPeriod() {
    return budgetPeriod;
  }

  public long version() {
    return version;
  }
}
