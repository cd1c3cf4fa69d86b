package org.tourismpolicing.core.ratelimit;

import jakarta.enterprise.util.Nonbinding;
import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Limits how often one client may call a resource method of one tenant: at most {@code capacity}
 * requests per {@code period}, refilled gradually, counted cluster-wide ({@link RateLimits}). The
 * request is counted when the method is called — after the runtime has read and checked its body,
 * before the method does anything — and a refused one answers 429 with {@code Retry-After}. The
 * deployment overrides the values with {@code tp.rate-limit.<name>.capacity} and {@code .period};
 * the client is identified by {@link ClientAddresses}. Methods naming the same limit share its
 * buckets.
 */
@Documented
@InterceptorBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface RateLimited {

  /** The limit's stable name, also its configuration key (e.g. {@code blacklist-public-lookup}). */
  @Nonbinding
  String value();

  /** Requests per period, unless configured otherwise. */
  @Nonbinding
  long capacity();

  /** The period, an ISO-8601 duration such as {@code PT1M}, unless configured otherwise. */
  @Nonbinding
  String period();
}
