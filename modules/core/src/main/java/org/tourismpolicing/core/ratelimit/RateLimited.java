package org.tourismpolicing.core.ratelimit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Limits how often one client may call a resource method of one tenant: at most {@code capacity}
 * requests per {@code period}, refilled gradually, counted cluster-wide ({@link RateLimits}). A
 * refused request answers 429 with {@code Retry-After} before the method runs. The deployment
 * overrides the values with {@code tp.rate-limit.<name>.capacity} and {@code .period}; the client
 * is identified by {@link ClientAddresses}. Several methods naming the same limit share its
 * buckets.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface RateLimited {

  /** The limit's stable name, also its configuration key (e.g. {@code blacklist-public-lookup}). */
  String value();

  /** Requests per period, unless configured otherwise. */
  long capacity();

  /** The period, an ISO-8601 duration such as {@code PT1M}, unless configured otherwise. */
  String period();
}
