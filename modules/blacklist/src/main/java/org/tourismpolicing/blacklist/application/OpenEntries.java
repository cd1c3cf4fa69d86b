package org.tourismpolicing.blacklist.application;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Future;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.tourismpolicing.blacklist.domain.BlacklistEntry;
import org.tourismpolicing.blacklist.infrastructure.BlacklistRepository;
import org.tourismpolicing.core.persistence.StartupOrder;
import org.tourismpolicing.core.tenant.TenantJobs;

/**
 * The open keys of blacklist entries ({@link BlacklistEntry#openKey}): who holds one, read in a
 * transaction of its own (after a racing proposal committed), and, once after an upgrade, the keys
 * of entries proposed before there were any. Of two open entries of one subject and category from
 * that time the older keeps the key and the other is logged, to be revoked by staff.
 */
@ApplicationScoped
public class OpenEntries {

  private static final Logger LOG = Logger.getLogger(OpenEntries.class.getName());
  private static final int BATCH = 500;

  @Resource ManagedExecutorService executor;

  @Inject BlacklistRepository repository;
  @Inject TenantJobs jobs;
  @Inject OpenEntries self;

  private Future<?> backfill;

  /** The id of the open entry holding {@code key}, as committed now. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public Optional<String> firstWith(String key) {
    return repository.openEntry(key).map(BlacklistEntry::id);
  }

  void onStart(
      @Observes @Priority(StartupOrder.TENANTS + 45) @Initialized(ApplicationScoped.class)
          Object ignored) {
    backfill = executor.submit(this::giveKeysToOlderEntries);
  }

  @PreDestroy
  void stop() {
    if (backfill != null) {
      backfill.cancel(true);
    }
  }

  void giveKeysToOlderEntries() {
    try {
      jobs.forEachTenant(
          "blacklist-open-keys",
          tenant -> {
            String after = "";
            List<String> ids;
            do {
              ids = self.keyBatch(after);
              after = ids.isEmpty() ? after : ids.get(ids.size() - 1);
            } while (ids.size() == BATCH);
          });
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "open keys of older blacklist entries not set", e);
    }
  }

  /** Keys one batch of open entries without a key; answers the ids looked at. */
  @Transactional
  public List<String> keyBatch(String afterId) {
    List<BlacklistEntry> unkeyed = repository.openWithoutKey(afterId, BATCH);
    for (BlacklistEntry e : unkeyed) {
      String identity = EntryService.identity(e.kind(), e.name(), e.creditCode(), e.idNumberHash());
      String key = BlacklistEntry.openKey(e.category(), identity);
      Optional<BlacklistEntry> holder = repository.openEntry(key);
      if (holder.isPresent()) {
        LOG.warning(
            () ->
                "blacklist entry "
                    + e.id()
                    + " is a second open entry of its subject and category (the first is "
                    + holder.get().id()
                    + "); revoke one of them");
      } else {
        e.holdOpenKey(identity);
        repository.em().flush();
      }
    }
    return unkeyed.stream().map(BlacklistEntry::id).toList();
  }
}
