package org.tourismpolicing.core.outbox;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.time.Instant;
import org.tourismpolicing.core.persistence.TenantScopedEntity;

/**
 * One hand-off to one consumer ({@code core_outbox}). Written by {@link Outbox} in the transaction
 * of the change; claimed, delivered and retried by the relay with plain SQL across tenants; read
 * and retried by the tenant admin through this entity, which sees its own tenant's rows only.
 */
@Entity
@Table(name = "core_outbox")
public class OutboxMessage extends TenantScopedEntity {

  @Id
  @Column(name = "id", length = 36)
  private String id;

  @Column(name = "event_type", nullable = false, length = 100)
  private String eventType;

  @Column(name = "consumer", nullable = false, length = 100)
  private String consumer;

  @Lob
  @Column(name = "payload", nullable = false)
  private String payload;

  @Enumerated(EnumType.STRING)
  @Column(name = "state", nullable = false, length = 12)
  private OutboxState state;

  @Column(name = "attempts", nullable = false)
  private int attempts;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "next_attempt_at", nullable = false)
  private Instant nextAttemptAt;

  @Column(name = "claimed_by", length = 36)
  private String claimedBy;

  @Column(name = "delivered_at")
  private Instant deliveredAt;

  @Column(name = "dead_at")
  private Instant deadAt;

  @Column(name = "last_error", length = 1000)
  private String lastError;

  protected OutboxMessage() {}

  OutboxMessage(String id, String eventType, String consumer, String payload, Instant now) {
    this.id = id;
    this.eventType = eventType;
    this.consumer = consumer;
    this.payload = payload;
    this.state = OutboxState.PENDING;
    this.attempts = 0;
    this.createdAt = now;
    this.nextAttemptAt = now;
  }

  /** Gives a dead letter a fresh set of attempts, due now. */
  void retry(Instant now) {
    if (state != OutboxState.DEAD) {
      throw new IllegalStateException("message " + id + " is " + state + ", not dead");
    }
    state = OutboxState.PENDING;
    attempts = 0;
    nextAttemptAt = now;
    claimedBy = null;
    deadAt = null;
  }

  public String id() {
    return id;
  }

  public String eventType() {
    return eventType;
  }

  public String consumer() {
    return consumer;
  }

  public String payload() {
    return payload;
  }

  public OutboxState state() {
    return state;
  }

  public int attempts() {
    return attempts;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Instant nextAttemptAt() {
    return nextAttemptAt;
  }

  public Instant deliveredAt() {
    return deliveredAt;
  }

  public Instant deadAt() {
    return deadAt;
  }

  public String lastError() {
    return lastError;
  }
}
