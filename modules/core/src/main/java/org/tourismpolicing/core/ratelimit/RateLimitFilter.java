package org.tourismpolicing.core.ratelimit;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.Method;
import java.time.Duration;
import org.tourismpolicing.core.tenant.TenantContext;

/**
 * Applies {@link RateLimited} to the resource methods that carry it: after the tenant is known (the
 * access filter runs first), before the body is read or any work is done.
 */
@Provider
@Priority(Priorities.AUTHORIZATION + 100)
public class RateLimitFilter implements ContainerRequestFilter {

  @Inject RateLimits limits;
  @Inject ClientAddresses clients;
  @Inject TenantContext tenantContext;

  @Context ResourceInfo resource;
  @Context HttpServletRequest request;

  @Override
  public void filter(ContainerRequestContext context) {
    Method method = resource.getResourceMethod();
    RateLimited declared = method == null ? null : method.getAnnotation(RateLimited.class);
    if (declared == null) {
      return;
    }
    limits.take(limitOf(declared), tenantContext.require(), clients.of(request));
  }

  static RateLimit limitOf(RateLimited declared) {
    return new RateLimit(declared.value(), declared.capacity(), Duration.parse(declared.period()));
  }
}
