package org.tourismpolicing.core.ratelimit;

import jakarta.annotation.Priority;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import org.tourismpolicing.core.tenant.TenantContext;

/**
 * Applies {@link RateLimited}: before the method (and before an {@code @Idempotent} replay, which
 * counts like any request), one request is taken from the client's bucket.
 */
@RateLimited(value = "", capacity = 1, period = "PT1S")
@Interceptor
@Priority(Interceptor.Priority.LIBRARY_BEFORE - 10)
public class RateLimitInterceptor {

  @Inject RateLimits limits;
  @Inject ClientAddresses clients;
  @Inject TenantContext tenantContext;
  @Inject Instance<HttpServletRequest> requests;

  @AroundInvoke
  public Object around(InvocationContext invocation) throws Exception {
    RateLimited declared = invocation.getMethod().getAnnotation(RateLimited.class);
    if (declared == null) {
      declared = invocation.getMethod().getDeclaringClass().getAnnotation(RateLimited.class);
    }
    limits.take(limitOf(declared), tenantContext.require(), clients.of(requests.get()));
    return invocation.proceed();
  }

  static RateLimit limitOf(RateLimited declared) {
    return new RateLimit(declared.value(), declared.capacity(), Duration.parse(declared.period()));
  }
}
