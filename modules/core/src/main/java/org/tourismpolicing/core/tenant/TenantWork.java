package org.tourismpolicing.core.tenant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;
import java.util.function.Supplier;

/**
 * Runs a unit of work for an explicitly named tenant: start-up imports, scheduled jobs, work handed
 * to a managed executor. The tenant is set for the duration of the call and restored in {@code
 * finally}; a request context is opened when none is active, so nothing is left on a pooled thread.
 */
@ApplicationScoped
public class TenantWork {

  @Inject TenantContext context;

  @ActivateRequestContext
  public <T> T call(TenantId tenant, Supplier<T> work) {
    TenantId previous = context.swap(tenant);
    try {
      return work.get();
    } finally {
      context.swap(previous);
    }
  }

  public void run(TenantId tenant, Runnable work) {
    call(
        tenant,
        () -> {
          work.run();
          return null;
        });
  }
}
