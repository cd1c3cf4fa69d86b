package org.tourismpolicing.core.time;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The time every module reads, as a {@link Clock} bean (UTC). Code never calls {@code
 * Instant.now()} itself, so tests can move time to check opening hours, deadlines and time-outs
 * without sleeping. Moving it at runtime is possible only when {@code tp.clock.adjustable} is true
 * (test and demo servers); otherwise it is the system clock.
 */
@ApplicationScoped
public class ApplicationClock {

  @Inject
  @ConfigProperty(name = "tp.clock.adjustable", defaultValue = "false")
  boolean adjustable;

  private final Adjustable clock = new Adjustable();

  @Produces
  Clock clock() {
    return clock;
  }

  public boolean isAdjustable() {
    return adjustable;
  }

  /** Fixes the clock at {@code instant} (null releases it) and/or shifts it by {@code offset}. */
  public void adjust(Instant fixedAt, Duration offset) {
    if (!adjustable) {
      throw new IllegalStateException("tp.clock.adjustable is false");
    }
    clock.fixedAt = fixedAt;
    clock.offset = offset == null ? Duration.ZERO : offset;
  }

  public Instant now() {
    return clock.instant();
  }

  private static final class Adjustable extends Clock {
    private volatile Instant fixedAt;
    private volatile Duration offset = Duration.ZERO;

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      Adjustable source = this;
      return new Clock() {
        @Override
        public ZoneId getZone() {
          return zone;
        }

        @Override
        public Clock withZone(ZoneId other) {
          return source.withZone(other);
        }

        @Override
        public Instant instant() {
          return source.instant();
        }
      };
    }

    @Override
    public Instant instant() {
      Instant base = fixedAt != null ? fixedAt : Instant.now();
      return base.plus(offset);
    }
  }
}
