package org.tourismpolicing.blacklist.application;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.tourismpolicing.blacklist.domain.Watch;
import org.tourismpolicing.blacklist.infrastructure.BlacklistRepository;
import org.tourismpolicing.blacklist.infrastructure.WebhookSender;
import org.tourismpolicing.core.persistence.StartupOrder;
import org.tourismpolicing.core.tenant.TenantJobs;

/**
 * Sends the pending webhooks of every tenant every {@code tp.blacklist.webhook.interval}: each
 * delivery read in a transaction, posted outside any transaction, its outcome recorded in another.
 * Failures are retried with exponential backoff ({@code tp.blacklist.webhook.backoff} × 2^n) up to
 * {@code tp.blacklist.webhook.max-attempts}, then marked failed. Why an attempt failed (the
 * target's status, a refused connection, a target the policy refuses) is logged here and nowhere a
 * caller can read it.
 */
@ApplicationScoped
public class WebhookJob {

  private static final Logger LOG = Logger.getLogger(WebhookJob.class.getName());
  private static final int BATCH = 50;

  @Resource ManagedScheduledExecutorService scheduler;

  @Inject
  @ConfigProperty(name = "tp.blacklist.webhook.interval", defaultValue = "PT10S")
  Duration interval;

  @Inject
  @ConfigProperty(name = "tp.blacklist.webhook.max-attempts", defaultValue = "6")
  int maxAttempts;

  @Inject
  @ConfigProperty(name = "tp.blacklist.webhook.backoff", defaultValue = "PT30S")
  Duration backoff;

  @Inject TenantJobs jobs;
  @Inject Outbox outbox;
  @Inject WebhookSender sender;

  private ScheduledFuture<?> task;

  void onStart(
      @Observes @Priority(StartupOrder.TENANTS + 41) @Initialized(ApplicationScoped.class)
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
      jobs.forEachTenant("blacklist-webhooks", tenant -> runForCurrentTenant());
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "blacklist webhook pass failed", e);
    }
  }

  public void runForCurrentTenant() {
    for (String id : outbox.due(BATCH)) {
      outbox
          .prepare(id)
          .ifPresent(
              p -> {
                WebhookSender.Outcome outcome =
                    sender.send(p.url(), p.secret(), p.deliveryId(), p.payload());
                if (!outcome.delivered()) {
                  LOG.log(
                      Level.WARNING,
                      "webhook delivery {0} to {1} failed: {2}",
                      new Object[] {
                        p.deliveryId(),
                        p.url(),
                        outcome.statusCode() != null
                            ? "status " + outcome.statusCode()
                            : outcome.cause()
                      });
                }
                outbox.record(id, outcome, maxAttempts, backoff);
              });
    }
  }

  /** The outbox's transactions. */
  @ApplicationScoped
  public static class Outbox {

    /** Longer than a post can take (connect and read time-outs of 10 s each). */
    static final Duration LEASE = Duration.ofMinutes(2);

    @Inject BlacklistRepository repository;
    @Inject Clock clock;

    /** What one attempt needs. */
    public record Prepared(String deliveryId, String url, String secret, String payload) {}

    @Transactional
    public List<String> due(int limit) {
      return repository.dueDeliveries(clock.instant(), limit);
    }

    @Transactional
    public Optional<Prepared> prepare(String id) {
      return repository
          .deliveryForUpdate(id)
          .filter(d -> d.claim(clock.instant(), LEASE))
          .flatMap(
              d ->
                  repository
                      .watch(d.watchId())
                      .map(Watch.class::cast)
                      .map(w -> new Prepared(d.id(), w.callbackUrl(), w.secret(), d.payload())));
    }

    @Transactional
    public void record(
        String id, WebhookSender.Outcome outcome, int maxAttempts, Duration backoff) {
      repository
          .delivery(id)
          .ifPresent(d -> d.attempted(outcome.statusCode(), clock.instant(), maxAttempts, backoff));
    }
  }
}
