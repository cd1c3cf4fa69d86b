package org.tourismpolicing.core.ratelimit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;
import org.tourismpolicing.core.tenant.TenantId;

/**
 * Rate limits counted cluster-wide: one token bucket per limit, tenant and client, kept in the
 * database ({@link Buckets}), so that all servers of a deployment share it and a client gains
 * nothing by being balanced onto another server. Resource methods declare theirs with {@link
 * RateLimited}; code that limits by something else than the client (a phone number's hash) calls
 * {@link #take} itself.
 *
 * <p>The client is stored only as a SHA-256 of tenant, limit and client, and a bucket is forgotten
 * once it is full again (the client has been idle for a whole period). Buckets count real time,
 * never the adjustable application clock that tests move.
 */
@ApplicationScoped
public class RateLimits {

  private static final Logger LOG = Logger.getLogger(RateLimits.class.getName());

  /** About one take in this many also forgets the full buckets. */
  static final int FORGET_EVERY = 500;

  private final Map<String, RateLimit> effective = new ConcurrentHashMap<>();

  private final Config config;
  private final BucketStore buckets;
  private final Clock clock;

  /** For CDI. */
  protected RateLimits() {
    this(null, null, Clock.systemUTC());
  }

  @Inject
  public RateLimits(Config config, BucketStore buckets) {
    this(config, buckets, Clock.systemUTC());
  }

  RateLimits(Config config, BucketStore buckets, Clock clock) {
    this.config = config;
    this.buckets = buckets;
    this.clock = clock;
  }

  /**
   * Takes one request from the client's bucket of this limit.
   *
   * @throws TooManyRequests when the bucket is empty, with the seconds until one request is allowed
   *     again
   */
  public void take(RateLimit limit, TenantId tenant, String client) {
    RateLimit applied = effective.computeIfAbsent(limit.name(), n -> configured(limit));
    OptionalLong wait =
        buckets.take(
            tenant.value(),
            applied.name(),
            sha256(tenant.value() + "\n" + applied.name() + "\n" + client),
            applied,
            clock.instant());
    if (ThreadLocalRandom.current().nextInt(FORGET_EVERY) == 0) {
      forgetFull();
    }
    if (wait.isPresent()) {
      throw new TooManyRequests(Math.max(1, (wait.getAsLong() + 999_999) / 1_000_000));
    }
  }

  /** The limit with the deployment's overrides applied. */
  RateLimit configured(RateLimit defaults) {
    String prefix = "tp.rate-limit." + defaults.name() + ".";
    long capacity =
        config.getOptionalValue(prefix + "capacity", Long.class).orElse(defaults.capacity());
    Duration period =
        config
            .getOptionalValue(prefix + "period", String.class)
            .map(Duration::parse)
            .orElse(defaults.period());
    return new RateLimit(defaults.name(), capacity, period);
  }

  private void forgetFull() {
    try {
      buckets.forgetFull(clock.instant());
    } catch (RuntimeException e) {
      // housekeeping only: the next take tries again
      LOG.log(Level.FINE, "full rate-limit buckets not forgotten", e);
    }
  }

  static String sha256(String s) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }
}
