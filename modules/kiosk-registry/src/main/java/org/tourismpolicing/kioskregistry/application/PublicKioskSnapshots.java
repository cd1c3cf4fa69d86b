package org.tourismpolicing.kioskregistry.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.tourismpolicing.core.tenant.TenantContext;
import org.tourismpolicing.core.tenant.TenantId;
import org.tourismpolicing.kioskregistry.domain.PublicKioskCard;

/**
 * The public face of each tenant's kiosks, kept as an immutable snapshot: on a holiday peak every
 * tourist's "nearest open kiosk" is answered from memory, not from a query.
 *
 * <p>A change made through this instance replaces the snapshot as soon as it commits; a change made
 * through another instance shows here within {@code tp.kiosk-registry.public-snapshot-ttl} (5 s by
 * default) — a delay tourists cannot notice, and nothing that matters lives only here.
 */
@ApplicationScoped
public class PublicKioskSnapshots {

  @Inject SnapshotLoader loader;
  @Inject TenantContext tenantContext;

  @Inject
  @ConfigProperty(name = "tp.kiosk-registry.public-snapshot-ttl", defaultValue = "PT5S")
  Duration ttl;

  private record Snapshot(long loadedAtNanos, List<PublicKioskCard> cards) {}

  private final Map<TenantId, Snapshot> snapshots = new ConcurrentHashMap<>();
  private final Map<TenantId, Object> loading = new ConcurrentHashMap<>();

  /** Bumped by every change, so a load that raced a change is not kept as fresh. */
  private final Map<TenantId, java.util.concurrent.atomic.AtomicLong> generations =
      new ConcurrentHashMap<>();

  /**
   * Every kiosk of the current tenant that is not closed, as tourists may see it. No transaction
   * unless the snapshot has to be loaded: the common case touches nothing but memory.
   */
  public List<PublicKioskCard> cards() {
    TenantId tenant = tenantContext.require();
    Snapshot s = snapshots.get(tenant);
    if (fresh(s)) {
      return s.cards();
    }
    // one load per tenant at a time; the others wait for it rather than all querying at once
    synchronized (loading.computeIfAbsent(tenant, t -> new Object())) {
      s = snapshots.get(tenant);
      if (!fresh(s)) {
        long generation = generation(tenant).get();
        s = new Snapshot(System.nanoTime(), loader.load());
        if (generation(tenant).get() == generation) {
          snapshots.put(tenant, s);
        }
      }
      return s.cards();
    }
  }

  void onChange(@Observes(during = TransactionPhase.AFTER_SUCCESS) KioskRegistryChanged change) {
    generation(change.tenant()).incrementAndGet();
    snapshots.remove(change.tenant());
  }

  private java.util.concurrent.atomic.AtomicLong generation(TenantId tenant) {
    return generations.computeIfAbsent(tenant, t -> new java.util.concurrent.atomic.AtomicLong());
  }

  private boolean fresh(Snapshot s) {
    return s != null && System.nanoTime() - s.loadedAtNanos() < ttl.toNanos();
  }
}
