package org.tourismpolicing.informantrewards.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.tourismpolicing.core.geo.GeoPoint;
import org.tourismpolicing.core.persistence.TenantScopedEntity;
import org.tourismpolicing.core.problem.ProblemException;

/**
 * A citizen's tip (线索): what was seen, where and when, optionally the business it concerns. It
 * carries no identity: at most the id of a registered informant, whose identity is sealed in {@link
 * Informant}. The informant follows it with a receipt code, kept here only as a hash.
 *
 * <p>Life cycle in {@link TipStatus}; every move goes through {@link #moveTo}, which refuses an
 * illegal one with a 409 naming the current status.
 */
@Entity
@Table(name = "ir_tip")
public class Tip extends TenantScopedEntity {

  @Id
  @Column(name = "id", length = 36)
  private String id;

  @Column(name = "tip_number", nullable = false, updatable = false, length = 30)
  private String number;

  @Column(name = "category", nullable = false, updatable = false, length = 40)
  private String category;

  @Column(name = "description", nullable = false, updatable = false, length = 4000)
  private String description;

  @Column(name = "place", updatable = false, length = 300)
  private String place;

  @Column(name = "lat", updatable = false)
  private Double lat;

  @Column(name = "lon", updatable = false)
  private Double lon;

  @Column(name = "occurred_at", updatable = false)
  private Instant occurredAt;

  @Column(name = "credit_code", updatable = false, length = 18)
  private String creditCode;

  @Column(name = "business_name", updatable = false, length = 200)
  private String businessName;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", nullable = false, length = 30)
  private TipStatus status;

  @Column(name = "informant_id", updatable = false, length = 36)
  private String informantId;

  @Column(name = "receipt_hash", nullable = false, updatable = false, length = 64)
  private String receiptHash;

  @Column(name = "client_hash", nullable = false, updatable = false, length = 64)
  private String clientHash;

  @Column(name = "text_hash", nullable = false, updatable = false, length = 64)
  private String textHash;

  @Column(name = "submitted_at", nullable = false, updatable = false)
  private Instant submittedAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Column(name = "handler_note", length = 2000)
  private String handlerNote;

  @Column(name = "verified_at")
  private Instant verifiedAt;

  // stays true after the reward steps, so police action and listings can follow a paid tip
  @Column(name = "verified_true", nullable = false)
  private boolean verifiedTrue;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  protected Tip() {}

  /** What the informant reported, already checked (category known, text not spam). */
  public record Report(
      String category,
      String description,
      String place,
      GeoPoint position,
      Instant occurredAt,
      String creditCode,
      String businessName) {}

  public Tip(
      String id,
      String number,
      Report report,
      String informantId,
      String receiptHash,
      String clientHash,
      String textHash,
      Instant now) {
    this.id = id;
    this.number = number;
    this.category = report.category();
    this.description = report.description();
    this.place = report.place();
    if (report.position() != null) {
      this.lat = report.position().latitude();
      this.lon = report.position().longitude();
    }
    this.occurredAt = report.occurredAt();
    this.creditCode = report.creditCode();
    this.businessName = report.businessName();
    this.status = TipStatus.SUBMITTED;
    this.informantId = informantId;
    this.receiptHash = receiptHash;
    this.clientHash = clientHash;
    this.textHash = textHash;
    this.submittedAt = now;
    this.updatedAt = now;
  }

  /**
   * Moves the tip on, or refuses with 409 naming where it is.
   *
   * @param note the handler's note for this step (kept as the latest note), may be null
   */
  public void moveTo(TipStatus next, String note, Instant now) {
    if (!status.canMoveTo(next)) {
      throw ProblemException.conflict("tip.transition", number, status.code(), next.code());
    }
    status = next;
    if (note != null && !note.isBlank()) {
      handlerNote = note;
    }
    if (next == TipStatus.VERIFIED_TRUE || next == TipStatus.VERIFIED_FALSE) {
      verifiedAt = now;
      verifiedTrue = next == TipStatus.VERIFIED_TRUE;
    }
    updatedAt = now;
  }

  /** Police action and listing proposals build on facts verified true only. */
  public void requireVerifiedTrue() {
    if (!verifiedTrue) {
      throw ProblemException.conflict("tip.not-verified", number, status.code());
    }
  }

  public String id() {
    return id;
  }

  public String number() {
    return number;
  }

  public String category() {
    return category;
  }

  public String description() {
    return description;
  }

  public String place() {
    return place;
  }

  public GeoPoint position() {
    return lat == null || lon == null ? null : new GeoPoint(lat, lon);
  }

  public Instant occurredAt() {
    return occurredAt;
  }

  public String creditCode() {
    return creditCode;
  }

  public String businessName() {
    return businessName;
  }

  public TipStatus status() {
    return status;
  }

  public String informantId() {
    return informantId;
  }

  public String receiptHash() {
    return receiptHash;
  }

  public Instant submittedAt() {
    return submittedAt;
  }

  public Instant updatedAt() {
    return updatedAt;
  }

  public String handlerNote() {
    return handlerNote;
  }

  public Instant verifiedAt() {
    return verifiedAt;
  }

  public boolean wasVerifiedTrue() {
    return verifiedTrue;
  }

  public long version() {
    return version;
  }
}
