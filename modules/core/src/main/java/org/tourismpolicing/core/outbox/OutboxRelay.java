package org.tourismpolicing.core.outbox;

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
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.tourismpolicing.core.persistence.StartupOrder;
import org.tourismpolicing.core.problem.ProblemException;
import org.tourismpolicing.core.security.CallerIdentity;
import org.tourismpolicing.core.tenant.TenantId;
import org.tourismpolicing.core.tenant.TenantWork;

/**
 * Delivers the outbox: claims due messages (any tenant; safe with several servers on one database,
 * see {@link OutboxRows}), and hands each to its consumer with the message's tenant set, in the
 * consumer's own transaction. A failure is kept on the row and tried again after a growing pause;
 * after {@code tp.outbox.max-attempts} the message is a dead letter for the tenant admin.
 *
 * <p>Runs on a managed scheduled executor every {@code tp.outbox.poll-interval}, and right after a
 * transaction that published something commits. Delivered messages are forgotten after {@code
 * tp.outbox.retention}.
 */
@ApplicationScoped
public class OutboxRelay {

  private static final Logger LOG = Logger.getLogger(OutboxRelay.class.getName());

  @Resource ManagedScheduledExecutorService scheduler;

  @Inject
  @ConfigProperty(name = "tp.outbox.enabled", defaultValue = "true")
  boolean enabled;

  @Inject
  @ConfigProperty(name = "tp.outbox.poll-interval", defaultValue = "PT5S")
  Duration pollInterval;

  @Inject
  @ConfigProperty(name = "tp.outbox.batch-size", defaultValue = "50")
  int batchSize;

  @Inject
  @ConfigProperty(name = "tp.outbox.lease", defaultValue = "PT5M")
  Duration lease;

  @Inject
  @ConfigProperty(name = "tp.outbox.backoff", defaultValue = "PT10S")
  Duration backoffBase;

  @Inject
  @ConfigProperty(name = "tp.outbox.backoff-max", defaultValue = "PT1H")
  Duration backoffMax;

  @Inject
  @ConfigProperty(name = "tp.outbox.max-attempts", defaultValue = "10")
  int maxAttempts;

  @Inject
  @ConfigProperty(name = "tp.outbox.retention", defaultValue = "P7D")
  Duration retention;

  @Inject OutboxStore store;
  @Inject OutboxDelivery delivery;
  @Inject OutboxConsumers consumers;
  @Inject TenantWork work;
  @Inject CallerIdentity caller;

  /** Real time, never the application clock that tests move: the relay's timing spans servers. */
  final Clock clock = Clock.systemUTC();

  private final AtomicBoolean running = new AtomicBoolean();
  private final AtomicBoolean again = new AtomicBoolean();
  private volatile boolean started;
  private ScheduledFuture<?> poll;
  private ScheduledFuture<?> purge;

  void onStart(
      @Observes @Priority(StartupOrder.TENANTS + 40) @Initialized(ApplicationScoped.class)
          Object ignored) {
    if (!enabled) {
      LOG.warning("outbox relay is off (tp.outbox.enabled=false): hand-offs wait in core_outbox");
      return;
    }
    backoff(); // a bad setting fails the start, not the first failure
    started = true;
    long every = Math.max(100, pollInterval.toMillis());
    poll = scheduler.scheduleWithFixedDelay(this::wake, every, every, TimeUnit.MILLISECONDS);
    purge = scheduler.scheduleWithFixedDelay(this::forgetDelivered, 10, 60, TimeUnit.MINUTES);
  }

  OutboxBackoff backoff() {
    return new OutboxBackoff(backoffBase, backoffMax, maxAttempts);
  }

  /** Starts a drain on the executor unless one is running (which then drains once more). */
  public void wake() {
    if (!started) {
      return;
    }
    again.set(true);
    if (running.compareAndSet(false, true)) {
      try {
        scheduler.execute(this::drainWhileWoken);
      } catch (RuntimeException e) {
        running.set(false);
        LOG.log(Level.FINE, "outbox relay not started now; the next poll will", e);
      }
    }
  }

  private void drainWhileWoken() {
    try {
      while (again.getAndSet(false)) {
        while (drain() == batchSize) {
          // a full batch: there may be more due right now
        }
      }
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "outbox relay run failed; the next poll tries again", e);
    } finally {
      running.set(false);
    }
  }

  /** Claims the messages due now and delivers each; answers how many were claimed. */
  public int drain() {
    List<OutboxClaim> claims =
        store.claimDue(UUID.randomUUID().toString(), clock.instant(), lease, batchSize);
    for (OutboxClaim claim : claims) {
      deliver(claim);
    }
    return claims.size();
  }

  private void deliver(OutboxClaim claim) {
    String failure;
    Optional<OutboxConsumer<?>> consumer = consumers.named(claim.consumer());
    if (consumer.isEmpty()) {
      failure = "no consumer " + claim.consumer() + " is deployed";
    } else {
      try {
        work.run(
            TenantId.of(claim.tenant()),
            () -> {
              caller.actAsSystem("outbox:" + claim.consumer());
              delivery.deliver(claim, consumer.get());
            });
        return;
      } catch (OutboxDelivery.ClaimLost e) {
        LOG.fine(e::getMessage);
        return;
      } catch (RuntimeException e) {
        failure = describe(e);
        LOG.log(
            Level.FINE, "outbox message " + claim.id() + " to " + claim.consumer() + " failed", e);
      }
    }
    Optional<OutboxState> now = store.failed(claim, failure, clock.instant(), backoff());
    if (now.orElse(null) == OutboxState.DEAD) {
      LOG.log(
          Level.SEVERE,
          "outbox message {0} ({1} to {2}, tenant {3}) is dead after {4} attempts: {5}",
          new Object[] {
            claim.id(),
            claim.eventType(),
            claim.consumer(),
            claim.tenant(),
            claim.attempt(),
            failure
          });
    } else if (now.isPresent()) {
      LOG.log(
          Level.WARNING,
          "outbox message {0} ({1} to {2}, tenant {3}) failed attempt {4}: {5}",
          new Object[] {
            claim.id(),
            claim.eventType(),
            claim.consumer(),
            claim.tenant(),
            claim.attempt(),
            failure
          });
    }
  }

  /** What went wrong, for the tenant admin: the problem code, or the innermost exception. */
  static String describe(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof ProblemException p) {
        StringBuilder s = new StringBuilder("problem ").append(p.code());
        if (!p.args().isEmpty()) {
          s.append(' ').append(p.args());
        }
        p.fieldErrors()
            .forEach(
                f ->
                    s.append("; ")
                        .append(f.field())
                        .append(": ")
                        .append(f.code())
                        .append(' ')
                        .append(f.args()));
        return s.toString();
      }
    }
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    return root.getClass().getName() + (root.getMessage() == null ? "" : ": " + root.getMessage());
  }

  private void forgetDelivered() {
    try {
      int n = store.forgetDelivered(clock.instant().minus(retention));
      if (n > 0) {
        LOG.fine(() -> "forgot " + n + " delivered outbox message(s)");
      }
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "outbox retention run failed", e);
    }
  }

  @PreDestroy
  void stop() {
    started = false;
    if (poll != null) {
      poll.cancel(false);
    }
    if (purge != null) {
      purge.cancel(false);
    }
  }
}
