package org.tourismpolicing.core.outbox;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * When a failed delivery is tried again: after {@code base}, then twice as long each time, never
 * longer than {@code max}; after {@code maxAttempts} attempts, never (the message is dead).
 *
 * @param base pause after the first failed attempt
 * @param max longest pause
 * @param maxAttempts attempts before the message becomes a dead letter (at least 1)
 */
public record OutboxBackoff(Duration base, Duration max, int maxAttempts) {

  public OutboxBackoff {
    if (base.isNegative() || base.isZero() || max.compareTo(base) < 0 || maxAttempts < 1) {
      throw new IllegalArgumentException(
          "backoff needs 0 < base <= max and at least one attempt: "
              + base
              + ", "
              + max
              + ", "
              + maxAttempts);
    }
  }

  /** The pause after the {@code attempts}-th failed attempt (1 for the first). */
  public Duration pauseAfter(int attempts) {
    if (attempts < 1) {
      throw new IllegalArgumentException("attempts " + attempts);
    }
    // 2^(attempts-1) times base, stopping early so that the multiplication cannot overflow
    Duration pause = base;
    for (int i = 1; i < attempts && pause.compareTo(max) < 0; i++) {
      pause = pause.multipliedBy(2);
    }
    return pause.compareTo(max) > 0 ? max : pause;
  }

  /**
   * When to try again after the {@code attempts}-th attempt failed at {@code now}; empty when that
   * was the last one.
   */
  public Optional<Instant> nextAttempt(int attempts, Instant now) {
    return attempts >= maxAttempts ? Optional.empty() : Optional.of(now.plus(pauseAfter(attempts)));
  }
}
