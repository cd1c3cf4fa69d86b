package org.tourismpolicing.kioskregistry.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.tourismpolicing.core.persistence.Ids;
import org.tourismpolicing.core.persistence.TenantScopedEntity;

/**
 * One visitor served at a kiosk: what they came for (a walk-in kind of the tenant: asking the way,
 * looking for a person, lost property, medical help …) and how it ended. The local date (tenant's
 * time zone) is stored with it so daily counts group by the station's day, not UTC's. Never edited
 * once logged: the log is the station's record of service.
 */
@Entity
@Table(name = "kr_walk_in")
public class WalkIn extends TenantScopedEntity {

  @Id
  @Column(name = "id", length = 36)
  private String id;

  @Column(name = "kiosk_id", nullable = false, updatable = false, length = 36)
  private String kioskId;

  @Column(name = "kind", nullable = false, updatable = false, length = 40)
  private String kind;

  @Enumerated(EnumType.STRING)
  @Column(name = "outcome", nullable = false, updatable = false, length = 20)
  private WalkInOutcome outcome;

  @Column(name = "description", updatable = false, length = 1000)
  private String description;

  @Column(name = "occurred_at", nullable = false, updatable = false)
  private Instant occurredAt;

  @Column(name = "occurred_on", nullable = false, updatable = false)
  private LocalDate occurredOn;

  @Column(name = "recorded_by", nullable = false, updatable = false, length = 200)
  private String recordedBy;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  protected WalkIn() {}

  public WalkIn(
      String kioskId,
      String kind,
      WalkInOutcome outcome,
      String description,
      Instant occurredAt,
      LocalDate occurredOn,
      String recordedBy,
      Instant createdAt) {
    this.id = Ids.newIdString();
    this.kioskId = kioskId;
    this.kind = kind;
    this.outcome = outcome;
    this.description = description;
    this.occurredAt = occurredAt;
    this.occurredOn = occurredOn;
    this.recordedBy = recordedBy;
    this.createdAt = createdAt;
  }

  public boolean needsPoliceAction() {
    return outcome == WalkInOutcome.POLICE_ACTION;
  }

  public String id() {
    return id;
  }

  public String kioskId() {
    return kioskId;
  }

  public String kind() {
    return kind;
  }

  public WalkInOutcome outcome() {
    return outcome;
  }

  public String description() {
    return description;
  }

  public Instant occurredAt() {
    return occurredAt;
  }

  public LocalDate occurredOn() {
    return occurredOn;
  }

  public String recordedBy() {
    return recordedBy;
  }

  public Instant createdAt() {
    return createdAt;
  }
}
