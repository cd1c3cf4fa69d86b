package org.tourismpolicing.core.ratelimit;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.tourismpolicing.core.tenant.TenantId;

/**
 * Token buckets (Bucket4j) for anonymous public endpoints, one per limit, tenant and client, kept
 * in this server's memory: with several servers behind a load balancer each enforces the limit on
 * its own share, which is what a per-address brake needs (the database is not touched for it).
 *
 * <p>The client is the connection's remote address, or — only when {@code
 * tp.rate-limit.client-header} names a header that the deployment's reverse proxy sets, such as
 * {@code X-Forwarded-For} — the first address in that header. Trusting a header that clients can
 * set themselves would let anyone pick a fresh bucket per request.
 */
@ApplicationScoped
public class RateLimits {

  /** Above this many buckets, the full ones (clients idle for a whole period) are dropped. */
  static final int PRUNE_ABOVE = 50_000;

  private final Map<Key, Bucket> buckets = new ConcurrentHashMap<>();
  private final Map<String, RateLimit> effective = new ConcurrentHashMap<>();

  @Inject Config config;

  @Inject
  @ConfigProperty(name = "tp.rate-limit.client-header")
  Optional<String> clientHeader;

  /**
   * Takes one request from the client's bucket of this limit.
   *
   * @throws TooManyRequests when the bucket is empty, with the seconds until one request is allowed
   *     again
   */
  public void take(RateLimit limit, TenantId tenant, String client) {
    RateLimit applied = effective.computeIfAbsent(limit.name(), n -> configured(limit));
    if (buckets.size() > PRUNE_ABOVE) {
      prune();
    }
    Bucket bucket =
        buckets.computeIfAbsent(
            new Key(applied.name(), tenant.value(), client), k -> newBucket(applied));
    ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
    if (!probe.isConsumed()) {
      long seconds = Math.max(1, TimeUnit.NANOSECONDS.toSeconds(probe.getNanosToWaitForRefill()));
      throw new TooManyRequests(seconds);
    }
  }

  /** The client of a request, as described on the class. */
  public String clientOf(HttpServletRequest request) {
    if (clientHeader.isPresent() && !clientHeader.get().isBlank()) {
      String forwarded = request.getHeader(clientHeader.get());
      if (forwarded != null && !forwarded.isBlank()) {
        return forwarded.split(",", 2)[0].trim();
      }
    }
    return request.getRemoteAddr();
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

  private static Bucket newBucket(RateLimit limit) {
    return Bucket.builder()
        .addLimit(
            Bandwidth.builder()
                .capacity(limit.capacity())
                .refillGreedy(limit.capacity(), limit.period())
                .build())
        .build();
  }

  private void prune() {
    buckets
        .entrySet()
        .removeIf(
            e -> {
              RateLimit limit = effective.get(e.getKey().limit());
              return limit != null && e.getValue().getAvailableTokens() >= limit.capacity();
            });
  }

  private record Key(String limit, String tenant, String client) {}
}
