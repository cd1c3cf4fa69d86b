package org.tourismpolicing.blacklist.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.tourismpolicing.core.persistence.Ids;
import org.tourismpolicing.core.persistence.TenantScopedEntity;
import org.tourismpolicing.core.problem.ProblemException;

/**
 * A listed subject's appeal against its listing: <b>received</b>, <b>under review</b> (the entry
 * may be suspended meanwhile), then <b>upheld</b> (the listing stands) or <b>overturned</b> (the
 * listing ends as revoked by appeal). One open appeal per entry at a time.
 */
@Entity
@Table(name = "bl_appeal")
public class Appeal extends TenantScopedEntity {

  @Id
  @Column(name = "id", length = 36)
  private String id;

  @Column(name = "entry_id", nullable = false, updatable = false, length = 36)
  private String entryId;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", nullable = false, length = 20)
  private AppealStatus status;

  @Column(name = "appellant", nullable = false, length = 200)
  private String appellant;

  @Column(name = "grounds", nullable = false, length = 4000)
  private String grounds;

  @Column(name = "received_at", nullable = false, updatable = false)
  private Instant receivedAt;

  @Column(name = "review_started_at")
  private Instant reviewStartedAt;

  @Column(name = "decided_at")
  private Instant decidedAt;

  @Column(name = "decided_by", length = 200)
  private String decidedBy;

  @Column(name = "decision_note", length = 2000)
  private String decisionNote;

  @Column(name = "created_by", nullable = false, updatable = false, length = 200)
  private String createdBy;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  protected Appeal() {}

  public static Appeal receive(
      BlacklistEntry entry, String appellant, String grounds, String by, Instant now) {
    if (entry.status() != EntryStatus.ACTIVE && entry.status() != EntryStatus.SIGNED_OFF) {
      throw ProblemException.conflict("entry.status.illegal", entry.status().code());
    }
    Appeal a = new Appeal();
    a.id = Ids.newIdString();
    a.entryId = entry.id();
    a.status = AppealStatus.RECEIVED;
    a.appellant = appellant;
    a.grounds = grounds;
    a.receivedAt = now;
    a.createdBy = by;
    a.updatedAt = now;
    return a;
  }

  /** Review begins; the entry is paused when the tenant says so. */
  public void startReview(BlacklistEntry entry, boolean suspendEntry, Instant now) {
    if (status != AppealStatus.RECEIVED) {
      throw ProblemException.conflict("appeal.status.illegal", status.code());
    }
    status = AppealStatus.UNDER_REVIEW;
    reviewStartedAt = now;
    updatedAt = now;
    if (suspendEntry && entry.status() == EntryStatus.ACTIVE) {
      entry.suspend(now);
    }
  }

  /**
   * Decides the appeal: {@code overturned} ends the listing, {@code upheld} lets it apply again.
   */
  public void decide(
      BlacklistEntry entry, AppealStatus outcome, String note, String by, Instant now) {
    if (!outcome.isDecided()) {
      throw ProblemException.invalid("outcome", "appeal.outcome.invalid");
    }
    if (status != AppealStatus.UNDER_REVIEW) {
      throw ProblemException.conflict("appeal.status.illegal", status.code());
    }
    if (outcome == AppealStatus.OVERTURNED) {
      entry.overturn(note, now);
    } else if (entry.status() == EntryStatus.SUSPENDED) {
      entry.resume(now);
    }
    status = outcome;
    decisionNote = note;
    decidedBy = by;
    decidedAt = now;
    updatedAt = now;
  }

  public void checkVersion(long expected) {
    if (expected != version) {
      throw ProblemException.versionConflict(expected, version);
    }
  }

  public String id() {
    return id;
  }

  public String entryId() {
    return entryId;
  }

  public AppealStatus status() {
    return status;
  }

  public String appellant() {
    return appellant;
  }

  public String grounds() {
    return grounds;
  }

  public Instant receivedAt() {
    return receivedAt;
  }

  public Instant reviewStartedAt() {
    return reviewStartedAt;
  }

  public Instant decidedAt() {
    return decidedAt;
  }

  public String decidedBy() {
    return decidedBy;
  }

  public String decisionNote() {
    return decisionNote;
  }

  public long version() {
    return version;
  }
}
