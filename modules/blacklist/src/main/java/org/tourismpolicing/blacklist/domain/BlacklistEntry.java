package org.tourismpolicing.blacklist.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.tourismpolicing.blacklist.screening.SubjectKind;
import org.tourismpolicing.core.persistence.Ids;
import org.tourismpolicing.core.persistence.TenantScopedEntity;
import org.tourismpolicing.core.problem.ProblemException;

/**
 * One listing on the tourism blacklist (涉旅黑名单): a business (name, unified social credit code,
 * address, legal representative) or a person (name; the resident ID number only as a keyed hash and
 * a masked form; the phone only hashed and masked), its category, reason, issuing department(s),
 * validity and visibility.
 *
 * <p>Life cycle ({@link EntryStatus}): <b>proposed</b> by a department or the station; <b>signed
 * off</b> once the approver of every issuing department (and the station leader, when the category
 * requires it) has signed; <b>active</b> from its effective date; then <b>expired</b> at the end of
 * its validity (a job), <b>revoked</b> (reason), <b>credit-repaired</b> (early removal after
 * rectification, reason) or <b>revoked-by-appeal</b> (an appeal overturned it). While an appeal is
 * under review the entry may be <b>suspended</b> (tenant setting) and comes back active when the
 * listing is upheld. A move not in this table is refused with 409 naming the current status.
 *
 * <p>Invariants: effective-to is after effective-from; the departments never change after the
 * proposal; while it has not ended, the entry holds its open key (category and subject), which no
 * other open entry of the tenant may hold, so a subject is never listed twice for one category;
 * every change bumps the version (optimistic locking) and {@code updatedAt} (which other servers
 * poll to keep their screening indexes current).
 */
@Entity
@Table(name = "bl_entry")
public class BlacklistEntry extends TenantScopedEntity {

  @Id
  @Column(name = "id", length = 36)
  private String id;

  @Enumerated(EnumType.STRING)
  @Column(name = "subject_kind", nullable = false, updatable = false, length = 20)
  private SubjectKind kind;

  @Column(name = "name", nullable = false, length = 200)
  private String name;

  /** Other names (short name, shop sign), one per line. */
  @Column(name = "aliases", length = 2000)
  private String aliases;

  @Column(name = "credit_code", length = 18)
  private String creditCode;

  @Column(name = "address", length = 500)
  private String address;

  @Column(name = "legal_representative", length = 100)
  private String legalRepresentative;

  @Column(name = "id_number_hash", length = 64)
  private String idNumberHash;

  /** The same number hashed with the deployment's shared key, for shared lists. */
  @Column(name = "id_number_shared_hash", length = 64)
  private String idNumberSharedHash;

  @Column(name = "id_number_masked", length = 18)
  private String idNumberMasked;

  @Column(name = "phone_hash", length = 64)
  private String phoneHash;

  @Column(name = "phone_masked", length = 20)
  private String phoneMasked;

  @Column(name = "category", nullable = false, length = 40)
  private String category;

  @Column(name = "reason", nullable = false, length = 4000)
  private String reason;

  /** Issuing departments' codes, comma-separated. */
  @Column(name = "departments", nullable = false, updatable = false, length = 400)
  private String departments;

  @Enumerated(EnumType.STRING)
  @Column(name = "visibility", nullable = false, length = 20)
  private Visibility visibility;

  @Column(name = "effective_from", nullable = false)
  private Instant effectiveFrom;

  @Column(name = "effective_to", nullable = false)
  private Instant effectiveTo;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", nullable = false, length = 30)
  private EntryStatus status;

  /** Departments that have signed off, comma-separated. */
  @Column(name = "signed_departments", length = 400)
  private String signedDepartments;

  @Column(name = "leader_required", nullable = false, updatable = false)
  private boolean leaderRequired;

  @Column(name = "leader_signed_by", length = 200)
  private String leaderSignedBy;

  /** Why the entry ended or was paused (revocation, credit repair, appeal). */
  @Column(name = "status_reason", length = 2000)
  private String statusReason;

  @Column(name = "ended_at")
  private Instant endedAt;

  /**
   * Category and subject while the entry is open (a unique key: no second open entry for them);
   * null once it has ended. See {@link #openKey(String, String)}.
   */
  @Column(name = "open_key", length = 64)
  private String openKey;

  /** The verified tip that proposed it, if any: one proposal per tip. */
  @Column(name = "source_tip_id", updatable = false, length = 36)
  private String sourceTipId;

  @Column(name = "created_by", nullable = false, updatable = false, length = 200)
  private String createdBy;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  protected BlacklistEntry() {}

  /** What a proposal says about its subject; identifiers already validated and hashed. */
  public record Subject(
      SubjectKind kind,
      String name,
      List<String> aliases,
      String creditCode,
      String address,
      String legalRepresentative,
      String idNumberHash,
      String idNumberSharedHash,
      String idNumberMasked,
      String phoneHash,
      String phoneMasked) {}

  /**
   * The open key of a category and a subject's identity: the subject as the caller identifies it
   * (its credit code, its ID number's keyed hash, else its normalised name), hashed with the
   * category so that the key has a fixed length.
   */
  public static String openKey(String category, String subjectIdentity) {
    try {
      byte[] digest =
          java.security.MessageDigest.getInstance("SHA-256")
              .digest(
                  (category + "\n" + subjectIdentity)
                      .getBytes(java.nio.charset.StandardCharsets.UTF_8));
      return java.util.HexFormat.of().formatHex(digest);
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }

  /**
   * A new proposal.
   *
   * @param subjectIdentity the subject as {@link #openKey} takes it
   */
  public static BlacklistEntry propose(
      Subject subject,
      String subjectIdentity,
      CategoryRule category,
      String reason,
      List<String> departments,
      Visibility visibility,
      Instant effectiveFrom,
      Instant effectiveTo,
      String sourceTipId,
      String createdBy,
      Instant now) {
    if (departments == null || departments.isEmpty()) {
      throw ProblemException.invalid("departments", "validation.required");
    }
    if (!effectiveTo.isAfter(effectiveFrom)) {
      throw ProblemException.invalid("effectiveTo", "entry.effective-to.before-from");
    }
    BlacklistEntry e = new BlacklistEntry();
    e.id = Ids.newIdString();
    e.kind = subject.kind();
    e.name = subject.name().strip();
    e.aliases = subject.aliases() == null ? null : String.join("\n", subject.aliases());
    e.creditCode = subject.creditCode();
    e.address = subject.address();
    e.legalRepresentative = subject.legalRepresentative();
    e.idNumberHash = subject.idNumberHash();
    e.idNumberSharedHash = subject.idNumberSharedHash();
    e.idNumberMasked = subject.idNumberMasked();
    e.phoneHash = subject.phoneHash();
    e.phoneMasked = subject.phoneMasked();
    e.category = category.code();
    e.openKey = openKey(category.code(), subjectIdentity);
    e.reason = reason;
    e.departments = String.join(",", new LinkedHashSet<>(departments));
    e.visibility = visibility;
    e.effectiveFrom = effectiveFrom;
    e.effectiveTo = effectiveTo;
    e.status = EntryStatus.PROPOSED;
    e.leaderRequired = category.leaderSignOff();
    e.sourceTipId = sourceTipId;
    e.createdBy = createdBy;
    e.createdAt = now;
    e.updatedAt = now;
    return e;
  }

  /**
   * Records the sign-off of an issuing department's approver; once every department (and the
   * station leader when required) has signed, the entry is signed off and, from its effective date,
   * active.
   */
  public void signOffForDepartment(String department, Instant now) {
    requireStatus(EntryStatus.PROPOSED);
    if (!departments().contains(department)) {
      throw ProblemException.ruleViolation("entry.sign-off.not-issuing", department);
    }
    if (signedDepartments().contains(department)) {
      throw ProblemException.conflict("entry.sign-off.twice", department);
    }
    List<String> signed = new ArrayList<>(signedDepartments());
    signed.add(department);
    signedDepartments = String.join(",", signed);
    completeIfSigned(now);
    touch(now);
  }

  /** Records the station leader's sign-off (required or not, it is recorded). */
  public void signOffAsLeader(String leader, Instant now) {
    requireStatus(EntryStatus.PROPOSED);
    if (leaderSignedBy != null) {
      throw ProblemException.conflict("entry.sign-off.twice", "station-leader");
    }
    leaderSignedBy = leader;
    completeIfSigned(now);
    touch(now);
  }

  /** Whether every required sign-off is there. */
  public boolean isFullySigned() {
    return signedDepartments().containsAll(departments())
        && (!leaderRequired || leaderSignedBy != null);
  }

  private void completeIfSigned(Instant now) {
    if (isFullySigned()) {
      status = EntryStatus.SIGNED_OFF;
      activateIfDue(now);
    }
  }

  /** Signed off and its effective date reached: active. Answers whether it changed. */
  public boolean activateIfDue(Instant now) {
    if (status == EntryStatus.SIGNED_OFF && !now.isBefore(effectiveFrom)) {
      if (!now.isBefore(effectiveTo)) {
        end(EntryStatus.EXPIRED, null, now);
      } else {
        status = EntryStatus.ACTIVE;
        touch(now);
      }
      return true;
    }
    return false;
  }

  /** The end of validity reached: expired. Answers whether it changed. */
  public boolean expireIfDue(Instant now) {
    boolean running =
        status == EntryStatus.ACTIVE
            || status == EntryStatus.SUSPENDED
            || status == EntryStatus.SIGNED_OFF;
    if (running && !now.isBefore(effectiveTo)) {
      end(EntryStatus.EXPIRED, null, now);
      return true;
    }
    return false;
  }

  public void revoke(String why, Instant now) {
    requireStatus(
        EntryStatus.PROPOSED, EntryStatus.SIGNED_OFF, EntryStatus.ACTIVE, EntryStatus.SUSPENDED);
    end(EntryStatus.REVOKED, why, now);
  }

  /** Early removal after the subject rectified (信用修复). */
  public void creditRepair(String why, Instant now) {
    requireStatus(EntryStatus.ACTIVE, EntryStatus.SUSPENDED);
    end(EntryStatus.CREDIT_REPAIRED, why, now);
  }

  /** An appeal under review pauses the listing. */
  public void suspend(Instant now) {
    requireStatus(EntryStatus.ACTIVE);
    status = EntryStatus.SUSPENDED;
    touch(now);
  }

  /** The appeal failed: the listing applies again (or has expired meanwhile). */
  public void resume(Instant now) {
    requireStatus(EntryStatus.SUSPENDED);
    status = EntryStatus.ACTIVE;
    expireIfDue(now);
    touch(now);
  }

  /** The appeal succeeded: the listing ends. */
  public void overturn(String why, Instant now) {
    requireStatus(EntryStatus.SIGNED_OFF, EntryStatus.ACTIVE, EntryStatus.SUSPENDED);
    end(EntryStatus.REVOKED_BY_APPEAL, why, now);
  }

  /** Changes of visibility are allowed while the entry has not ended. */
  public void changeVisibility(Visibility next, Instant now) {
    if (status.isFinal()) {
      throw illegal();
    }
    visibility = next;
    touch(now);
  }

  public void checkVersion(long expected) {
    if (expected != version) {
      throw ProblemException.versionConflict(expected, version);
    }
  }

  private void end(EntryStatus next, String why, Instant now) {
    status = next;
    openKey = null;
    statusReason = why;
    endedAt = now;
    touch(now);
  }

  private void requireStatus(EntryStatus... allowed) {
    if (!Arrays.asList(allowed).contains(status)) {
      throw illegal();
    }
  }

  private ProblemException illegal() {
    return ProblemException.conflict("entry.status.illegal", status.code());
  }

  private void touch(Instant now) {
    updatedAt = now;
  }

  public boolean isListed() {
    return status == EntryStatus.ACTIVE;
  }

  public boolean isIssuedBy(String department) {
    return departments().contains(department);
  }

  public String id() {
    return id;
  }

  public SubjectKind kind() {
    return kind;
  }

  public String name() {
    return name;
  }

  public List<String> aliases() {
    return aliases == null || aliases.isBlank() ? List.of() : List.of(aliases.split("\n"));
  }

  public String creditCode() {
    return creditCode;
  }

  public String address() {
    return address;
  }

  public String legalRepresentative() {
    return legalRepresentative;
  }

  public String idNumberHash() {
    return idNumberHash;
  }

  public String idNumberSharedHash() {
    return idNumberSharedHash;
  }

  public String idNumberMasked() {
    return idNumberMasked;
  }

  public String phoneHash() {
    return phoneHash;
  }

  public String phoneMasked() {
    return phoneMasked;
  }

  public String category() {
    return category;
  }

  /** The open key while the entry is open; null once it has ended. */
  public String openKey() {
    return openKey;
  }

  /** Gives an entry proposed before open keys existed its key (see {@code OpenKeys}). */
  public void holdOpenKey(String subjectIdentity) {
    if (!status.isFinal() && openKey == null) {
      openKey = openKey(category, subjectIdentity);
    }
  }

  public String reason() {
    return reason;
  }

  public List<String> departments() {
    return List.of(departments.split(","));
  }

  public Set<String> signedDepartments() {
    return signedDepartments == null || signedDepartments.isBlank()
        ? Set.of()
        : new LinkedHashSet<>(List.of(signedDepartments.split(",")));
  }

  public boolean leaderRequired() {
    return leaderRequired;
  }

  public String leaderSignedBy() {
    return leaderSignedBy;
  }

  public Visibility visibility() {
    return visibility;
  }

  public Instant effectiveFrom() {
    return effectiveFrom;
  }

  public Instant effectiveTo() {
    return effectiveTo;
  }

  public EntryStatus status() {
    return status;
  }

  public String statusReason() {
    return statusReason;
  }

  public Instant endedAt() {
    return endedAt;
  }

  public String sourceTipId() {
    return sourceTipId;
  }

  public String createdBy() {
    return createdBy;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Instant updatedAt() {
    return updatedAt;
  }

  public long version() {
    return version;
  }
}
