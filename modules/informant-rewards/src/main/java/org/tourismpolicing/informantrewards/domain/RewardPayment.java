package org.tourismpolicing.informantrewards.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Currency;
import org.tourismpolicing.core.money.Money;
import org.tourismpolicing.core.persistence.Ids;
import org.tourismpolicing.core.persistence.TenantScopedEntity;

/**
 * One line of the append-only payment ledger: every column is insert-only, the module has no update
 * or delete of it, and the table's unique key on the reward makes a second payment of one reward
 * impossible, however many requests race.
 */
@Entity
@Table(name = "ir_reward_payment")
public class RewardPayment extends TenantScopedEntity {

  @Id
  @Column(name = "id", length = 36)
  private String id;

  @Column(name = "reward_id", nullable = false, updatable = false, length = 36)
  private String rewardId;

  @Column(name = "tip_id", nullable = false, updatable = false, length = 36)
  private String tipId;

  @Column(name = "amount_fen", nullable = false, updatable = false)
  private long amountFen;

  @Column(name = "currency", nullable = false, updatable = false, length = 3)
  private String currency;

  @Column(name = "method", nullable = false, updatable = false, length = 20)
  private String method;

  @Column(name = "reference", updatable = false, length = 100)
  private String reference;

  @Column(name = "paid_by", nullable = false, updatable = false, length = 200)
  private String paidBy;

  @Column(name = "paid_at", nullable = false, updatable = false)
  private Instant paidAt;

  protected RewardPayment() {}

  public RewardPayment(
      Reward reward, PaymentMethod method, String reference, String paidBy, Instant now) {
    this.id = Ids.newIdString();
    this.rewardId = reward.id();
    this.tipId = reward.tipId();
    this.amountFen = reward.amount().fen();
    this.currency = reward.amount().currency().getCurrencyCode();
    this.method = method.code();
    this.reference = reference;
    this.paidBy = paidBy;
    this.paidAt = now;
  }

  public String id() {
    return id;
  }

  public String rewardId() {
    return rewardId;
  }

  public String tipId() {
    return tipId;
  }

  public Money amount() {
    return new Money(amountFen, Currency.getInstance(currency));
  }

  public String method() {
    return method;
  }

  public String reference() {
    return reference;
  }

  public String paidBy() {
    return paidBy;
  }

  public Instant paidAt() {
    return paidAt;
  }
}
