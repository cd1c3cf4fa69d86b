package org.tourismpolicing.dispatch.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import org.tourismpolicing.core.persistence.Ids;
import org.tourismpolicing.core.persistence.TenantScopedEntity;

/**
 * One unit sent to one incident. While active, {@code active_unit_id} holds the unit and a unique
 * index on it lets the database itself refuse a second active assignment of the same unit, from
 * whichever server it comes.
 */
@Entity
@Table(name = "dp_assignment")
public class Assignment extends TenantScopedEntity {

  public static final Set<AssignmentStatus> ACTIVE =
      EnumSet.of(
          AssignmentStatus.ASSIGNED,
          AssignmentStatus.ACKNOWLEDGED,
          AssignmentStatus.ON_SCENE,
          AssignmentStatus.CLEARING);

  @Id
  @Column(name = "id", length = 36)
  private String id;

  @Column(name = "incident_id", nullable = false, updatable = false, length = 36)
  private String incidentId;

  @Column(name = "unit_id", nullable = false, updatable = false, length = 36)
  private String unitId;

  @Column(name = "active_unit_id", length = 36)
  private String activeUnitId;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", nullable = false, length = 20)
  private AssignmentStatus status;

  @Column(name = "assigned_by", nullable = false, updatable = false, length = 200)
  private String assignedBy;

  @Column(name = "automatic", nullable = false, updatable = false)
  private boolean automatic;

  @Column(name = "eta_seconds", updatable = false)
  private Integer etaSeconds;

  @Column(name = "distance_metres", updatable = false)
  private Integer distanceMetres;

  @Column(name = "assigned_at", nullable = false, updatable = false)
  private Instant assignedAt;

  @Column(name = "acknowledged_at")
  private Instant acknowledgedAt;

  @Column(name = "arrived_at")
  private Instant arrivedAt;

  @Column(name = "ended_at")
  private Instant endedAt;

  @Column(name = "end_reason", length = 30)
  private String endReason;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  protected Assignment() {}

  public Assignment(
      String incidentId,
      String unitId,
      String assignedBy,
      boolean automatic,
      Integer etaSeconds,
      Integer distanceMetres,
      Instant now) {
    this.id = Ids.newIdString();
    this.incidentId = incidentId;
    this.unitId = unitId;
    this.activeUnitId = unitId;
    this.status = AssignmentStatus.ASSIGNED;
    this.assignedBy = assignedBy;
    this.automatic = automatic;
    this.etaSeconds = etaSeconds;
    this.distanceMetres = distanceMetres;
    this.assignedAt = now;
  }

  public boolean isActive() {
    return ACTIVE.contains(status);
  }

  /** Follows the unit's reported state. */
  public void follow(UnitState unitState, Instant now) {
    switch (unitState) {
      case EN_ROUTE -> {
        status = AssignmentStatus.ACKNOWLEDGED;
        acknowledgedAt = now;
      }
      case ON_SCENE -> {
        status = AssignmentStatus.ON_SCENE;
        arrivedAt = now;
      }
      case CLEARING -> status = AssignmentStatus.CLEARING;
      case PATROLLING -> end(AssignmentStatus.COMPLETED, "cleared", now);
      default -> {}
    }
  }

  /** Ends the assignment: completed, released by a dispatcher, or timed out. */
  public void end(AssignmentStatus how, String reason, Instant now) {
    this.status = how;
    this.endReason = reason;
    this.endedAt = now;
    this.activeUnitId = null;
  }

  public String id() {
    return id;
  }

  public String incidentId() {
    return incidentId;
  }

  public String unitId() {
    return unitId;
  }

  public AssignmentStatus status() {
    return status;
  }

  public String assignedBy() {
    return assignedBy;
  }

  public boolean automatic() {
    return automatic;
  }

  public Integer etaSeconds() {
    return etaSeconds;
  }

  public Integer distanceMetres() {
    return distanceMetres;
  }

  public Instant assignedAt() {
    return assignedAt;
  }

  public Instant acknowledgedAt() {
    return acknowledgedAt;
  }

  public Instant arrivedAt() {
    return arrivedAt;
  }

  public Instant endedAt() {
    return endedAt;
  }

  public String endReason() {
    return endReason;
  }

  public long version() {
    return version;
  }
}
