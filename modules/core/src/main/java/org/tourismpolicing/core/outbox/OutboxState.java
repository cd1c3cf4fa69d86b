package org.tourismpolicing.core.outbox;

/** Where an outbox message stands. */
public enum OutboxState {
  /** Waiting for (or in) delivery. */
  PENDING,
  /** Its consumer's transaction committed. */
  DELIVERED,
  /** Out of attempts: waits for the tenant admin. */
  DEAD
}
