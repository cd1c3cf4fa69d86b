package org.tourismpolicing.mediation.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Currency;
import org.tourismpolicing.core.identifiers.UnifiedSocialCreditCode;
import org.tourismpolicing.core.money.Money;
import org.tourismpolicing.core.persistence.Ids;
import org.tourismpolicing.core.persistence.TenantScopedEntity;
import org.tourismpolicing.core.problem.ProblemException;

/**
 * A tourism dispute brought to the mediation room (Dali old town: 阿鹏调解室).
 *
 * <p>Life cycle ({@link CaseStatus}): <b>registered</b> when it comes in (walk-in, hotline,
 * department referral, an incident referred by the police, an outreach finding); <b>accepted</b> by
 * the room, with a mediator assigned (the on-duty mediator with the lightest load, or one named by
 * hand); <b>in mediation</b> once a session is scheduled; then decided: <b>agreement reached</b>
 * (terms, compensation, every party's consent, a verification code for the printed agreement,
 * fulfilment followed up by a due date), <b>not reached</b> (referred to a court, arbitration,
 * market regulation or another body) or <b>withdrawn</b> by the parties. A move the table of {@link
 * CaseStatus} does not allow is refused with 409.
 *
 * <p>Invariants: the case number never changes; each stage has a due time from the tenant's
 * deadlines ({@link Deadlines}), kept in {@code dueAt} so overdue cases are one indexed query; a
 * merchant's credit code is valid (GB 32100-2015) when given; every change bumps the version.
 */
@Entity
@Table(name = "mediation_case")
public class DisputeCase extends TenantScopedEntity {

  @Id
  @Column(name = "id", length = 36)
  private String id;

  @Column(name = "case_number", nullable = false, updatable = false, length = 20)
  private String caseNumber;

  @Enumerated(EnumType.STRING)
  @Column(name = "source", nullable = false, updatable = false, length = 30)
  private CaseSource source;

  @Column(name = "source_ref", updatable = false, length = 100)
  private String sourceRef;

  @Column(name = "referring_department", updatable = false, length = 40)
  private String referringDepartment;

  /** Unique per tenant: the same incident, visit, ticket or file never opens two cases. */
  @Column(name = "dedup_key", updatable = false, length = 160)
  private String dedupKey;

  @Column(name = "category", nullable = false, length = 40)
  private String category;

  @Column(name = "description", nullable = false, length = 4000)
  private String description;

  @Column(name = "amount_fen")
  private Long amountFen;

  @Column(name = "amount_currency", length = 3)
  private String amountCurrency;

  @Column(name = "merchant_name", length = 200)
  private String merchantName;

  @Column(name = "merchant_credit_code", length = 18)
  private String merchantCreditCode;

  @Column(name = "zone_code", length = 40)
  private String zoneCode;

  @Column(name = "language", nullable = false, length = 35)
  private String language;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", nullable = false, length = 30)
  private CaseStatus status;

  @Column(name = "mediator_id", length = 36)
  private String mediatorId;

  @Column(name = "registered_at", nullable = false, updatable = false)
  private Instant registeredAt;

  @Column(name = "registered_on", nullable = false, updatable = false)
  private LocalDate registeredOn;

  @Column(name = "accepted_at")
  private Instant acceptedAt;

  @Column(name = "mediation_started_at")
  private Instant mediationStartedAt;

  @Column(name = "due_at")
  private Instant dueAt;

  @Column(name = "closed_at")
  private Instant closedAt;

  @Column(name = "agreement_terms", length = 4000)
  private String agreementTerms;

  @Column(name = "compensation_fen")
  private Long compensationFen;

  @Column(name = "compensation_currency", length = 3)
  private String compensationCurrency;

  @Column(name = "agreed_at")
  private Instant agreedAt;

  @Column(name = "verification_code", length = 24)
  private String verificationCode;

  @Enumerated(EnumType.STRING)
  @Column(name = "referred_to", length = 30)
  private ReferralBody referredTo;

  @Column(name = "outcome_note", length = 2000)
  private String outcomeNote;

  @Enumerated(EnumType.STRING)
  @Column(name = "fulfilment_status", length = 20)
  private FulfilmentStatus fulfilmentStatus;

  @Column(name = "fulfilment_due_on")
  private LocalDate fulfilmentDueOn;

  @Column(name = "fulfilment_checked_at")
  private Instant fulfilmentCheckedAt;

  @Column(name = "fulfilment_note", length = 2000)
  private String fulfilmentNote;

  @Column(name = "created_by", nullable = false, updatable = false, length = 200)
  private String createdBy;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  protected DisputeCase() {}

  /** A newly registered case; its first deadline is the acceptance. */
  public DisputeCase(
      String caseNumber,
      CaseIntake intake,
      String createdBy,
      Instant now,
      ZoneId zone,
      Deadlines deadlines) {
    this.id = Ids.newIdString();
    this.caseNumber = caseNumber;
    this.source = intake.source();
    this.sourceRef = intake.sourceRef();
    this.referringDepartment = intake.referringDepartment();
    this.dedupKey = dedupKey(intake.source(), intake.referringDepartment(), intake.sourceRef());
    this.category = intake.category();
    this.description = intake.description();
    if (intake.amount() != null) {
      this.amountFen = intake.amount().fen();
      this.amountCurrency = intake.amount().currency().getCurrencyCode();
    }
    this.merchantName = intake.merchantName();
    this.merchantCreditCode =
        intake.merchantCreditCode() == null ? null : intake.merchantCreditCode().value();
    this.zoneCode = intake.zoneCode();
    this.language = intake.language();
    this.status = CaseStatus.REGISTERED;
    this.registeredAt = now;
    this.registeredOn = now.atZone(zone).toLocalDate();
    this.createdBy = createdBy;
    this.updatedAt = now;
    refreshDue(deadlines, zone);
  }

  /**
   * The key under which a source's reference may open one case only: the incident, the outreach
   * visit, the hotline ticket, the referring department's file number (scoped by department, as two
   * departments may number alike). Null when there is no reference (a walk-in).
   */
  public static String dedupKey(CaseSource source, String department, String sourceRef) {
    if (sourceRef == null) {
      return null;
    }
    return source == CaseSource.DEPARTMENT_REFERRAL
        ? source.code() + ":" + department + ":" + sourceRef
        : source.code() + ":" + sourceRef;
  }

  /** The room takes the case on, with the mediator who handles it (null: none on duty yet). */
  public void accept(String mediatorId, Instant now, Deadlines deadlines, ZoneId zone) {
    move(CaseStatus.ACCEPTED);
    this.mediatorId = mediatorId;
    this.acceptedAt = now;
    touch(now, deadlines, zone);
  }

  /** Hands the case to another mediator while it is still being worked on. */
  public void assign(String mediatorId, Instant now) {
    if (status.isClosed()) {
      throw ProblemException.conflict("case.closed", caseNumber, status.code());
    }
    this.mediatorId = mediatorId;
    this.updatedAt = now;
  }

  /** A session is scheduled: an accepted case is now in mediation. */
  public void sessionScheduled(Instant now, Deadlines deadlines, ZoneId zone) {
    if (status == CaseStatus.IN_MEDIATION) {
      this.updatedAt = now;
      return;
    }
    move(CaseStatus.IN_MEDIATION);
    this.mediationStartedAt = now;
    touch(now, deadlines, zone);
  }

  /**
   * The parties agreed. Only after at least one session was held, and only with every party's
   * consent (checked by the caller against the parties, see {@code AgreementConsents}).
   */
  public void reachAgreement(
      String terms,
      Money compensation,
      LocalDate fulfilmentDueOn,
      String verificationCode,
      boolean sessionHeld,
      Instant now,
      Deadlines deadlines,
      ZoneId zone) {
    if (!status.canMoveTo(CaseStatus.AGREEMENT_REACHED)) {
      throw illegal(CaseStatus.AGREEMENT_REACHED);
    }
    if (!sessionHeld) {
      throw ProblemException.ruleViolation("case.agreement.no-session-held", caseNumber);
    }
    move(CaseStatus.AGREEMENT_REACHED);
    this.agreementTerms = terms;
    if (compensation != null) {
      this.compensationFen = compensation.fen();
      this.compensationCurrency = compensation.currency().getCurrencyCode();
    }
    this.agreedAt = now;
    this.verificationCode = verificationCode;
    this.fulfilmentStatus = FulfilmentStatus.PENDING;
    this.fulfilmentDueOn =
        fulfilmentDueOn != null ? fulfilmentDueOn : deadlines.fulfilmentDueOn(now, zone);
    this.closedAt = now;
    touch(now, deadlines, zone);
  }

  /** Mediation failed or is not suitable; the parties are referred to {@code body}. */
  public void notReached(
      ReferralBody body, String note, Instant now, Deadlines deadlines, ZoneId zone) {
    move(CaseStatus.NOT_REACHED);
    this.referredTo = body;
    this.outcomeNote = note;
    this.closedAt = now;
    touch(now, deadlines, zone);
  }

  /** The parties withdrew (settled between themselves, or gave up). */
  public void withdraw(String reason, Instant now, Deadlines deadlines, ZoneId zone) {
    move(CaseStatus.WITHDRAWN);
    this.outcomeNote = reason;
    this.closedAt = now;
    touch(now, deadlines, zone);
  }

  /** The follow-up of an agreement: did the parties do what they agreed? Recorded once. */
  public void recordFulfilment(
      boolean fulfilled, String note, Instant now, Deadlines deadlines, ZoneId zone) {
    if (status != CaseStatus.AGREEMENT_REACHED) {
      throw ProblemException.conflict("case.fulfilment.no-agreement", caseNumber, status.code());
    }
    if (fulfilmentStatus != FulfilmentStatus.PENDING) {
      throw ProblemException.conflict("case.fulfilment.recorded", caseNumber);
    }
    this.fulfilmentStatus = fulfilled ? FulfilmentStatus.FULFILLED : FulfilmentStatus.NOT_FULFILLED;
    this.fulfilmentNote = note;
    this.fulfilmentCheckedAt = now;
    touch(now, deadlines, zone);
  }

  /** Parties, sessions, tasks and evidence may be added until the case is decided. */
  public void requireOpen() {
    if (status.isClosed()) {
      throw ProblemException.conflict("case.closed", caseNumber, status.code());
    }
  }

  public boolean isOverdue(Instant now) {
    return dueAt != null && dueAt.isBefore(now);
  }

  public void checkVersion(long expected) {
    if (expected != version) {
      throw ProblemException.versionConflict(expected, version);
    }
  }

  private void move(CaseStatus next) {
    if (!status.canMoveTo(next)) {
      throw illegal(next);
    }
    this.status = next;
  }

  private ProblemException illegal(CaseStatus next) {
    return ProblemException.conflict(
        "case.transition.illegal", caseNumber, status.code(), next.code());
  }

  private void touch(Instant now, Deadlines deadlines, ZoneId zone) {
    this.updatedAt = now;
    refreshDue(deadlines, zone);
  }

  private void refreshDue(Deadlines deadlines, ZoneId zone) {
    this.dueAt =
        deadlines.dueAt(status, registeredAt, acceptedAt, fulfilmentStatus, fulfilmentDueOn, zone);
  }

  public String id() {
    return id;
  }

  public String caseNumber() {
    return caseNumber;
  }

  public CaseSource source() {
    return source;
  }

  public String sourceRef() {
    return sourceRef;
  }

  public String referringDepartment() {
    return referringDepartment;
  }

  public String dedupKey() {
    return dedupKey;
  }

  public String category() {
    return category;
  }

  public String description() {
    return description;
  }

  public Money amount() {
    return amountFen == null ? null : new Money(amountFen, Currency.getInstance(amountCurrency));
  }

  public String merchantName() {
    return merchantName;
  }

  public UnifiedSocialCreditCode merchantCreditCode() {
    return merchantCreditCode == null ? null : UnifiedSocialCreditCode.parse(merchantCreditCode);
  }

  public String zoneCode() {
    return zoneCode;
  }

  public String language() {
    return language;
  }

  public CaseStatus status() {
    return status;
  }

  public String mediatorId() {
    return mediatorId;
  }

  public Instant registeredAt() {
    return registeredAt;
  }

  public LocalDate registeredOn() {
    return registeredOn;
  }

  public Instant acceptedAt() {
    return acceptedAt;
  }

  public Instant mediationStartedAt() {
    return mediationStartedAt;
  }

  public Instant dueAt() {
    return dueAt;
  }

  public Instant closedAt() {
    return closedAt;
  }

  public String agreementTerms() {
    return agreementTerms;
  }

  public Money compensation() {
    return compensationFen == null
        ? null
        : new Money(compensationFen, Currency.getInstance(compensationCurrency));
  }

  public Instant agreedAt() {
    return agreedAt;
  }

  public String verificationCode() {
    return verificationCode;
  }

  public ReferralBody referredTo() {
    return referredTo;
  }

  public String outcomeNote() {
    return outcomeNote;
  }

  public FulfilmentStatus fulfilmentStatus() {
    return fulfilmentStatus;
  }

  public LocalDate fulfilmentDueOn() {
    return fulfilmentDueOn;
  }

  public Instant fulfilmentCheckedAt() {
    return fulfilmentCheckedAt;
  }

  public String fulfilmentNote() {
    return fulfilmentNote;
  }

  public String createdBy() {
    return createdBy;
  }

  public Instant updatedAt() {
    return updatedAt;
  }

  public long version() {
    return version;
  }
}
