package org.tourismpolicing.blacklist.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HexFormat;
import java.util.List;
import org.tourismpolicing.blacklist.domain.BlacklistEntry;
import org.tourismpolicing.blacklist.domain.CategoryRule;
import org.tourismpolicing.blacklist.domain.DocumentType;
import org.tourismpolicing.blacklist.domain.EntryStatus;
import org.tourismpolicing.blacklist.domain.Evidence;
import org.tourismpolicing.blacklist.domain.EvidenceItem;
import org.tourismpolicing.blacklist.domain.EvidenceKind;
import org.tourismpolicing.blacklist.domain.Masking;
import org.tourismpolicing.blacklist.domain.Visibility;
import org.tourismpolicing.blacklist.infrastructure.BlacklistRepository;
import org.tourismpolicing.blacklist.screening.SubjectKind;
import org.tourismpolicing.core.audit.AuditTrail;
import org.tourismpolicing.core.paging.Page;
import org.tourismpolicing.core.paging.PageRequest;
import org.tourismpolicing.core.problem.ProblemException;
import org.tourismpolicing.core.problem.ProblemType;
import org.tourismpolicing.core.security.CallerIdentity;
import org.tourismpolicing.core.security.Roles;

/**
 * Blacklist entries: proposal, sign-off, revocation, credit repair and evidence, each change
 * audited in its transaction, department users kept to their department's entries.
 */
@ApplicationScoped
public class EntryService {

  static final String SUBJECT = "blacklist-entry";

  @Inject BlacklistRepository repository;
  @Inject BlacklistTenant current;
  @Inject DepartmentScope scope;
  @Inject CallerIdentity caller;
  @Inject AuditTrail audit;
  @Inject ListingChanges changes;
  @Inject OpenEntries open;
  @Inject Clock clock;

  /** A proposal as the REST edge validated it. */
  public record Proposal(
      BlacklistEntry.Subject subject,
      String category,
      String reason,
      List<String> departments,
      Visibility visibility,
      LocalDate effectiveFrom,
      LocalDate effectiveTo) {}

  @Transactional
  public BlacklistEntry propose(Proposal p) {
    return propose(p, null);
  }

  /**
   * Proposes an entry; the tip that led to it, if any, makes the proposal idempotent. A subject
   * with an open entry of the same category is refused with 409 naming that entry, also when two
   * proposals race (the open key is unique in the table, so the second insert fails).
   */
  @Transactional
  public BlacklistEntry propose(Proposal p, String tipId) {
    var department = scope.limitedTo();
    if (department.isPresent() && !p.departments().contains(department.get())) {
      throw ProblemException.invalid(
          "departments", "entry.departments.own-missing", department.get());
    }
    CategoryRule rule =
        current
            .settings()
            .category(p.category())
            .orElseThrow(
                () -> ProblemException.invalid("category", "entry.category.unknown", p.category()));
    ZoneId zone = current.tenant().timeZone();
    Instant now = clock.instant();
    LocalDate today = LocalDate.ofInstant(now, zone);
    Instant from =
        p.effectiveFrom() == null || !p.effectiveFrom().isAfter(today)
            ? now
            : p.effectiveFrom().atStartOfDay(zone).toInstant();
    LocalDate fromDay = p.effectiveFrom() == null ? today : p.effectiveFrom();
    Instant to =
        (p.effectiveTo() != null ? p.effectiveTo() : fromDay.plus(rule.defaultValidity()))
            .atStartOfDay(zone)
            .toInstant();
    String identity = identity(p.subject());
    String key = BlacklistEntry.openKey(rule.code(), identity);
    repository
        .openEntry(key)
        .ifPresent(
            first -> {
              throw duplicate(first.id());
            });
    BlacklistEntry entry =
        BlacklistEntry.propose(
            p.subject(),
            identity,
            rule,
            p.reason(),
            p.departments(),
            p.visibility(),
            from,
            to,
            tipId,
            caller.name(),
            now);
    repository.persist(entry);
    try {
      repository.em().flush();
    } catch (PersistenceException raced) {
      // another proposal of the same subject committed first; name it (read after that commit)
      throw open.firstWith(key).map(EntryService::duplicate).orElseThrow(() -> raced);
    }
    audit.record("blacklist.entry.proposed", SUBJECT, entry.id(), null, summary(entry));
    return entry;
  }

  /** The open entry of this category for this subject, if there is one. */
  @Transactional
  public java.util.Optional<BlacklistEntry> openEntryFor(
      String category, BlacklistEntry.Subject subject) {
    return repository.openEntry(BlacklistEntry.openKey(category, identity(subject)));
  }

  /**
   * How a subject is told apart from others: its unified social credit code, else its ID number (as
   * the tenant's keyed hash), else its name in comparable form (width, case, traditional characters
   * and punctuation folded).
   */
  static String identity(BlacklistEntry.Subject s) {
    return identity(s.kind(), s.name(), s.creditCode(), s.idNumberHash());
  }

  static String identity(SubjectKind kind, String name, String creditCode, String idNumberHash) {
    if (creditCode != null) {
      return "code:" + creditCode;
    }
    if (idNumberHash != null) {
      return "id:" + idNumberHash;
    }
    return "name:" + kind.name() + ":" + NameKey.of(name);
  }

  private static ProblemException duplicate(String firstId) {
    return ProblemException.conflict("entry.duplicate-open", firstId);
  }

  @Transactional
  public BlacklistEntry get(String id) {
    return scope.check(find(id));
  }

  @Transactional
  public Page<BlacklistEntry> list(EntryStatus status, String category, PageRequest page) {
    String department = scope.limitedTo().orElse(null);
    return repository.list(status, category, department, page);
  }

  /**
   * Signs off: a partner-department user for its department, a station leader as leader. Once
   * complete the entry is signed off, and active from its effective date.
   */
  @Transactional
  public BlacklistEntry signOff(String id, long expectedVersion) {
    BlacklistEntry entry = get(id);
    entry.checkVersion(expectedVersion);
    var before = summary(entry);
    boolean wasListed = entry.isListed();
    if (caller.hasRole(Roles.STATION_LEADER)) {
      entry.signOffAsLeader(caller.name(), clock.instant());
    } else {
      String department = caller.department().orElse("");
      entry.signOffForDepartment(department, clock.instant());
    }
    audit.record("blacklist.entry.signed-off", SUBJECT, entry.id(), before, summary(entry));
    changes.after(entry, wasListed);
    return entry;
  }

  @Transactional
  public BlacklistEntry revoke(String id, long expectedVersion, String reason) {
    BlacklistEntry entry = get(id);
    entry.checkVersion(expectedVersion);
    var before = summary(entry);
    boolean wasListed = entry.isListed();
    entry.revoke(reason, clock.instant());
    audit.record("blacklist.entry.revoked", SUBJECT, entry.id(), before, summary(entry));
    changes.after(entry, wasListed);
    return entry;
  }

  @Transactional
  public BlacklistEntry creditRepair(String id, long expectedVersion, String reason) {
    BlacklistEntry entry = get(id);
    entry.checkVersion(expectedVersion);
    var before = summary(entry);
    boolean wasListed = entry.isListed();
    entry.creditRepair(reason, clock.instant());
    audit.record("blacklist.entry.credit-repaired", SUBJECT, entry.id(), before, summary(entry));
    changes.after(entry, wasListed);
    return entry;
  }

  /** Activates and expires what is due, for the current tenant; answers how many changed. */
  @Transactional
  public int applyValidity(String id) {
    BlacklistEntry entry = find(id);
    var before = summary(entry);
    boolean wasListed = entry.isListed();
    Instant now = clock.instant();
    boolean changed = entry.activateIfDue(now) | entry.expireIfDue(now);
    if (changed) {
      String action =
          entry.status() == EntryStatus.EXPIRED
              ? "blacklist.entry.expired"
              : "blacklist.entry.activated";
      audit.record(action, SUBJECT, entry.id(), before, summary(entry));
      changes.after(entry, wasListed);
    }
    return changed ? 1 : 0;
  }

  @Transactional
  public Evidence addReference(String id, EvidenceKind kind, String reference, String note) {
    BlacklistEntry entry = get(id);
    Evidence e =
        Evidence.reference(entry.id(), kind, reference, note, caller.name(), clock.instant());
    repository.persist(e);
    audit.record(
        "blacklist.evidence.referenced",
        SUBJECT,
        entry.id(),
        null,
        new EvidenceSummary(e.id(), kind.code(), reference, null, null));
    return e;
  }

  @Transactional
  public Evidence addDocument(String id, String mediaType, String fileName, byte[] content) {
    BlacklistEntry entry = get(id);
    DocumentType type =
        DocumentType.ofMediaType(mediaType)
            .orElseThrow(
                () ->
                    new ProblemException(
                        ProblemType.UNSUPPORTED_MEDIA_TYPE,
                        "evidence.type.unsupported",
                        mediaType));
    if (content.length == 0) {
      throw ProblemException.invalid("body", "evidence.empty");
    }
    if (content.length > current.settings().maxEvidenceBytes()) {
      throw new ProblemException(
          ProblemType.PAYLOAD_TOO_LARGE,
          "evidence.too-large",
          current.settings().maxEvidenceBytes());
    }
    if (!type.matches(content)) {
      throw ProblemException.invalid("body", "evidence.content-mismatch", mediaType);
    }
    String name = fileName == null || fileName.isBlank() ? "evidence" : fileName.strip();
    Evidence e =
        Evidence.document(
            entry.id(), type, name, content, sha256(content), caller.name(), clock.instant());
    repository.persist(e);
    audit.record(
        "blacklist.evidence.attached",
        SUBJECT,
        entry.id(),
        null,
        new EvidenceSummary(e.id(), "document", null, name, e.sha256()));
    return e;
  }

  /** An entry's evidence, without the documents' content. */
  @Transactional
  public List<EvidenceItem> evidence(String id) {
    BlacklistEntry entry = get(id);
    return repository.evidenceOf(entry.id());
  }

  @Transactional
  public Evidence document(String id, String evidenceId) {
    BlacklistEntry entry = get(id);
    return repository
        .evidence(evidenceId)
        .filter(e -> e.entryId().equals(entry.id()) && e.kind() == EvidenceKind.DOCUMENT)
        .orElseThrow(() -> ProblemException.notFound("blacklist-evidence", evidenceId));
  }

  BlacklistEntry find(String id) {
    return repository.entry(id).orElseThrow(() -> ProblemException.notFound(SUBJECT, id));
  }

  /** What the audit trail keeps of an entry: never an ID number or phone, persons masked. */
  static EntrySummary summary(BlacklistEntry e) {
    return new EntrySummary(
        e.id(),
        e.status().code(),
        e.kind().name().toLowerCase(java.util.Locale.ROOT),
        e.kind() == SubjectKind.PERSON ? Masking.name(e.name()) : e.name(),
        e.creditCode(),
        e.category(),
        e.departments(),
        List.copyOf(e.signedDepartments()),
        e.leaderSignedBy(),
        e.visibility().code(),
        e.effectiveFrom(),
        e.effectiveTo(),
        e.statusReason(),
        e.version());
  }

  /** An entry as the audit trail records it. */
  public record EntrySummary(
      String id,
      String status,
      String kind,
      String name,
      String creditCode,
      String category,
      List<String> departments,
      List<String> signedDepartments,
      String leaderSignedBy,
      String visibility,
      Instant effectiveFrom,
      Instant effectiveTo,
      String reason,
      long version) {}

  /** Evidence as the audit trail records it. */
  public record EvidenceSummary(
      String id, String kind, String reference, String fileName, String sha256) {}

  private static String sha256(byte[] content) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
