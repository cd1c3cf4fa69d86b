package org.tourismpolicing.core.tenant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.RequestContextController;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.function.Supplier;

/**
 * Runs a unit of work for an explicitly named tenant: start-up imports, scheduled jobs, work handed
 * to a managed executor. A request context is opened when none is active (and closed after), the
 * tenant is set for the duration of the call and restored in {@code finally}, so nothing is left on
 * a pooled thread for the next task.
 */
@ApplicationScoped
public class TenantWork {

  @Inject Instance<RequestContextController> controllers;
  @Inject TenantContext context;

  public <T> T call(TenantId tenant, Supplier<T> work) {
    RequestContextController controller = controllers.get();
    boolean activated = controller.activate();
    try {
      TenantId previous = context.swap(tenant);
      try {
        return work.get();
      } finally {
        context.swap(previous);
      }
    } finally {
      if (activated) {
        controller.deactivate();
      }
      controllers.destroy(controller);
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
