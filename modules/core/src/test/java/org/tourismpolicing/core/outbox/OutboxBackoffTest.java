package org.tourismpolicing.core.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class OutboxBackoffTest {

  private static final Instant NOW = Instant.parse("2026-05-01T08:00:00Z");

  private final OutboxBackoff backoff =
      new OutboxBackoff(Duration.ofSeconds(10), Duration.ofMinutes(5), 6);

  @Test
  void thePauseDoublesFromTheBase() {
    assertThat(backoff.pauseAfter(1)).isEqualTo(Duration.ofSeconds(10));
    assertThat(backoff.pauseAfter(2)).isEqualTo(Duration.ofSeconds(20));
    assertThat(backoff.pauseAfter(3)).isEqualTo(Duration.ofSeconds(40));
    assertThat(backoff.pauseAfter(5)).isEqualTo(Duration.ofSeconds(160));
  }

  @Test
  void thePauseStopsGrowingAtTheMaximum() {
    assertThat(backoff.pauseAfter(6)).isEqualTo(Duration.ofMinutes(5));
    // no overflow however many attempts were counted
    assertThat(backoff.pauseAfter(Integer.MAX_VALUE)).isEqualTo(Duration.ofMinutes(5));
  }

  @Test
  void theNextAttemptIsThePauseAfterTheFailure() {
    assertThat(backoff.nextAttempt(1, NOW)).contains(Instant.parse("2026-05-01T08:00:10Z"));
    assertThat(backoff.nextAttempt(3, NOW)).contains(Instant.parse("2026-05-01T08:00:40Z"));
  }

  @Test
  void afterTheLastAttemptThereIsNoNextOne() {
    assertThat(backoff.nextAttempt(5, NOW)).isPresent();
    assertThat(backoff.nextAttempt(6, NOW)).isEmpty();
    assertThat(backoff.nextAttempt(7, NOW)).isEmpty();
  }

  @Test
  void settingsThatMakeNoSenseAreRefused() {
    assertThatThrownBy(() -> new OutboxBackoff(Duration.ZERO, Duration.ofMinutes(1), 3))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new OutboxBackoff(Duration.ofMinutes(2), Duration.ofMinutes(1), 3))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new OutboxBackoff(Duration.ofSeconds(1), Duration.ofMinutes(1), 0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> backoff.pauseAfter(0)).isInstanceOf(IllegalArgumentException.class);
  }
}
