package org.tourismpolicing.core.idempotency;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.tourismpolicing.core.persistence.StartupOrder;
import org.tourismpolicing.core.tenant.TenantJobs;

/**
 * Forgets remembered intake answers after {@code tp.idempotency.retention} (a client retries for
 * minutes or hours, not weeks), tenant by tenant, every hour.
 */
@ApplicationScoped
public class IdempotencyRetention {

  private static final Logger LOG = Logger.getLogger(IdempotencyRetention.class.getName());

  @Resource ManagedScheduledExecutorService scheduler;

  @Inject
  @ConfigProperty(name = "tp.idempotency.retention", defaultValue = "PT24H")
  Duration retention;

  @Inject TenantJobs jobs;
  @Inject IdempotencyStore store;
  @Inject Clock clock;

  private ScheduledFuture<?> task;

  void onStart(
      @Observes @Priority(StartupOrder.TENANTS + 20) @Initialized(ApplicationScoped.class)
          Object ignored) {
    task = scheduler.scheduleWithFixedDelay(this::purge, 1, 60, TimeUnit.MINUTES);
  }

  /** Purges every tenant's expired answers; returns how many were removed. */
  public int purge() {
    int[] removed = {0};
    jobs.forEachTenant(
        "idempotency-retention",
        tenant -> removed[0] += store.purgeBefore(clock.instant().minus(retention)));
    if (removed[0] > 0) {
      LOG.fine(() -> "forgot " + removed[0] + " idempotency record(s)");
    }
    return removed[0];
  }

  @PreDestroy
  void stop() {
    if (task != null) {
      task.cancel(false);
    }
  }
}
