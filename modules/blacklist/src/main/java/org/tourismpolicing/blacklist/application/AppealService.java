package org.tourismpolicing.blacklist.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.tourismpolicing.blacklist.domain.Appeal;
import org.tourismpolicing.blacklist.domain.AppealStatus;
import org.tourismpolicing.blacklist.domain.BlacklistEntry;
import org.tourismpolicing.blacklist.infrastructure.BlacklistRepository;
import org.tourismpolicing.core.audit.AuditTrail;
import org.tourismpolicing.core.problem.ProblemException;
import org.tourismpolicing.core.security.CallerIdentity;

/**
 * Appeals of listed subjects: recorded when received, reviewed (the entry suspended meanwhile when
 * the tenant says so), decided. Every step audited on the appeal and, where it changes, the entry.
 */
@ApplicationScoped
public class AppealService {

  static final String SUBJECT = "blacklist-appeal";

  @Inject BlacklistRepository repository;
  @Inject EntryService entries;
  @Inject BlacklistTenant current;
  @Inject CallerIdentity caller;
  @Inject AuditTrail audit;
  @Inject ListingChanges changes;
  @Inject Clock clock;

  @Transactional
  public Appeal receive(String entryId, String appellant, String grounds) {
    BlacklistEntry entry = entries.get(entryId);
    if (repository.hasOpenAppeal(entry.id())) {
      throw ProblemException.conflict("appeal.open", entry.id());
    }
    Appeal appeal = Appeal.receive(entry, appellant, grounds, caller.name(), clock.instant());
    repository.persist(appeal);
    audit.record("blacklist.appeal.received", SUBJECT, appeal.id(), null, summary(appeal));
    return appeal;
  }

  @Transactional
  public List<Appeal> appealsOf(String entryId) {
    return repository.appealsOf(entries.get(entryId).id());
  }

  @Transactional
  public Appeal get(String appealId) {
    Appeal appeal =
        repository.appeal(appealId).orElseThrow(() -> ProblemException.notFound(SUBJECT, appealId));
    try {
      entries.get(appeal.entryId());
    } catch (ProblemException e) {
      // an appeal on an entry the caller may not see does not exist for the caller either
      throw ProblemException.notFound(SUBJECT, appealId);
    }
    return appeal;
  }

  @Transactional
  public Appeal startReview(String appealId, long expectedVersion) {
    Appeal appeal = get(appealId);
    appeal.checkVersion(expectedVersion);
    BlacklistEntry entry = entries.find(appeal.entryId());
    var entryBefore = EntryService.summary(entry);
    var before = summary(appeal);
    boolean wasListed = entry.isListed();
    Instant now = clock.instant();
    appeal.startReview(entry, current.settings().suspendDuringAppeal(), now);
    audit.record("blacklist.appeal.under-review", SUBJECT, appeal.id(), before, summary(appeal));
    if (wasListed != entry.isListed()) {
      audit.record(
          "blacklist.entry.suspended",
          EntryService.SUBJECT,
          entry.id(),
          entryBefore,
          EntryService.summary(entry));
    }
    changes.after(entry, wasListed);
    return appeal;
  }

  @Transactional
  public Appeal decide(String appealId, long expectedVersion, AppealStatus outcome, String note) {
    Appeal appeal = get(appealId);
    appeal.checkVersion(expectedVersion);
    BlacklistEntry entry = entries.find(appeal.entryId());
    var entryBefore = EntryService.summary(entry);
    var before = summary(appeal);
    boolean wasListed = entry.isListed();
    var statusBefore = entry.status();
    appeal.decide(entry, outcome, note, caller.name(), clock.instant());
    audit.record(
        "blacklist.appeal." + outcome.code(), SUBJECT, appeal.id(), before, summary(appeal));
    if (statusBefore != entry.status()) {
      audit.record(
          "blacklist.entry." + entry.status().code(),
          EntryService.SUBJECT,
          entry.id(),
          entryBefore,
          EntryService.summary(entry));
    }
    changes.after(entry, wasListed);
    return appeal;
  }

  static AppealSummary summary(Appeal a) {
    return new AppealSummary(a.id(), a.entryId(), a.status().code(), a.decisionNote(), a.version());
  }

  /** An appeal as the audit trail records it (the appellant's name and grounds left out). */
  public record AppealSummary(
      String id, String entryId, String status, String decisionNote, long version) {}
}
