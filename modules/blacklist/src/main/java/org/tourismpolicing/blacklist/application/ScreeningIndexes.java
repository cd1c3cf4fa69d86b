package org.tourismpolicing.blacklist.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.tourismpolicing.blacklist.screening.ScreeningIndex;
import org.tourismpolicing.core.tenant.TenantId;

/**
 * The in-memory screening indexes of this server: one per tenant's own list and one per shared
 * list, each loaded from the database the first time it is asked for, updated at once after each
 * change committed in this server, and kept current with the other servers' changes by reading the
 * rows changed since the last look ({@code updated_at}, with an overlap for transactions that
 * committed late) at most every {@code tp.blacklist.index-poll-interval}.
 */
@ApplicationScoped
public class ScreeningIndexes {

  private static final Logger LOG = Logger.getLogger(ScreeningIndexes.class.getName());

  /** Rows whose transaction committed this long after their timestamp are still seen. */
  static final Duration OVERLAP = Duration.ofSeconds(10);

  static final int LOAD_PAGE = 10_000;

  @Inject
  @ConfigProperty(name = "tp.blacklist.index-poll-interval", defaultValue = "PT5S")
  Duration pollInterval;

  @Inject IndexLoader loader;
  @Inject Clock clock;

  private final Map<String, Scope> own = new ConcurrentHashMap<>();
  private final Map<String, Scope> shared = new ConcurrentHashMap<>();

  /** One index with the subjects behind its hits and how far it has read. */
  public static final class Scope {
    final ScreeningIndex index = new ScreeningIndex();
    final Map<UUID, ListedSubject> subjects = new ConcurrentHashMap<>();
    final ReentrantLock polling = new ReentrantLock();
    volatile Instant watermark;
    volatile long polledAt;

    /** Set when this server changed what the index mirrors: look again on the next search. */
    volatile boolean stale;

    public ScreeningIndex index() {
      return index;
    }

    public Optional<ListedSubject> subject(UUID entryId) {
      return Optional.ofNullable(subjects.get(entryId));
    }

    void putAll(List<ListedSubject> batch) {
      index.upsertAll(batch.stream().map(ListedSubject::subject).toList());
      batch.forEach(s -> subjects.put(s.entryId(), s));
    }

    void put(ListedSubject s) {
      index.upsert(s.subject());
      subjects.put(s.entryId(), s);
    }

    void remove(UUID id) {
      index.remove(id);
      subjects.remove(id);
    }
  }

  /** The current tenant's own index (the caller has the tenant set). */
  public Scope own(TenantId tenant) {
    Scope scope =
        own.computeIfAbsent(
            tenant.value(),
            t -> {
              Scope s = new Scope();
              s.watermark = clock.instant().minus(OVERLAP);
              loader.eachListed(LOAD_PAGE, s::putAll);
              s.polledAt = System.nanoTime();
              return s;
            });
    pollIfDue(scope, since -> applyAll(scope, loader.changedSince(since)));
    return scope;
  }

  /** A shared list's index. */
  public Scope shared(String list) {
    Scope scope =
        shared.computeIfAbsent(
            list,
            l -> {
              Scope s = new Scope();
              s.watermark = Instant.EPOCH;
              s.stale = true;
              return s;
            });
    pollIfDue(
        scope, since -> applyAll(scope, loader.sharedChangedSince(list, since, clock.instant())));
    return scope;
  }

  private void pollIfDue(Scope scope, Function<Instant, Instant> poll) {
    if (!scope.stale && System.nanoTime() - scope.polledAt < pollInterval.toNanos()) {
      return;
    }
    // one reader polls; the others answer from the index as it is
    if (!scope.polling.tryLock()) {
      return;
    }
    try {
      Instant since = scope.watermark;
      scope.stale = false;
      scope.polledAt = System.nanoTime();
      Instant latest = poll.apply(since);
      if (latest != null) {
        // never past this server's own clock: another server's clock may run ahead (or a test
        // moved it), and a watermark in the future would hide every later change
        Instant now = clock.instant();
        Instant next = (latest.isAfter(now) ? now : latest).minus(OVERLAP);
        if (next.isAfter(since)) {
          scope.watermark = next;
        }
      }
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "screening index poll failed; answering from the index as it is", e);
    } finally {
      scope.polling.unlock();
    }
  }

  private static Instant applyAll(Scope scope, java.util.List<IndexLoader.Change> changes) {
    Instant latest = null;
    for (IndexLoader.Change c : changes) {
      if (c.listed() != null) {
        scope.put(c.listed());
      } else {
        scope.remove(UUID.fromString(c.entryId()));
      }
      latest = latest == null || c.updatedAt().isAfter(latest) ? c.updatedAt() : latest;
    }
    return latest;
  }

  /** A change committed in this server reaches its tenant's index at once. */
  void onChange(@Observes(during = TransactionPhase.AFTER_SUCCESS) EntryChanged change) {
    Scope scope = own.get(change.tenant().value());
    if (scope != null) {
      if (change.listed() != null) {
        scope.put(change.listed());
      } else {
        scope.remove(UUID.fromString(change.entryId()));
      }
    }
    // a shared row may have been withdrawn or published with it: look again on the next search
    shared.values().forEach(s -> s.stale = true);
  }

  /** Shared rows were published or withdrawn in this server: look again on the next search. */
  void onSharedChange(@Observes(during = TransactionPhase.AFTER_SUCCESS) SharedListChanged c) {
    Scope scope = shared.get(c.list());
    if (scope != null) {
      scope.stale = true;
    }
  }

  /** Forgets a tenant's index (its documents were replaced or it was removed). */
  public void forget(TenantId tenant) {
    own.remove(tenant.value());
  }

  /** A shared list changed in this server. */
  public record SharedListChanged(String list) {}
}
