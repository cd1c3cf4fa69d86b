package org.tourismpolicing.mediation.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import org.tourismpolicing.core.persistence.Ids;
import org.tourismpolicing.core.persistence.TenantScopedEntity;
import org.tourismpolicing.core.problem.ProblemException;

/**
 * A mediator's time on duty in the room, from {@code startsAt} (inclusive) to {@code endsAt}
 * (exclusive). At most {@link #LONGEST} long; a mediator's shifts never overlap.
 */
@Entity
@Table(name = "mediation_duty_shift")
public class DutyShift extends TenantScopedEntity {

  /** Longer shifts are typing errors (a wrong date), not duty. */
  public static final Duration LONGEST = Duration.ofHours(24);

  @Id
  @Column(name = "id", length = 36)
  private String id;

  @Column(name = "mediator_id", nullable = false, updatable = false, length = 36)
  private String mediatorId;

  @Column(name = "starts_at", nullable = false, updatable = false)
  private Instant startsAt;

  @Column(name = "ends_at", nullable = false, updatable = false)
  private Instant endsAt;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "created_by", nullable = false, updatable = false, length = 200)
  private String createdBy;

  protected DutyShift() {}

  public DutyShift(
      String mediatorId, Instant startsAt, Instant endsAt, Instant now, String createdBy) {
    if (!endsAt.isAfter(startsAt)) {
      throw ProblemException.invalid("endsAt", "duty.ends-before-start");
    }
    if (Duration.between(startsAt, endsAt).compareTo(LONGEST) > 0) {
      throw ProblemException.invalid("endsAt", "duty.too-long", LONGEST.toHours());
    }
    this.id = Ids.newIdString();
    this.mediatorId = mediatorId;
    this.startsAt = startsAt;
    this.endsAt = endsAt;
    this.createdAt = now;
    this.createdBy = createdBy;
  }

  public boolean covers(Instant at) {
    return !at.isBefore(startsAt) && at.isBefore(endsAt);
  }

  public boolean overlaps(Instant from, Instant to) {
    return startsAt.isBefore(to) && from.isBefore(endsAt);
  }

  public String id() {
    return id;
  }

  public String mediatorId() {
    return mediatorId;
  }

  public Instant startsAt() {
    return startsAt;
  }

  public Instant endsAt() {
    return endsAt;
  }
}
