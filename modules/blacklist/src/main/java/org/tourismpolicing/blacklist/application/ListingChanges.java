package org.tourismpolicing.blacklist.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.json.Json;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import org.tourismpolicing.blacklist.domain.BlacklistEntry;
import org.tourismpolicing.blacklist.domain.EntryStatus;
import org.tourismpolicing.blacklist.domain.Watch;
import org.tourismpolicing.blacklist.domain.WebhookDelivery;
import org.tourismpolicing.blacklist.infrastructure.BlacklistRepository;
import org.tourismpolicing.blacklist.screening.SubjectKind;
import org.tourismpolicing.core.tenant.TenantContext;

/**
 * What follows, in the same transaction, from an entry becoming listed or ceasing to be: webhook
 * rows for the watches of its subject (the outbox), its shared-list rows withdrawn when it stops
 * being active, and the screening index told after commit.
 */
@ApplicationScoped
public class ListingChanges {

  /** Webhook events. */
  static final String LISTED = "listed";

  static final String EXPIRED = "expired";
  static final String REMOVED = "removed";
  static final String SUSPENDED = "suspended";

  @Inject BlacklistRepository repository;
  @Inject TenantContext tenant;
  @Inject Clock clock;
  @Inject Event<EntryChanged> changed;

  /** Call after every change of an entry, with whether it was listed before the change. */
  public void after(BlacklistEntry entry, boolean wasListed) {
    String tenantId = tenant.require().value();
    boolean listed = entry.isListed();
    if (wasListed != listed) {
      notifyWatches(entry, listed ? LISTED : event(entry.status()));
      if (!listed) {
        repository.sharedRowsOf(tenantId, entry.id()).forEach(r -> r.withdraw(clock.instant()));
      }
    }
    changed.fire(
        new EntryChanged(
            tenant.require(), entry.id(), listed ? ListedSubject.own(tenantId, entry) : null));
  }

  private static String event(EntryStatus status) {
    return switch (status) {
      case EXPIRED -> EXPIRED;
      case SUSPENDED -> SUSPENDED;
      default -> REMOVED;
    };
  }

  private void notifyWatches(BlacklistEntry entry, String event) {
    if (entry.kind() != SubjectKind.BUSINESS) {
      return;
    }
    Map<String, Watch> watches = new LinkedHashMap<>();
    if (entry.creditCode() != null) {
      repository
          .watchesOf(Watch.SubjectType.CREDIT_CODE, entry.creditCode())
          .forEach(w -> watches.put(w.id(), w));
    }
    repository
        .watchesOf(Watch.SubjectType.NAME, NameKey.of(entry.name()))
        .forEach(w -> watches.put(w.id(), w));
    for (String alias : entry.aliases()) {
      repository
          .watchesOf(Watch.SubjectType.NAME, NameKey.of(alias))
          .forEach(w -> watches.put(w.id(), w));
    }
    for (Watch w : watches.values()) {
      var body =
          Json.createObjectBuilder()
              .add("type", "blacklist.entry." + event)
              .add("tenant", tenant.require().value())
              .add("watchId", w.id())
              .add("entryId", entry.id())
              .add("status", entry.status().code())
              .add("category", entry.category())
              .add("name", entry.name())
              .add("occurredAt", clock.instant().toString());
      if (entry.creditCode() != null) {
        body.add("creditCode", entry.creditCode());
      }
      repository.persist(
          WebhookDelivery.pending(
              w.id(), event, entry.id(), body.build().toString(), clock.instant()));
    }
  }
}
