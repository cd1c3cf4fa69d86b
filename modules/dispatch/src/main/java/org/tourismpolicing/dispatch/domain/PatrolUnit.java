package org.tourismpolicing.dispatch.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.tourismpolicing.core.geo.GeoPoint;
import org.tourismpolicing.core.persistence.Ids;
import org.tourismpolicing.core.persistence.TenantScopedEntity;
import org.tourismpolicing.core.problem.ProblemException;

/**
 * A patrol unit (巡逻组): a call sign, how it moves, its officers (badge numbers of the tenant's
 * roster), its home zone, its state and its last reported position. Only an assignment moves it to
 * "assigned" (see {@code AssignmentService}); everything else is a report checked by {@link
 * UnitState#canReport}.
 */
@Entity
@Table(name = "dp_unit")
public class PatrolUnit extends TenantScopedEntity {

  @Id
  @Column(name = "id", length = 36)
  private String id;

  @Column(name = "call_sign", nullable = false, length = 40)
  private String callSign;

  @Convert(converter = PatrolModeColumn.class)
  @Column(name = "mode", nullable = false, length = PatrolMode.MAX_LENGTH)
  private PatrolMode mode;

  /** Badge numbers, comma-separated. */
  @Column(name = "officers", nullable = false, length = 1000)
  private String officers;

  @Column(name = "home_zone", nullable = false, length = 40)
  private String homeZone;

  @Enumerated(EnumType.STRING)
  @Column(name = "state", nullable = false, length = 20)
  private UnitState state;

  @Column(name = "state_since", nullable = false)
  private Instant stateSince;

  @Column(name = "incident_id", length = 36)
  private String incidentId;

  @Column(name = "latitude")
  private Double latitude;

  @Column(name = "longitude")
  private Double longitude;

  @Column(name = "position_at")
  private Instant positionAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  protected PatrolUnit() {}

  public PatrolUnit(
      String callSign, PatrolMode mode, List<String> officers, String homeZone, Instant now) {
    this.id = Ids.newIdString();
    this.callSign = callSign;
    this.mode = mode;
    this.officers = String.join(",", officers);
    this.homeZone = homeZone;
    this.state = UnitState.OFF_DUTY;
    this.stateSince = now;
    this.updatedAt = now;
  }

  /** A state the unit reports (or a dispatcher reports for it); 409 when not allowed now. */
  public void report(UnitState next, Instant now) {
    if (!state.canReport(next)) {
      throw ProblemException.conflict("unit.state.illegal", callSign, state.code(), next.code());
    }
    moveTo(next, now);
  }

  /** Moves without the reporting rules: assignment, release, time-out. */
  public void moveTo(UnitState next, Instant now) {
    this.state = next;
    this.stateSince = now;
    this.updatedAt = now;
    if (next == UnitState.PATROLLING || next == UnitState.OFF_DUTY) {
      this.incidentId = null;
    }
  }

  public void assignTo(String incident, Instant now) {
    moveTo(UnitState.ASSIGNED, now);
    this.incidentId = incident;
  }

  /** Records a position report unless a newer one is already known. */
  public boolean reportPosition(GeoPoint position, Instant at) {
    if (positionAt != null && !at.isAfter(positionAt)) {
      return false;
    }
    this.latitude = position.latitude();
    this.longitude = position.longitude();
    this.positionAt = at;
    return true;
  }

  public void describe(PatrolMode mode, List<String> officers, String homeZone, Instant now) {
    this.mode = mode;
    this.officers = String.join(",", officers);
    this.homeZone = homeZone;
    this.updatedAt = now;
  }

  /** True when no position was reported within {@code staleAfter} of {@code now}. */
  public boolean positionStale(Instant now, Duration staleAfter) {
    return positionAt == null || positionAt.plus(staleAfter).isBefore(now);
  }

  public boolean hasOfficer(String badge) {
    return officers().contains(badge);
  }

  public String id() {
    return id;
  }

  public String callSign() {
    return callSign;
  }

  public PatrolMode mode() {
    return mode;
  }

  public List<String> officers() {
    return officers.isEmpty() ? List.of() : Arrays.asList(officers.split(","));
  }

  public String homeZone() {
    return homeZone;
  }

  public UnitState state() {
    return state;
  }

  public Instant stateSince() {
    return stateSince;
  }

  public String incidentId() {
    return incidentId;
  }

  public GeoPoint position() {
    return latitude == null ? null : GeoPoint.wgs84(latitude, longitude);
  }

  public Instant positionAt() {
    return positionAt;
  }

  public Instant updatedAt() {
    return updatedAt;
  }

  public long version() {
    return version;
  }
}
