package org.tourismpolicing.mediation.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.tourismpolicing.core.audit.AuditTrail;
import org.tourismpolicing.core.paging.Page;
import org.tourismpolicing.core.paging.PageRequest;
import org.tourismpolicing.core.problem.ProblemException;
import org.tourismpolicing.core.problem.ProblemType;
import org.tourismpolicing.core.security.CallerIdentity;
import org.tourismpolicing.core.security.Roles;
import org.tourismpolicing.mediation.domain.DepartmentTask;
import org.tourismpolicing.mediation.domain.DisputeCase;
import org.tourismpolicing.mediation.domain.TaskStatus;
import org.tourismpolicing.mediation.infrastructure.MediationRepository;

/**
 * Tasks the room sends to partner departments. A partner-department user (role {@code
 * partner-department}, department from the token's {@code department} claim) sees and answers only
 * its own department's tasks; another department's task is answered 404, as if it did not exist.
 * Station staff see every task.
 */
@ApplicationScoped
public class DepartmentTaskService {

  @Inject MediationRepository repository;
  @Inject MediationTenant current;
  @Inject CaseService cases;
  @Inject AuditTrail audit;
  @Inject CallerIdentity caller;
  @Inject Clock clock;

  @Transactional
  public DepartmentTask create(String caseId, String department, String request, Instant dueAt) {
    DisputeCase c = cases.require(caseId);
    c.requireOpen();
    if (!current.settings().taskDepartments().contains(department)) {
      throw ProblemException.invalid("department", "task.department.unknown", department);
    }
    Instant now = clock.instant();
    Instant due = dueAt != null ? dueAt : now.plus(current.settings().deadlines().taskWithin());
    DepartmentTask task = new DepartmentTask(caseId, department, request, due, now, caller.name());
    repository.persist(task);
    Map<String, Object> after = new LinkedHashMap<>();
    after.put("taskId", task.id());
    after.put("department", department);
    after.put("dueAt", due.toString());
    audit.record("case.task-sent", "mediation-case", caseId, null, after);
    return task;
  }

  @Transactional
  public Page<DepartmentTask> list(String department, TaskStatus status, PageRequest page) {
    Optional<String> scope = scope();
    if (scope.isPresent() && department != null && !department.equals(scope.get())) {
      return new Page<>(List.of(), null);
    }
    String wanted = scope.orElse(department);
    return repository.tasks(wanted, status, page);
  }

  @Transactional
  public DepartmentTask get(String id) {
    Optional<String> scope = scope();
    return repository
        .find(DepartmentTask.class, id)
        .filter(t -> scope.isEmpty() || scope.get().equals(t.department()))
        .orElseThrow(() -> ProblemException.notFound("department-task", id));
  }

  /** The department answers its task, once. */
  @Transactional
  public DepartmentTask answer(String id, long expectedVersion, String answer) {
    DepartmentTask task = get(id);
    task.checkVersion(expectedVersion);
    task.answer(answer, caller.name(), clock.instant());
    repository.em().flush();
    Map<String, Object> after = new LinkedHashMap<>();
    after.put("taskId", id);
    after.put("department", task.department());
    after.put("status", task.status().code());
    audit.record(
        "case.task-answered",
        "mediation-case",
        task.caseId(),
        Map.of("taskId", id, "status", TaskStatus.OPEN.code()),
        after);
    return task;
  }

  /**
   * The department the caller is limited to: a partner-department user without station roles is
   * limited to the department of its token (a token without one is refused); station staff are not
   * limited.
   */
  private Optional<String> scope() {
    if (caller.hasAnyRole(List.of(Roles.MEDIATOR, Roles.STATION_LEADER, Roles.TENANT_ADMIN))) {
      return Optional.empty();
    }
    return Optional.of(
        caller
            .department()
            .orElseThrow(
                () -> new ProblemException(ProblemType.FORBIDDEN, "task.department.missing")));
  }
}
