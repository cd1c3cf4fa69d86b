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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseBroadcaster;
import jakarta.ws.rs.sse.SseEventSink;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.tourismpolicing.core.persistence.StartupOrder;
import org.tourismpolicing.core.tenant.TenantId;
import org.tourismpolicing.core.tenant.TenantWork;

/**
 * The live dispatch board: one Server-Sent Events broadcaster per tenant. Every committed change of
 * an incident or a unit on this server goes to the tenant's open consoles, never to another
 * tenant's. Consoles connected to another server of a cluster see that server's changes only (see
 * docs/dispatch.md: the board's snapshot endpoint fills the gap on reconnect).
 */
@ApplicationScoped
public class LiveBoard {

  private static final Logger LOG = Logger.getLogger(LiveBoard.class.getName());

  @Resource ManagedScheduledExecutorService scheduler;

  @Inject
  @ConfigProperty(name = "tp.dispatch.board-poll-interval", defaultValue = "PT2S")
  Duration pollInterval;

  @Inject TenantWork work;
  @Inject BoardChanges changes;
  @Inject Clock clock;

  private final Map<TenantId, SseBroadcaster> broadcasters = new ConcurrentHashMap<>();
  private final Map<TenantId, Instant> lastSeen = new ConcurrentHashMap<>();
  private ScheduledFuture<?> poller;
  private final AtomicLong sequence = new AtomicLong();
  private final ConcurrentLinkedQueue<BoardChange> outbox = new ConcurrentLinkedQueue<>();
  private final AtomicBoolean draining = new AtomicBoolean();
  private volatile Sse sse;

  /** Adds a console of {@code tenant}. */
  public void subscribe(TenantId tenant, Sse sse, SseEventSink sink) {
    this.sse = sse;
    lastSeen.putIfAbsent(tenant, clock.instant());
    SseBroadcaster b = broadcasters.computeIfAbsent(tenant, t -> sse.newBroadcaster());
    b.register(sink);
    sink.send(
        sse.newEventBuilder()
            .name("hello")
            .id(Long.toString(sequence.get()))
            .mediaType(MediaType.APPLICATION_JSON_TYPE)
            .data(Map.of("tenant", tenant.value()))
            .reconnectDelay(3000)
            .build());
  }

  void onStart(
      @Observes @Priority(StartupOrder.TENANTS + 40) @Initialized(ApplicationScoped.class)
          Object ignored) {
    long millis = Math.max(200, pollInterval.toMillis());
    poller = scheduler.scheduleWithFixedDelay(this::poll, millis, millis, TimeUnit.MILLISECONDS);
  }

  /** Sends each tenant's consoles what changed since the last look, wherever it was changed. */
  void poll() {
    for (TenantId tenant : broadcasters.keySet()) {
      try {
        Instant since = lastSeen.getOrDefault(tenant, clock.instant());
        BoardChanges.Since found = work.call(tenant, () -> changes.since(since));
        found.changes().forEach(this::send);
        lastSeen.put(tenant, found.latest() == null ? since : found.latest());
      } catch (RuntimeException e) {
        // the next look tries again from the same point; the database may be restarting
        LOG.log(Level.WARNING, "live board poll failed for {0}: {1}", new Object[] {tenant, e});
      }
    }
  }

  @PreDestroy
  void stop() {
    if (poller != null) {
      poller.cancel(false);
    }
  }

  /**
   * Queues a committed change for the consoles and sends it from the scheduler, never from the
   * thread of the request that made it: a console that went away fails its write, and the JAX-RS
   * runtime then clears the request context of the writing thread, which would spoil the answer of
   * the request still running on it (a 500 after the change was committed). One drain at a time
   * keeps the changes in the order they were committed.
   */
  void onChange(@Observes(during = TransactionPhase.AFTER_SUCCESS) BoardChange change) {
    if (!broadcasters.containsKey(change.tenant())) {
      return;
    }
    outbox.add(change);
    scheduler.execute(this::drain);
  }

  private void drain() {
    while (draining.compareAndSet(false, true)) {
      try {
        BoardChange next;
        while ((next = outbox.poll()) != null) {
          try {
            send(next);
          } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "live board send failed: {0}", e.toString());
          }
        }
      } finally {
        draining.set(false);
      }
      if (outbox.isEmpty()) {
        return;
      }
    }
  }

  private void send(BoardChange change) {
    SseBroadcaster b = broadcasters.get(change.tenant());
    Sse s = sse;
    if (b == null || s == null) {
      return;
    }
    OutboundSseEvent event =
        s.newEventBuilder()
            .name(change.kind())
            .id(Long.toString(sequence.incrementAndGet()))
            .mediaType(MediaType.APPLICATION_JSON_TYPE)
            .data(change.summary())
            .build();
    b.broadcast(event);
  }
}
