package org.tourismpolicing.blacklist.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import org.tourismpolicing.blacklist.domain.BlacklistEntry;
import org.tourismpolicing.blacklist.domain.SharedListEntry;
import org.tourismpolicing.blacklist.infrastructure.BlacklistRepository;
import org.tourismpolicing.core.audit.AuditTrail;
import org.tourismpolicing.core.problem.ProblemException;
import org.tourismpolicing.core.security.CallerIdentity;
import org.tourismpolicing.core.tenant.TenantContext;

/**
 * Publishes chosen active entries of the current tenant to a shared list its configuration names
 * ({@code sharedLists.publishTo}), and withdraws them. Only what screening needs is copied.
 */
@ApplicationScoped
public class SharedListService {

  @Inject BlacklistRepository repository;
  @Inject EntryService entries;
  @Inject BlacklistTenant current;
  @Inject TenantContext tenant;
  @Inject CallerIdentity caller;
  @Inject AuditTrail audit;
  @Inject Clock clock;
  @Inject Event<ScreeningIndexes.SharedListChanged> changed;

  @Transactional
  public SharedListEntry publish(String list, String entryId) {
    requirePublishable(list);
    BlacklistEntry entry = entries.get(entryId);
    if (!entry.isListed()) {
      throw ProblemException.conflict("entry.status.illegal", entry.status().code());
    }
    String publisher = tenant.require().value();
    SharedListEntry row =
        repository
            .sharedRow(list, publisher, entry.id())
            .map(
                r -> {
                  r.republish(entry, caller.name(), clock.instant());
                  return r;
                })
            .orElseGet(
                () -> {
                  var r =
                      SharedListEntry.publish(
                          list, publisher, entry, caller.name(), clock.instant());
                  repository.persistShared(r);
                  return r;
                });
    audit.record("blacklist.shared.published", EntryService.SUBJECT, entry.id(), null, list);
    changed.fire(new ScreeningIndexes.SharedListChanged(list));
    return row;
  }

  @Transactional
  public void withdraw(String list, String entryId) {
    requirePublishable(list);
    BlacklistEntry entry = entries.get(entryId);
    SharedListEntry row =
        repository
            .sharedRow(list, tenant.require().value(), entry.id())
            .filter(r -> !r.withdrawn())
            .orElseThrow(() -> ProblemException.notFound("blacklist-shared-entry", entryId));
    row.withdraw(clock.instant());
    audit.record("blacklist.shared.withdrawn", EntryService.SUBJECT, entry.id(), list, null);
    changed.fire(new ScreeningIndexes.SharedListChanged(list));
  }

  private void requirePublishable(String list) {
    if (!current.settings().publishTo().contains(list)) {
      throw ProblemException.notFound("blacklist-shared-list", list);
    }
  }
}
