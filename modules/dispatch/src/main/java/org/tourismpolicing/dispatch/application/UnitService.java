package org.tourismpolicing.dispatch.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.tourismpolicing.core.geo.GeoPoint;
import org.tourismpolicing.core.paging.Page;
import org.tourismpolicing.core.paging.PageRequest;
import org.tourismpolicing.core.problem.FieldError;
import org.tourismpolicing.core.problem.ProblemException;
import org.tourismpolicing.core.problem.ProblemType;
import org.tourismpolicing.core.security.CallerIdentity;
import org.tourismpolicing.core.security.Roles;
import org.tourismpolicing.core.tenant.Tenant;
import org.tourismpolicing.dispatch.domain.Assignment;
import org.tourismpolicing.dispatch.domain.Incident;
import org.tourismpolicing.dispatch.domain.PatrolMode;
import org.tourismpolicing.dispatch.domain.PatrolUnit;
import org.tourismpolicing.dispatch.domain.TimelineEntry;
import org.tourismpolicing.dispatch.domain.TimelineStep;
import org.tourismpolicing.dispatch.domain.UnitState;
import org.tourismpolicing.dispatch.infrastructure.DispatchRepository;

/**
 * Patrol units: their register, the states they report (acknowledge, arrive, clearing, clear, on
 * and off duty) and their positions. An officer may act only for a unit they belong to (their
 * token's name is their badge number); dispatchers for any.
 */
@ApplicationScoped
public class UnitService {

  /** How far ahead of the server clock a device's clock may run. */
  static final Duration CLOCK_SKEW = Duration.ofMinutes(2);

  @Inject DispatchRepository repository;
  @Inject CurrentDispatch current;
  @Inject PendingAudit audit;
  @Inject CallerIdentity caller;
  @Inject AssignmentService assignments;
  @Inject Event<BoardChange> board;
  @Inject Event<UnitFreed> freed;
  @Inject PositionWriter positions;
  @Inject Clock clock;

  @Transactional
  public PatrolUnit create(String callSign, PatrolMode mode, List<String> officers, String zone) {
    checkUnit(mode, officers, zone);
    if (repository.unitByCallSign(callSign).isPresent()) {
      throw ProblemException.conflict("unit.call-sign.taken", callSign);
    }
    PatrolUnit unit = new PatrolUnit(callSign, mode, officers, zone, clock.instant());
    repository.persist(unit);
    audit.add("unit.created", "unit", unit.id(), null, describe(unit));
    audit.write();
    return unit;
  }

  @Transactional
  public PatrolUnit update(
      String id, long expectedVersion, PatrolMode mode, List<String> officers, String zone) {
    PatrolUnit unit = get(id);
    if (unit.version() != expectedVersion) {
      throw ProblemException.versionConflict(expectedVersion, unit.version());
    }
    checkUnit(mode, officers, zone);
    Map<String, Object> before = describe(unit);
    unit.describe(mode, officers, zone, clock.instant());
    audit.add("unit.updated", "unit", id, before, describe(unit));
    audit.write();
    return unit;
  }

  @Transactional
  public PatrolUnit get(String id) {
    return repository.unit(id).orElseThrow(() -> ProblemException.notFound("unit", id));
  }

  @Transactional
  public Page<PatrolUnit> list(UnitState state, String zone, PageRequest page) {
    return repository.units(state, zone, page);
  }

  /**
   * A state the unit reports. Moving along an incident (en route, on scene, clearing, back to
   * patrolling) updates the assignment and the incident's timeline; back on patrol frees the unit
   * for waiting incidents.
   */
  @Transactional
  public PatrolUnit report(String id, UnitState next, String note) {
    PatrolUnit peek = get(id);
    checkActsFor(peek);
    Incident incident =
        peek.incidentId() == null
            ? null
            : repository.lockedIncident(peek.incidentId()).orElse(null);
    PatrolUnit unit = repository.lockedUnit(id).orElseThrow();
    if (unit.incidentId() != null && incident == null) {
      // the unit was assigned between the two reads: report again
      throw ProblemException.conflict("unit.state.changed", unit.callSign(), unit.state().code());
    }
    UnitState before = unit.state();
    Instant now = clock.instant();
    String incidentId = unit.incidentId();
    unit.report(next, now);
    if (incident != null && incidentId != null) {
      Assignment a = repository.activeAssignmentOf(id).orElse(null);
      if (a != null) {
        a.follow(next, now);
        repository.persist(new TimelineEntry(incidentId, step(next), now, caller.name(), id, note));
        assignments.follow(incident, now);
      }
    }
    Map<String, Object> after = new LinkedHashMap<>();
    after.put("state", next.code());
    if (incidentId != null) {
      after.put("incident", incidentId);
    }
    audit.add("unit.state", "unit", id, Map.of("state", before.code()), after);
    audit.write();
    board.fire(new BoardChange(current.tenant().id(), "unit", id, Summaries.of(unit)));
    if (next == UnitState.PATROLLING) {
      freed.fire(new UnitFreed(current.tenant().id(), id));
    }
    return unit;
  }

  /** One position report of one unit. */
  @Transactional
  public boolean reportPosition(String id, GeoPoint position, Instant at) {
    PatrolUnit unit = get(id);
    checkActsFor(unit);
    Instant when = checkTime("at", at);
    boolean stored = repository.reportPosition(id, position, when);
    if (stored) {
      board.fire(
          new BoardChange(
              current.tenant().id(),
              "position",
              id,
              new PositionReport(id, position.latitude(), position.longitude(), when)));
    }
    return stored;
  }

  /**
   * Position reports of many units at once (a GPS gateway, a console): each stored unless a newer
   * one is known. Unknown units or future times refuse the whole batch, before anything is written.
   * The reports are then written in ascending unit order and in chunks of {@value
   * PositionWriter#CHUNK}, each chunk its own short transaction: unit rows are locked in the same
   * order as assignments lock them, and never many at once for long, so a batch neither deadlocks
   * with nor holds up the dispatching. A failure part-way leaves the earlier chunks stored, which
   * for positions (newest wins) is harmless.
   *
   * @return how many reports were stored (older ones are ignored)
   */
  public int reportPositions(List<PositionReport> reports) {
    positions.check(reports, clock.instant().plus(CLOCK_SKEW));
    List<PositionReport> ordered = new ArrayList<>(reports);
    Instant now = clock.instant();
    ordered.replaceAll(
        r -> r.at() == null ? new PositionReport(r.unitId(), r.latitude(), r.longitude(), now) : r);
    ordered.sort(
        java.util.Comparator.comparing(PositionReport::unitId).thenComparing(PositionReport::at));
    int stored = 0;
    for (int from = 0; from < ordered.size(); from += PositionWriter.CHUNK) {
      stored +=
          positions.write(
              ordered.subList(from, Math.min(ordered.size(), from + PositionWriter.CHUNK)));
    }
    return stored;
  }

  /** One unit's position at a time (WGS-84). */
  public record PositionReport(String unitId, double latitude, double longitude, Instant at) {}

  /** Units an officer belongs to. */
  @Transactional
  public List<PatrolUnit> unitsOfCaller() {
    return repository.unitsWithOfficer(caller.name());
  }

  /** Refuses (403) an officer acting for a unit they are not in; dispatchers may act for any. */
  public void checkActsFor(PatrolUnit unit) {
    if (caller.hasAnyRole(List.of(Roles.DISPATCHER, Roles.TENANT_ADMIN, Roles.INTEGRATION))
        || CallerIdentity.SYSTEM.equals(caller.name())
        || caller.name().startsWith(CallerIdentity.SYSTEM + ":")) {
      return;
    }
    if (!unit.hasOfficer(caller.name())) {
      throw new ProblemException(ProblemType.FORBIDDEN, "unit.not-yours", unit.callSign());
    }
  }

  private Instant checkTime(String field, Instant at) {
    Instant now = clock.instant();
    if (at == null) {
      return now;
    }
    if (at.isAfter(now.plus(CLOCK_SKEW))) {
      throw ProblemException.invalid(field, "position.at.future");
    }
    return at;
  }

  private void checkUnit(PatrolMode mode, List<String> officers, String zone) {
    Tenant tenant = current.tenant();
    List<FieldError> errors = new ArrayList<>();
    if (tenant.geography().zone(zone).isEmpty()) {
      errors.add(FieldError.of("homeZone", "zone.unknown", zone));
    }
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < officers.size(); i++) {
      String badge = officers.get(i);
      if (tenant.officer(badge).isEmpty()) {
        errors.add(FieldError.of("officers[" + i + "]", "officer.unknown", badge));
      } else if (!seen.add(badge)) {
        errors.add(FieldError.of("officers[" + i + "]", "officer.twice", badge));
      }
    }
    if (!errors.isEmpty()) {
      throw ProblemException.invalid(errors);
    }
  }

  private static TimelineStep step(UnitState state) {
    return switch (state) {
      case EN_ROUTE -> TimelineStep.ACKNOWLEDGED;
      case ON_SCENE -> TimelineStep.ARRIVED;
      case PATROLLING -> TimelineStep.CLEARED;
      case CLEARING -> TimelineStep.CLEARING;
      default -> TimelineStep.OUTCOME;
    };
  }

  private static Map<String, Object> describe(PatrolUnit u) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("callSign", u.callSign());
    m.put("mode", u.mode().code());
    m.put("homeZone", u.homeZone());
    m.put("officers", u.officers());
    return m;
  }
}
