package org.tourismpolicing.mediation.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.tourismpolicing.core.identifiers.UnifiedSocialCreditCode;
import org.tourismpolicing.core.persistence.Ids;
import org.tourismpolicing.core.persistence.TenantScopedEntity;
import org.tourismpolicing.core.problem.ProblemException;

/**
 * An outreach visit of the room (knock, call, visit, guard the door) to a merchant or a community,
 * with what was found. A finding that is a dispute opens a case, once; the visit then names it.
 */
@Entity
@Table(name = "mediation_outreach_visit")
public class OutreachVisit extends TenantScopedEntity {

  @Id
  @Column(name = "id", length = 36)
  private String id;

  @Enumerated(EnumType.STRING)
  @Column(name = "visit_kind", nullable = false, updatable = false, length = 20)
  private OutreachKind kind;

  @Enumerated(EnumType.STRING)
  @Column(name = "target_type", nullable = false, updatable = false, length = 20)
  private OutreachTarget targetType;

  @Column(name = "target_name", nullable = false, updatable = false, length = 200)
  private String targetName;

  @Column(name = "credit_code", updatable = false, length = 18)
  private String creditCode;

  @Column(name = "zone_code", updatable = false, length = 40)
  private String zoneCode;

  @Column(name = "visited_at", nullable = false, updatable = false)
  private Instant visitedAt;

  @Column(name = "visited_by", nullable = false, updatable = false, length = 200)
  private String visitedBy;

  @Column(name = "findings", nullable = false, updatable = false, length = 4000)
  private String findings;

  @Column(name = "case_id", length = 36)
  private String caseId;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  protected OutreachVisit() {}

  public OutreachVisit(
      OutreachKind kind,
      OutreachTarget targetType,
      String targetName,
      UnifiedSocialCreditCode creditCode,
      String zoneCode,
      Instant visitedAt,
      String visitedBy,
      String findings,
      Instant now) {
    this.id = Ids.newIdString();
    this.kind = kind;
    this.targetType = targetType;
    this.targetName = targetName;
    this.creditCode = creditCode == null ? null : creditCode.value();
    this.zoneCode = zoneCode;
    this.visitedAt = visitedAt;
    this.visitedBy = visitedBy;
    this.findings = findings;
    this.createdAt = now;
  }

  /** Links the case its finding opened; a visit opens at most one. */
  public void openedCase(String caseId) {
    if (this.caseId != null) {
      throw ProblemException.conflict("outreach.case-already-opened", this.caseId);
    }
    this.caseId = caseId;
  }

  public String id() {
    return id;
  }

  public OutreachKind kind() {
    return kind;
  }

  public OutreachTarget targetType() {
    return targetType;
  }

  public String targetName() {
    return targetName;
  }

  public UnifiedSocialCreditCode creditCode() {
    return creditCode == null ? null : UnifiedSocialCreditCode.parse(creditCode);
  }

  public String zoneCode() {
    return zoneCode;
  }

  public Instant visitedAt() {
    return visitedAt;
  }

  public String visitedBy() {
    return visitedBy;
  }

  public String findings() {
    return findings;
  }

  public String caseId() {
    return caseId;
  }
}
