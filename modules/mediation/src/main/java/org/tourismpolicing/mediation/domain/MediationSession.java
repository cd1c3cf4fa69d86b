package org.tourismpolicing.mediation.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.tourismpolicing.core.persistence.Ids;
import org.tourismpolicing.core.persistence.TenantScopedEntity;
import org.tourismpolicing.core.problem.ProblemException;

/**
 * A mediation session of a case: scheduled with its mediators and place, then held (who attended,
 * what was said) or cancelled. Once held or cancelled it is not changed again.
 */
@Entity
@Table(name = "mediation_session")
public class MediationSession extends TenantScopedEntity {

  @Id
  @Column(name = "id", length = 36)
  private String id;

  @Column(name = "case_id", nullable = false, updatable = false, length = 36)
  private String caseId;

  @Column(name = "scheduled_at", nullable = false)
  private Instant scheduledAt;

  @Column(name = "place", length = 200)
  private String place;

  /** Mediator codes, comma-separated (a session has one to a few). */
  @Column(name = "mediators", nullable = false, length = 1000)
  private String mediators;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", nullable = false, length = 20)
  private SessionStatus status;

  @Column(name = "held_at")
  private Instant heldAt;

  /** Attendees, one per line. */
  @Column(name = "attendees", length = 2000)
  private String attendees;

  @Column(name = "notes", length = 4000)
  private String notes;

  @Column(name = "created_by", nullable = false, updatable = false, length = 200)
  private String createdBy;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  protected MediationSession() {}

  public MediationSession(
      String caseId, Instant scheduledAt, String place, List<String> mediators, String createdBy) {
    this.id = Ids.newIdString();
    this.caseId = caseId;
    this.scheduledAt = scheduledAt;
    this.place = place;
    this.mediators = String.join(",", mediators);
    this.status = SessionStatus.SCHEDULED;
    this.createdBy = createdBy;
  }

  /** Records that the session took place. */
  public void held(Instant at, List<String> attendees, String notes) {
    requireScheduled();
    this.status = SessionStatus.HELD;
    this.heldAt = at;
    this.attendees = String.join("\n", attendees);
    this.notes = notes;
  }

  public void cancel(String reason) {
    requireScheduled();
    this.status = SessionStatus.CANCELLED;
    this.notes = reason;
  }

  private void requireScheduled() {
    if (status != SessionStatus.SCHEDULED) {
      throw ProblemException.conflict("session.not-scheduled", status.code());
    }
  }

  public String id() {
    return id;
  }

  public String caseId() {
    return caseId;
  }

  public Instant scheduledAt() {
    return scheduledAt;
  }

  public String place() {
    return place;
  }

  public List<String> mediators() {
    return mediators.isEmpty() ? List.of() : Arrays.asList(mediators.split(","));
  }

  public SessionStatus status() {
    return status;
  }

  public Instant heldAt() {
    return heldAt;
  }

  public List<String> attendees() {
    return attendees == null || attendees.isEmpty()
        ? List.of()
        : Arrays.asList(attendees.split("\n"));
  }

  public String notes() {
    return notes;
  }

  public long version() {
    return version;
  }
}
