package org.tourismpolicing.dispatch.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.tourismpolicing.core.persistence.Ids;
import org.tourismpolicing.core.persistence.TenantScopedEntity;

/** One step of an incident's timeline: what happened, when, who did it, with which unit. */
@Entity
@Table(name = "dp_timeline")
public class TimelineEntry extends TenantScopedEntity {

  @Id
  @Column(name = "id", length = 36)
  private String id;

  @Column(name = "incident_id", nullable = false, updatable = false, length = 36)
  private String incidentId;

  @Enumerated(EnumType.STRING)
  @Column(name = "step", nullable = false, updatable = false, length = 30)
  private TimelineStep step;

  @Column(name = "at", nullable = false, updatable = false)
  private Instant at;

  @Column(name = "actor", nullable = false, updatable = false, length = 200)
  private String actor;

  @Column(name = "unit_id", updatable = false, length = 36)
  private String unitId;

  @Column(name = "note", updatable = false, length = 500)
  private String note;

  protected TimelineEntry() {}

  public TimelineEntry(
      String incidentId, TimelineStep step, Instant at, String actor, String unitId, String note) {
    this.id = Ids.newIdString();
    this.incidentId = incidentId;
    this.step = step;
    this.at = at;
    this.actor = actor;
    this.unitId = unitId;
    this.note = note == null || note.length() <= 500 ? note : note.substring(0, 500);
  }

  public String id() {
    return id;
  }

  public String incidentId() {
    return incidentId;
  }

  public TimelineStep step() {
    return step;
  }

  public Instant at() {
    return at;
  }

  public String actor() {
    return actor;
  }

  public String unitId() {
    return unitId;
  }

  public String note() {
    return note;
  }
}
