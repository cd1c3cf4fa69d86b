package org.tourismpolicing.core.ratelimit;

import java.time.Duration;
import java.util.Objects;

/**
 * A named limit: at most {@code capacity} requests per {@code period} from one client of one
 * tenant, refilled gradually. The values here are the module's defaults; a deployment overrides
 * them with {@code tp.rate-limit.<name>.capacity} and {@code tp.rate-limit.<name>.period} (an ISO
 * 8601 duration such as {@code PT1M}).
 *
 * @param name stable name, also the configuration key part (e.g. {@code blacklist-public-lookup})
 */
public record RateLimit(String name, long capacity, Duration period) {

  public RateLimit {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(period, "period");
    if (capacity < 1 || period.isZero() || period.isNegative()) {
      throw new IllegalArgumentException("rate limit " + name + " needs capacity and period > 0");
    }
  }
}
