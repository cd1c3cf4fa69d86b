package org.tourismpolicing.kioskregistry.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.tourismpolicing.core.tenant.TenantContext;
import org.tourismpolicing.core.tenant.TenantId;
import org.tourismpolicing.kioskregistry.domain.Amenity;
import org.tourismpolicing.kioskregistry.domain.Kiosk;
import org.tourismpolicing.kioskregistry.domain.PublicKioskCard;
import org.tourismpolicing.kioskregistry.infrastructure.KioskRepository;

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

  @Inject KioskRepository repository;
  @Inject TenantContext tenantContext;

  @Inject
  @ConfigProperty(name = "tp.kiosk-registry.public-snapshot-ttl", defaultValue = "PT5S")
  Duration ttl;

  private record Snapshot(long loadedAtNanos, List<PublicKioskCard> cards) {}

  private final Map<TenantId, Snapshot> snapshots = new ConcurrentHashMap<>();
  private final Map<TenantId, Object> loading = new ConcurrentHashMap<>();

  /** Every kiosk of the current tenant that is not closed, as tourists may see it. */
  @Transactional
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
        s = new Snapshot(System.nanoTime(), load());
        snapshots.put(tenant, s);
      }
      return s.cards();
    }
  }

  void onChange(@Observes(during = TransactionPhase.AFTER_SUCCESS) KioskRegistryChanged change) {
    snapshots.remove(change.tenant());
  }

  private boolean fresh(Snapshot s) {
    return s != null && System.nanoTime() - s.loadedAtNanos() < ttl.toNanos();
  }

  private List<PublicKioskCard> load() {
    List<Kiosk> kiosks = repository.kiosksInService();
    Map<String, List<Amenity>> amenities =
        repository.amenities(kiosks.stream().map(Kiosk::id).toList());
    return kiosks.stream().map(k -> PublicKioskCard.of(k, amenities.get(k.id()))).toList();
  }
}
