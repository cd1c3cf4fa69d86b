package org.tourismpolicing.core.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.time.Instant;
import org.tourismpolicing.core.persistence.TenantScopedEntity;

/**
 * One state change in a tenant: who did what to which subject, when, with a summary of the state
 * before and after. Records are only ever inserted; each carries the hash of its predecessor in the
 * tenant's chain and its own hash over all its fields, so an edit or a deletion made behind the
 * application's back shows when the chain is verified.
 */
@Entity
@Table(name = "core_audit_record")
public class AuditRecord extends TenantScopedEntity {

  @Id
  @Column(name = "seq", updatable = false)
  private long seq;

  @Column(name = "recorded_at", nullable = false, updatable = false)
  private Instant recordedAt;

  @Column(name = "actor", nullable = false, updatable = false, length = 200)
  private String actor;

  @Column(name = "action", nullable = false, updatable = false, length = 100)
  private String action;

  @Column(name = "subject_type", nullable = false, updatable = false, length = 60)
  private String subjectType;

  @Column(name = "subject_id", nullable = false, updatable = false, length = 64)
  private String subjectId;

  @Lob
  @Column(name = "before_state", updatable = false)
  private String beforeState;

  @Lob
  @Column(name = "after_state", updatable = false)
  private String afterState;

  @Column(name = "prev_hash", nullable = false, updatable = false, length = 64)
  private String prevHash;

  @Column(name = "hash", nullable = false, updatable = false, length = 64)
  private String hash;

  protected AuditRecord() {}

  AuditRecord(
      long seq,
      Instant recordedAt,
      String actor,
      String action,
      String subjectType,
      String subjectId,
      String beforeState,
      String afterState,
      String prevHash,
      String hash) {
    this.seq = seq;
    this.recordedAt = recordedAt;
    this.actor = actor;
    this.action = action;
    this.subjectType = subjectType;
    this.subjectId = subjectId;
    this.beforeState = beforeState;
    this.afterState = afterState;
    this.prevHash = prevHash;
    this.hash = hash;
  }

  public long seq() {
    return seq;
  }

  public Instant recordedAt() {
    return recordedAt;
  }

  public String actor() {
    return actor;
  }

  public String action() {
    return action;
  }

  public String subjectType() {
    return subjectType;
  }

  public String subjectId() {
    return subjectId;
  }

  public String beforeState() {
    return beforeState;
  }

  public String afterState() {
    return afterState;
  }

  public String prevHash() {
    return prevHash;
  }

  public String hash() {
    return hash;
  }
}
