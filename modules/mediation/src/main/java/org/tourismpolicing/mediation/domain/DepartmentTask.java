package org.tourismpolicing.mediation.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.tourismpolicing.core.persistence.Ids;
import org.tourismpolicing.core.persistence.TenantScopedEntity;
import org.tourismpolicing.core.problem.ProblemException;

/**
 * A request from the mediation room to a partner department (market regulation checks a price list,
 * culture and tourism a guide's licence, fire an inn's exits), due by a date. Users of that
 * department see it and answer it once; nobody else's department sees it.
 */
@Entity
@Table(name = "mediation_department_task")
public class DepartmentTask extends TenantScopedEntity {

  @Id
  @Column(name = "id", length = 36)
  private String id;

  @Column(name = "case_id", nullable = false, updatable = false, length = 36)
  private String caseId;

  @Column(name = "department", nullable = false, updatable = false, length = 40)
  private String department;

  @Column(name = "request", nullable = false, updatable = false, length = 2000)
  private String request;

  @Column(name = "due_at", nullable = false)
  private Instant dueAt;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", nullable = false, length = 20)
  private TaskStatus status;

  @Column(name = "answer", length = 4000)
  private String answer;

  @Column(name = "answered_at")
  private Instant answeredAt;

  @Column(name = "answered_by", length = 200)
  private String answeredBy;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "created_by", nullable = false, updatable = false, length = 200)
  private String createdBy;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  protected DepartmentTask() {}

  public DepartmentTask(
      String caseId,
      String department,
      String request,
      Instant dueAt,
      Instant now,
      String createdBy) {
    if (!dueAt.isAfter(now)) {
      throw ProblemException.invalid("dueAt", "task.due-in-past");
    }
    this.id = Ids.newIdString();
    this.caseId = caseId;
    this.department = department;
    this.request = request;
    this.dueAt = dueAt;
    this.status = TaskStatus.OPEN;
    this.createdAt = now;
    this.createdBy = createdBy;
  }

  public void answer(String text, String by, Instant now) {
    if (status != TaskStatus.OPEN) {
      throw ProblemException.conflict("task.answered", id);
    }
    this.status = TaskStatus.ANSWERED;
    this.answer = text;
    this.answeredBy = by;
    this.answeredAt = now;
  }

  public boolean isOverdue(Instant now) {
    return status == TaskStatus.OPEN && dueAt.isBefore(now);
  }

  public void checkVersion(long expected) {
    if (expected != version) {
      throw ProblemException.versionConflict(expected, version);
    }
  }

  public String id() {
    return id;
  }

  public String caseId() {
    return caseId;
  }

  public String department() {
    return department;
  }

  public String request() {
    return request;
  }

  public Instant dueAt() {
    return dueAt;
  }

  public TaskStatus status() {
    return status;
  }

  public String answer() {
    return answer;
  }

  public Instant answeredAt() {
    return answeredAt;
  }

  public String answeredBy() {
    return answeredBy;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public long version() {
    return version;
  }
}
