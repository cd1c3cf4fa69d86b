package org.tourismpolicing.dispatch.application;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.tourismpolicing.core.persistence.StartupOrder;
import org.tourismpolicing.core.tenant.TenantJobs;
import org.tourismpolicing.core.tenant.TenantWork;

/**
 * Keeps assignments moving without a dispatcher: releases assignments not acknowledged within the
 * tenant's limit and sends the next unit, and gives waiting incidents the units that became free.
 * Runs tenant by tenant every {@code tp.dispatch.watch-interval}, and for one tenant right after a
 * unit is freed there.
 */
@ApplicationScoped
public class AssignmentWatch {

  private static final Logger LOG = Logger.getLogger(AssignmentWatch.class.getName());

  @Resource ManagedScheduledExecutorService scheduler;

  @Inject
  @ConfigProperty(name = "tp.dispatch.watch-interval", defaultValue = "PT5S")
  Duration interval;

  @Inject TenantJobs jobs;
  @Inject TenantWork work;
  @Inject AssignmentService assignments;

  private ScheduledFuture<?> task;

  void onStart(
      @Observes @Priority(StartupOrder.TENANTS + 30) @Initialized(ApplicationScoped.class)
          Object ignored) {
    long millis = Math.max(200, interval.toMillis());
    task = scheduler.scheduleWithFixedDelay(this::runAll, millis, millis, TimeUnit.MILLISECONDS);
  }

  /** One pass over every tenant. */
  public void runAll() {
    try {
      jobs.forEachTenant("dispatch-watch", tenant -> runForCurrentTenant());
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "dispatch watch pass failed", e);
    }
  }

  /** Time-outs, then the queue, for the tenant of the current unit of work. */
  public void runForCurrentTenant() {
    for (String id : assignments.overdue()) {
      assignments.timeOut(id);
    }
    serveQueue();
  }

  /** Gives waiting incidents the units free now; returns how many assignments were made. */
  public int serveQueue() {
    int made = 0;
    for (String id : assignments.understaffed()) {
      made += assignments.serveOne(id);
    }
    return made;
  }

  void onUnitFreed(@Observes(during = TransactionPhase.AFTER_SUCCESS) UnitFreed freed) {
    try {
      work.run(freed.tenant(), this::serveQueue);
    } catch (RuntimeException e) {
      // the periodic pass will try again
      LOG.log(Level.WARNING, "serving the queue after a unit was freed failed", e);
    }
  }

  @PreDestroy
  void stop() {
    if (task != null) {
      task.cancel(false);
    }
  }
}
