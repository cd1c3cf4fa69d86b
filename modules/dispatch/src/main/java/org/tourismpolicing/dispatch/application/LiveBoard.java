package org.tourismpolicing.dispatch.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseBroadcaster;
import jakarta.ws.rs.sse.SseEventSink;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.tourismpolicing.core.tenant.TenantId;

/**
 * The live dispatch board: one Server-Sent Events broadcaster per tenant. Every committed change of
 * an incident or a unit on this server goes to the tenant's open consoles, never to another
 * tenant's. Consoles connected to another server of a cluster see that server's changes only (see
 * docs/dispatch.md: the board's snapshot endpoint fills the gap on reconnect).
 */
@ApplicationScoped
public class LiveBoard {

  private final Map<TenantId, SseBroadcaster> broadcasters = new ConcurrentHashMap<>();
  private final AtomicLong sequence = new AtomicLong();
  private volatile Sse sse;

  /** Adds a console of {@code tenant}. */
  public void subscribe(TenantId tenant, Sse sse, SseEventSink sink) {
    this.sse = sse;
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

  void onChange(@Observes(during = TransactionPhase.AFTER_SUCCESS) BoardChange change) {
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
