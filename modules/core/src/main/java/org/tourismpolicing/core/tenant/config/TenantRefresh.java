package org.tourismpolicing.core.tenant.config;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.tourismpolicing.core.persistence.StartupOrder;
import org.tourismpolicing.core.tenant.TenantDirectory;
import org.tourismpolicing.core.tenant.TenantId;

/**
 * Keeps this instance's tenants in step with the tenant register, so an update applied through
 * another instance reaches this one within {@code tp.tenant-config.refresh-interval}.
 */
@ApplicationScoped
public class TenantRefresh {

  private static final Logger LOG = Logger.getLogger(TenantRefresh.class.getName());

  @Resource ManagedScheduledExecutorService scheduler;

  @Inject
  @ConfigProperty(name = "tp.tenant-config.refresh-interval", defaultValue = "PT30S")
  Duration interval;

  @Inject TenantStore store;
  @Inject TenantDirectory tenants;

  private ScheduledFuture<?> task;

  void onStart(
      @Observes @Priority(StartupOrder.TENANTS + 10) @Initialized(ApplicationScoped.class)
          Object ignored) {
    if (interval.isZero() || interval.isNegative()) {
      return;
    }
    task =
        scheduler.scheduleWithFixedDelay(
            this::refresh, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
  }

  /** Reloads every stored tenant whose revision differs from the one this instance serves. */
  public void refresh() {
    try {
      for (TenantStore.Revision r : store.revisions()) {
        TenantId id = TenantId.of(r.id());
        boolean stale =
            tenants.loaded(id).map(t -> !t.revision().equals(r.revision())).orElse(false);
        if (stale) {
          store.loadStored(id).ifPresent(tenants::register);
        }
      }
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "tenant refresh failed; will try again", e);
    }
  }

  @PreDestroy
  void stop() {
    if (task != null) {
      task.cancel(false);
    }
  }
}
