package org.tourismpolicing.dispatch.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import org.tourismpolicing.core.geo.GeoPoint;
import org.tourismpolicing.core.money.Money;
import org.tourismpolicing.core.persistence.Ids;
import org.tourismpolicing.core.persistence.TenantScopedEntity;
import org.tourismpolicing.core.problem.ProblemException;

/**
 * An incident (警情): where it came from, what and where it is, and its timeline (received,
 * dispatched, acknowledged, arrived, cleared or cancelled). Its status follows its units'
 * assignments; {@code unitsActive} counts them so that a claim for a waiting incident is one
 * conditional update.
 */
@Entity
@Table(name = "dp_incident")
public class Incident extends TenantScopedEntity {

  @Id
  @Column(name = "id", length = 36)
  private String id;

  @Column(name = "incident_number", nullable = false, updatable = false, length = 40)
  private String number;

  @Enumerated(EnumType.STRING)
  @Column(name = "source", nullable = false, updatable = false, length = 30)
  private IncidentSource source;

  @Column(name = "external_number", updatable = false, length = 80)
  private String externalNumber;

  @Column(name = "category", nullable = false, length = 40)
  private String category;

  @Column(name = "priority", nullable = false)
  private int priority;

  @Column(name = "latitude", nullable = false)
  private double latitude;

  @Column(name = "longitude", nullable = false)
  private double longitude;

  @Column(name = "zone_code", length = 40)
  private String zoneCode;

  @Column(name = "kiosk_id", updatable = false, length = 36)
  private String kioskId;

  @Column(name = "walk_in_id", updatable = false, length = 36)
  private String walkInId;

  @Column(name = "reporter_name", length = 100)
  private String reporterName;

  @Column(name = "reporter_phone", length = 30)
  private String reporterPhone;

  @Column(name = "description", length = 2000)
  private String description;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", nullable = false, length = 20)
  private IncidentStatus status;

  @Column(name = "auto_assign", nullable = false)
  private boolean autoAssign;

  @Column(name = "units_required", nullable = false)
  private int unitsRequired;

  @Column(name = "units_active", nullable = false)
  private int unitsActive;

  @Column(name = "received_at", nullable = false, updatable = false)
  private Instant receivedAt;

  @Column(name = "received_on", nullable = false, updatable = false)
  private LocalDate receivedOn;

  @Column(name = "dispatched_at")
  private Instant dispatchedAt;

  @Column(name = "acknowledged_at")
  private Instant acknowledgedAt;

  @Column(name = "arrived_at")
  private Instant arrivedAt;

  @Column(name = "cleared_at")
  private Instant clearedAt;

  @Column(name = "cancelled_at")
  private Instant cancelledAt;

  @Column(name = "cancel_reason", length = 500)
  private String cancelReason;

  @Column(name = "people_helped")
  private Integer peopleHelped;

  @Column(name = "people_rescued")
  private Integer peopleRescued;

  @Enumerated(EnumType.STRING)
  @Column(name = "dispute_outcome", length = 30)
  private DisputeOutcome disputeOutcome;

  @Column(name = "loss_recovered_fen")
  private Long lossRecoveredFen;

  @Column(name = "outcome_summary", length = 2000)
  private String outcomeSummary;

  @Column(name = "created_by", nullable = false, updatable = false, length = 200)
  private String createdBy;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  protected Incident() {}

  /** A new incident, received now. */
  public Incident(
      String number,
      IncidentSource source,
      String externalNumber,
      String category,
      int priority,
      GeoPoint position,
      String zoneCode,
      IncidentReport report,
      boolean autoAssign,
      int unitsRequired,
      Instant receivedAt,
      LocalDate receivedOn,
      String createdBy) {
    this.id = Ids.newIdString();
    this.number = number;
    this.source = source;
    this.externalNumber = externalNumber;
    this.category = category;
    this.priority = priority;
    this.latitude = position.latitude();
    this.longitude = position.longitude();
    this.zoneCode = zoneCode;
    this.kioskId = report.kioskId();
    this.walkInId = report.walkInId();
    this.reporterName = report.reporterName();
    this.reporterPhone = report.reporterPhone();
    this.description = report.description();
    this.status = IncidentStatus.RECEIVED;
    this.autoAssign = autoAssign;
    this.unitsRequired = Math.max(1, unitsRequired);
    this.unitsActive = 0;
    this.receivedAt = receivedAt;
    this.receivedOn = receivedOn;
    this.createdBy = createdBy;
    this.updatedAt = receivedAt;
  }

  /** Marks the incident changed now (its record was written now, whatever time it was received). */
  public void touch(Instant now) {
    this.updatedAt = now;
  }

  /** What the reporter and the intake said, besides category, priority and position. */
  public record IncidentReport(
      String reporterName,
      String reporterPhone,
      String description,
      String kioskId,
      String walkInId) {}

  /**
   * Brings the status and the timeline's first timestamps in line with the incident's active
   * assignments (their statuses), after one of them changed at {@code now}.
   */
  public void follow(Collection<AssignmentStatus> active, Instant now) {
    if (status.isClosed()) {
      return;
    }
    this.unitsActive = active.size();
    this.updatedAt = now;
    if (active.contains(AssignmentStatus.ON_SCENE) || active.contains(AssignmentStatus.CLEARING)) {
      status = IncidentStatus.ON_SCENE;
    } else if (active.contains(AssignmentStatus.ACKNOWLEDGED)) {
      status = IncidentStatus.EN_ROUTE;
    } else if (active.contains(AssignmentStatus.ASSIGNED)) {
      status = IncidentStatus.DISPATCHED;
    } else if (arrivedAt != null) {
      status = IncidentStatus.CLEARED;
      clearedAt = now;
    } else {
      status = IncidentStatus.RECEIVED;
    }
    if (status != IncidentStatus.RECEIVED && dispatchedAt == null) {
      dispatchedAt = now;
    }
    if ((status == IncidentStatus.EN_ROUTE || status == IncidentStatus.ON_SCENE)
        && acknowledgedAt == null) {
      acknowledgedAt = now;
    }
    if (status == IncidentStatus.ON_SCENE && arrivedAt == null) {
      arrivedAt = now;
    }
  }

  public void cancel(String reason, Instant now) {
    if (status.isClosed()) {
      throw ProblemException.conflict("incident.closed", number, status.code());
    }
    status = IncidentStatus.CANCELLED;
    cancelledAt = now;
    cancelReason = reason;
    unitsActive = 0;
    updatedAt = now;
  }

  /** Records what the police achieved; allowed once units are on scene and after clearing. */
  public void recordOutcome(
      int helped,
      int rescued,
      DisputeOutcome dispute,
      Money lossRecovered,
      String summary,
      Instant now) {
    if (arrivedAt == null) {
      throw ProblemException.conflict("incident.outcome.before-arrival", number, status.code());
    }
    this.peopleHelped = helped;
    this.peopleRescued = rescued;
    this.disputeOutcome = dispute;
    this.lossRecoveredFen = lossRecovered.fen();
    this.outcomeSummary = summary;
    this.updatedAt = now;
  }

  /** Units still to find: required minus active. */
  public int unitsMissing() {
    return status.isClosed() || arrivedAt != null ? 0 : Math.max(0, unitsRequired - unitsActive);
  }

  public String id() {
    return id;
  }

  public String number() {
    return number;
  }

  public IncidentSource source() {
    return source;
  }

  public String externalNumber() {
    return externalNumber;
  }

  public String category() {
    return category;
  }

  public int priority() {
    return priority;
  }

  public GeoPoint position() {
    return GeoPoint.wgs84(latitude, longitude);
  }

  public String zoneCode() {
    return zoneCode;
  }

  public String kioskId() {
    return kioskId;
  }

  public String walkInId() {
    return walkInId;
  }

  public String reporterName() {
    return reporterName;
  }

  public String reporterPhone() {
    return reporterPhone;
  }

  public String description() {
    return description;
  }

  public IncidentStatus status() {
    return status;
  }

  public boolean autoAssign() {
    return autoAssign;
  }

  public int unitsRequired() {
    return unitsRequired;
  }

  public int unitsActive() {
    return unitsActive;
  }

  public Instant receivedAt() {
    return receivedAt;
  }

  public LocalDate receivedOn() {
    return receivedOn;
  }

  public Instant dispatchedAt() {
    return dispatchedAt;
  }

  public Instant acknowledgedAt() {
    return acknowledgedAt;
  }

  public Instant arrivedAt() {
    return arrivedAt;
  }

  public Instant clearedAt() {
    return clearedAt;
  }

  public Instant cancelledAt() {
    return cancelledAt;
  }

  public String cancelReason() {
    return cancelReason;
  }

  public Integer peopleHelped() {
    return peopleHelped;
  }

  public Integer peopleRescued() {
    return peopleRescued;
  }

  public DisputeOutcome disputeOutcome() {
    return disputeOutcome;
  }

  public Long lossRecoveredFen() {
    return lossRecoveredFen;
  }

  public String outcomeSummary() {
    return outcomeSummary;
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
