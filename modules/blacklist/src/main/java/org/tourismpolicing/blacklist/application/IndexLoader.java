package org.tourismpolicing.blacklist.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;
import org.tourismpolicing.blacklist.domain.SharedListEntry;
import org.tourismpolicing.blacklist.infrastructure.BlacklistRepository;
import org.tourismpolicing.core.tenant.TenantContext;

/** Reads what the screening indexes are fed with, each read in its own short transaction. */
@ApplicationScoped
public class IndexLoader {

  @Inject BlacklistRepository repository;
  @Inject TenantContext tenant;

  /** The current tenant's listed entries, handed to {@code sink} a page at a time. */
  @Transactional
  public void eachListed(int pageSize, Consumer<List<ListedSubject>> sink) {
    String t = tenant.require().value();
    String after = "";
    while (true) {
      List<Object[]> rows = repository.listedPage(after, pageSize);
      if (rows.isEmpty()) {
        return;
      }
      sink.accept(rows.stream().map(r -> ListedSubject.ownRow(t, r)).toList());
      if (rows.size() < pageSize) {
        return;
      }
      after = (String) rows.get(rows.size() - 1)[0];
    }
  }

  /** The current tenant's entries changed since {@code since}: listed ones, and ids of others. */
  @Transactional
  public List<Change> changedSince(Instant since) {
    String t = tenant.require().value();
    return repository.changedSince(since).stream()
        .map(e -> new Change(e.id(), e.updatedAt(), e.isListed() ? ListedSubject.own(t, e) : null))
        .toList();
  }

  /** A shared list's rows changed since {@code since}. */
  @Transactional
  public List<Change> sharedChangedSince(String list, Instant since, Instant now) {
    return repository.sharedChangedSince(list, since).stream()
        .map(
            s ->
                new Change(
                    s.entryId(), s.updatedAt(), listed(s, now) ? ListedSubject.shared(s) : null))
        .toList();
  }

  private static boolean listed(SharedListEntry s, Instant now) {
    return !s.withdrawn() && s.effectiveTo().isAfter(now);
  }

  /** One changed row: the subject when it is listed now, else null (to be removed). */
  public record Change(String entryId, Instant updatedAt, ListedSubject listed) {}
}
