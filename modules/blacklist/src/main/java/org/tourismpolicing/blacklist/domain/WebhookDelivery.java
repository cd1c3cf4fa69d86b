package org.tourismpolicing.blacklist.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import org.tourismpolicing.core.persistence.Ids;
import org.tourismpolicing.core.persistence.TenantScopedEntity;

/**
 * One webhook to send (an outbox row, written in the transaction of the change it reports) and what
 * came of its attempts: delivered on a 2xx answer; otherwise retried with exponential backoff (base
 * × 2^attempts) until the attempt limit, then failed.
 *
 * <p>What callers see of an attempt is success or failure only: a failed attempt's error is always
 * {@link #FAILED_ATTEMPT} and its status code is not shown ({@link #shownStatusCode}), whether the
 * target answered an error, refused the connection, timed out or was refused by the target policy;
 * otherwise the delivery log would tell a caller which addresses and ports answer (a port scanner).
 * The cause is written to the server's log.
 */
@Entity
@Table(name = "bl_webhook_delivery")
public class WebhookDelivery extends TenantScopedEntity {

  /** The error a caller sees after any failed attempt. */
  public static final String FAILED_ATTEMPT = "delivery failed";

  /** Delivery state. */
  public enum Status implements Coded {
    PENDING,
    DELIVERED,
    FAILED
  }

  @Id
  @Column(name = "id", length = 36)
  private String id;

  @Column(name = "watch_id", nullable = false, updatable = false, length = 36)
  private String watchId;

  @Column(name = "event", nullable = false, updatable = false, length = 30)
  private String event;

  @Column(name = "entry_id", nullable = false, updatable = false, length = 36)
  private String entryId;

  @Column(name = "payload", nullable = false, updatable = false, length = 4000)
  private String payload;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", nullable = false, length = 20)
  private Status status;

  @Column(name = "attempts", nullable = false)
  private int attempts;

  @Column(name = "next_attempt_at")
  private Instant nextAttemptAt;

  @Column(name = "last_attempt_at")
  private Instant lastAttemptAt;

  @Column(name = "last_status_code")
  private Integer lastStatusCode;

  @Column(name = "last_error", length = 500)
  private String lastError;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  protected WebhookDelivery() {}

  public static WebhookDelivery pending(
      String watchId, String event, String entryId, String payload, Instant now) {
    WebhookDelivery d = new WebhookDelivery();
    d.id = Ids.newIdString();
    d.watchId = watchId;
    d.event = event;
    d.entryId = entryId;
    d.payload = payload;
    d.status = Status.PENDING;
    d.nextAttemptAt = now;
    d.createdAt = now;
    return d;
  }

  /**
   * Takes the delivery for one attempt if it is due: it is not due again for {@code lease}, so
   * another server's job passes it by while this one posts (the outcome sets the real next time).
   */
  public boolean claim(Instant now, Duration lease) {
    if (status != Status.PENDING || nextAttemptAt == null || nextAttemptAt.isAfter(now)) {
      return false;
    }
    nextAttemptAt = now.plus(lease);
    return true;
  }

  /**
   * Records an attempt's outcome: the status code of the answer, or null when none came back (or
   * the target was refused).
   */
  public void attempted(Integer statusCode, Instant now, int maxAttempts, Duration backoffBase) {
    attempts++;
    lastAttemptAt = now;
    lastStatusCode = statusCode;
    boolean success = statusCode != null && statusCode >= 200 && statusCode < 300;
    lastError = success ? null : FAILED_ATTEMPT;
    if (success) {
      status = Status.DELIVERED;
      nextAttemptAt = null;
    } else if (attempts >= maxAttempts) {
      status = Status.FAILED;
      nextAttemptAt = null;
    } else {
      nextAttemptAt = now.plus(backoffBase.multipliedBy(1L << Math.min(attempts - 1, 20)));
    }
  }

  public String id() {
    return id;
  }

  public String watchId() {
    return watchId;
  }

  public String event() {
    return event;
  }

  public String entryId() {
    return entryId;
  }

  public String payload() {
    return payload;
  }

  public Status status() {
    return status;
  }

  public int attempts() {
    return attempts;
  }

  public Instant nextAttemptAt() {
    return nextAttemptAt;
  }

  public Instant lastAttemptAt() {
    return lastAttemptAt;
  }

  public Integer lastStatusCode() {
    return lastStatusCode;
  }

  /** The last status code as callers may see it: a success's only. */
  public Integer shownStatusCode() {
    return status == Status.DELIVERED ? lastStatusCode : null;
  }

  public String lastError() {
    return lastError;
  }

  public Instant createdAt() {
    return createdAt;
  }
}
