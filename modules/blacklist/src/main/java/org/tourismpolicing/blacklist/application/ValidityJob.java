package org.tourismpolicing.blacklist.application;

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
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.tourismpolicing.blacklist.infrastructure.BlacklistRepository;
import org.tourismpolicing.core.persistence.StartupOrder;
import org.tourismpolicing.core.tenant.TenantJobs;

/**
 * Applies validity without anyone asking: signed-off entries become active on their effective date,
 * and entries expire at the end of their validity. Runs tenant by tenant every {@code
 * tp.blacklist.validity-interval}, with the injected clock, each entry in its own transaction.
 */
@ApplicationScoped
public class ValidityJob {

  private static final Logger LOG = Logger.getLogger(ValidityJob.class.getName());
  private static final int BATCH = 200;

  @Resource ManagedScheduledExecutorService scheduler;

  @Inject
  @ConfigProperty(name = "tp.blacklist.validity-interval", defaultValue = "PT1M")
  Duration interval;

  @Inject TenantJobs jobs;
  @Inject EntryService entries;
  @Inject DueEntries due;

  private ScheduledFuture<?> task;

  void onStart(
      @Observes @Priority(StartupOrder.TENANTS + 40) @Initialized(ApplicationScoped.class)
          Object ignored) {
    long millis = Math.max(200, interval.toMillis());
    task = scheduler.scheduleWithFixedDelay(this::runAll, millis, millis, TimeUnit.MILLISECONDS);
  }

  @PreDestroy
  void stop() {
    if (task != null) {
      task.cancel(false);
    }
  }

  public void runAll() {
    try {
      jobs.forEachTenant("blacklist-validity", tenant -> runForCurrentTenant());
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "blacklist validity pass failed", e);
    }
  }

  /** Answers how many entries changed. */
  public int runForCurrentTenant() {
    int changed = 0;
    for (String id : due.ids(BATCH)) {
      try {
        changed += entries.applyValidity(id);
      } catch (RuntimeException e) {
        // a concurrent edit won; the next pass sees the entry again if still due
        LOG.log(Level.FINE, "validity of entry " + id + " not applied this pass", e);
      }
    }
    return changed;
  }

  /** The due entries of the current tenant, read in a transaction of their own. */
  @ApplicationScoped
  public static class DueEntries {

    @Inject BlacklistRepository repository;
    @Inject Clock clock;

    @jakarta.transaction.Transactional
    public java.util.List<String> ids(int limit) {
      return repository.dueEntries(clock.instant(), limit);
    }
  }
}
