package org.tourismpolicing.dispatch.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.tourismpolicing.core.geo.GeoPoint;
import org.tourismpolicing.core.geography.TenantGeography;
import org.tourismpolicing.core.geography.Zone;
import org.tourismpolicing.core.problem.ProblemException;
import org.tourismpolicing.core.security.CallerIdentity;
import org.tourismpolicing.core.tenant.Tenant;
import org.tourismpolicing.dispatch.domain.Assignment;
import org.tourismpolicing.dispatch.domain.AssignmentStatus;
import org.tourismpolicing.dispatch.domain.DispatchSettings;
import org.tourismpolicing.dispatch.domain.Incident;
import org.tourismpolicing.dispatch.domain.PatrolUnit;
import org.tourismpolicing.dispatch.domain.TimelineEntry;
import org.tourismpolicing.dispatch.domain.TimelineStep;
import org.tourismpolicing.dispatch.domain.UnitRanking;
import org.tourismpolicing.dispatch.domain.UnitRanking.Ranked;
import org.tourismpolicing.dispatch.domain.UnitState;
import org.tourismpolicing.dispatch.infrastructure.DispatchRepository;

/**
 * Sends units to incidents: ranks the available ones, claims them and records the assignment.
 *
 * <p>A unit is never on two active incidents: a claim is one conditional update of the unit's row
 * ({@code state = patrolling → assigned}), so of two transactions racing for a unit, on one server
 * or on two sharing the database, only the first gets it; the loser moves on to its next candidate.
 * The assignment table's unique index on the active unit is a second guard in the database itself.
 * Locks are always taken in the same order (incident, then units in ascending id, then the audit
 * chain at the end), so racing transactions cannot deadlock.
 */
@ApplicationScoped
public class AssignmentService {

  /** How far around an incident units are looked for first (see {@link #rank}). */
  static final double NEAR_METRES = 1500;

  /** Spare candidates beyond the units needed, for claims lost to a racing transaction. */
  static final int SPARE = 3;

  /** How many waiting incidents one pass of the queue looks at. */
  static final int QUEUE_BATCH = 50;

  @Inject DispatchRepository repository;
  @Inject CurrentDispatch current;
  @Inject PendingAudit audit;
  @Inject CallerIdentity caller;
  @Inject Event<BoardChange> board;
  @Inject Clock clock;

  /** The best available units for an incident, best first. */
  @Transactional
  public List<Ranked> recommend(String incidentId, int limit, boolean includeOtherZones) {
    Incident incident =
        repository
            .incident(incidentId)
            .orElseThrow(() -> ProblemException.notFound("incident", incidentId));
    List<Ranked> ranked = rank(incident, includeOtherZones, Set.of(), limit);
    return ranked.subList(0, Math.min(limit, ranked.size()));
  }

  /**
   * Fills what an incident still needs with the best available units, inside the caller's
   * transaction (the incident must be new in it or locked by it). Units are claimed in ascending id
   * order; one taken meanwhile is skipped for the next in the ranking.
   *
   * @return the assignments made
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public List<Assignment> fill(Incident incident, Set<String> excluded) {
    int missing = incident.unitsMissing();
    List<Assignment> made = new ArrayList<>();
    if (missing == 0) {
      return made;
    }
    List<Ranked> ranked = rank(incident, false, excluded, missing + SPARE);
    int next = 0;
    Instant now = clock.instant();
    while (missing > 0 && next < ranked.size()) {
      // take as many as are missing, claim them lowest id first (a global lock order)
      List<Ranked> batch = new ArrayList<>();
      while (batch.size() < missing && next < ranked.size()) {
        batch.add(ranked.get(next++));
      }
      batch.sort(Comparator.comparing(r -> r.candidate().unitId()));
      for (Ranked r : batch) {
        if (repository.claimUnit(r.candidate().unitId(), incident.id(), now)) {
          made.add(record(incident, r.candidate().unitId(), r, true, now));
          missing--;
        }
      }
    }
    if (!made.isEmpty()) {
      follow(incident, now);
    }
    return made;
  }

  /** A dispatcher sends a chosen unit (any zone) to an incident. */
  @Transactional
  public Assignment assign(String incidentId, String unitId) {
    Incident incident =
        repository
            .lockedIncident(incidentId)
            .orElseThrow(() -> ProblemException.notFound("incident", incidentId));
    if (incident.status().isClosed()) {
      throw ProblemException.conflict(
          "incident.closed", incident.number(), incident.status().code());
    }
    PatrolUnit unit =
        repository.unit(unitId).orElseThrow(() -> ProblemException.notFound("unit", unitId));
    Instant now = clock.instant();
    if (!repository.claimUnit(unitId, incidentId, now)) {
      repository.em().refresh(unit);
      throw ProblemException.conflict("unit.not-available", unit.callSign(), unit.state().code());
    }
    Ranked estimate =
        rank(incident, true, Set.of(), Integer.MAX_VALUE).stream()
            .filter(r -> r.candidate().unitId().equals(unitId))
            .findFirst()
            .orElse(null);
    Assignment a = record(incident, unitId, estimate, false, now);
    follow(incident, now);
    audit.write();
    return a;
  }

  /**
   * A dispatcher takes a unit off an incident before it arrived (to send it elsewhere, or because
   * it cannot go); the unit goes back to patrolling and an automatic incident gets another.
   */
  @Transactional
  public Assignment release(String incidentId, String assignmentId, String reason) {
    Incident incident =
        repository
            .lockedIncident(incidentId)
            .orElseThrow(() -> ProblemException.notFound("incident", incidentId));
    Assignment a =
        repository
            .assignment(assignmentId)
            .filter(x -> x.incidentId().equals(incidentId))
            .orElseThrow(() -> ProblemException.notFound("assignment", assignmentId));
    if (!a.isActive()
        || a.status() == AssignmentStatus.ON_SCENE
        || a.status() == AssignmentStatus.CLEARING) {
      throw ProblemException.conflict("assignment.not-releasable", a.status().code());
    }
    end(
        incident,
        a,
        AssignmentStatus.RELEASED,
        reason == null ? "released" : reason,
        caller.name());
    if (incident.autoAssign()) {
      fill(incident, Set.of(a.unitId()));
    }
    audit.write();
    return a;
  }

  /**
   * Releases one assignment that was not acknowledged in time and sends the next best unit (never
   * the one that did not answer). Runs in its own transaction, from the watch job.
   *
   * @return true if the assignment was still unacknowledged and is now timed out
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public boolean timeOut(String assignmentId) {
    Assignment peek = repository.assignment(assignmentId).orElse(null);
    if (peek == null) {
      return false;
    }
    Incident incident = repository.lockedIncident(peek.incidentId()).orElse(null);
    repository.em().refresh(peek);
    if (incident == null || peek.status() != AssignmentStatus.ASSIGNED) {
      return false;
    }
    end(incident, peek, AssignmentStatus.TIMED_OUT, "not acknowledged", caller.name());
    Set<String> excluded = new HashSet<>();
    repository.assignmentsOf(incident.id()).stream()
        .filter(x -> x.status() == AssignmentStatus.TIMED_OUT)
        .forEach(x -> excluded.add(x.unitId()));
    fill(incident, excluded);
    audit.write();
    return true;
  }

  /** Assignments not acknowledged within the tenant's limit, oldest first. */
  @Transactional
  public List<String> overdue() {
    return repository.unacknowledgedBefore(
        clock.instant().minus(current.settings().acknowledgeWithin()), 100);
  }

  /** Open automatic incidents that still miss units, most urgent and oldest first. */
  @Transactional
  public List<String> understaffed() {
    return repository.understaffedIncidentIds(QUEUE_BATCH);
  }

  /** Fills one waiting incident with the units free now, in its own transaction. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public int serveOne(String incidentId) {
    Incident incident = repository.lockedIncident(incidentId).orElse(null);
    if (incident == null || !incident.autoAssign() || incident.unitsMissing() == 0) {
      return 0;
    }
    Set<String> excluded = new HashSet<>();
    repository.assignmentsOf(incident.id()).stream()
        .filter(x -> x.status() == AssignmentStatus.TIMED_OUT)
        .forEach(x -> excluded.add(x.unitId()));
    int made = fill(incident, excluded).size();
    audit.write();
    return made;
  }

  /** Ends an assignment and puts its unit back on patrol; the caller holds the incident's lock. */
  void end(Incident incident, Assignment a, AssignmentStatus how, String reason, String actor) {
    Instant now = clock.instant();
    String before = a.status().code();
    a.end(how, reason, now);
    PatrolUnit unit = repository.lockedUnit(a.unitId()).orElseThrow();
    if (incident.id().equals(unit.incidentId()) && unit.state().isBusy()) {
      unit.moveTo(UnitState.PATROLLING, now);
      board.fire(new BoardChange(current.tenant().id(), "unit", unit.id(), Summaries.of(unit)));
    }
    TimelineStep step =
        how == AssignmentStatus.TIMED_OUT ? TimelineStep.TIMED_OUT : TimelineStep.RELEASED;
    repository.persist(new TimelineEntry(incident.id(), step, now, actor, a.unitId(), reason));
    follow(incident, now);
    audit.add(
        "assignment." + how.code(),
        "assignment",
        a.id(),
        Map.of("status", before),
        Map.of("status", how.code(), "unit", unit.callSign(), "reason", reason));
  }

  /** Brings the incident's status in line with its active assignments. */
  void follow(Incident incident, Instant now) {
    List<AssignmentStatus> active =
        repository.assignmentsOf(incident.id()).stream()
            .filter(Assignment::isActive)
            .map(Assignment::status)
            .toList();
    incident.follow(active, now);
    board.fire(
        new BoardChange(current.tenant().id(), "incident", incident.id(), Summaries.of(incident)));
  }

  private Assignment record(
      Incident incident, String unitId, Ranked estimate, boolean automatic, Instant now) {
    Assignment a =
        new Assignment(
            incident.id(),
            unitId,
            automatic ? CallerIdentity.SYSTEM + ":auto-assign" : caller.name(),
            automatic,
            estimate == null ? null : estimate.etaSeconds(),
            estimate == null ? null : estimate.distanceMetres(),
            now);
    repository.persist(a);
    repository.persist(
        new TimelineEntry(
            incident.id(),
            TimelineStep.DISPATCHED,
            now,
            a.assignedBy(),
            unitId,
            estimate == null
                ? null
                : (estimate.candidate().callSign() + ", ETA " + estimate.etaSeconds() + " s")));
    Map<String, Object> after = new LinkedHashMap<>();
    after.put("incident", incident.number());
    after.put("unit", unitId);
    after.put("automatic", automatic);
    if (estimate != null) {
      after.put("callSign", estimate.candidate().callSign());
      after.put("etaSeconds", estimate.etaSeconds());
    }
    audit.add("assignment.made", "assignment", a.id(), null, after);
    board.fire(
        new BoardChange(
            current.tenant().id(),
            "unit",
            unitId,
            new Summaries.UnitSummary(
                unitId,
                estimate == null ? null : estimate.candidate().callSign(),
                estimate == null ? null : estimate.candidate().mode().code(),
                estimate == null ? null : estimate.candidate().homeZone(),
                UnitState.ASSIGNED.code(),
                incident.id(),
                estimate == null || estimate.candidate().position() == null
                    ? null
                    : estimate.candidate().position().latitude(),
                estimate == null || estimate.candidate().position() == null
                    ? null
                    : estimate.candidate().position().longitude(),
                estimate == null ? null : estimate.candidate().positionAt())));
    return a;
  }

  /**
   * Ranks the available units for an incident, best first. Looks near the incident first (units
   * within {@link #NEAR_METRES}, and those without a position): a unit farther away cannot arrive
   * sooner than that distance at the fastest mode's speed, so when the {@code wanted}-th best near
   * unit scores under that bound the near list is the exact answer; otherwise all available units
   * of the zones are ranked. At a holiday peak with hundreds of units this reads a few dozen rows
   * instead of all of them.
   */
  private List<Ranked> rank(
      Incident incident, boolean includeOtherZones, Set<String> excluded, int wanted) {
    Tenant tenant = current.tenant();
    DispatchSettings settings = current.settings();
    TenantGeography geography = tenant.geography();
    Set<String> neighbours =
        incident.zoneCode() == null ? Set.of() : geography.neighboursOf(incident.zoneCode());
    Set<String> zones = null;
    if (!includeOtherZones && incident.zoneCode() != null) {
      zones = new HashSet<>(neighbours);
      zones.add(incident.zoneCode());
    }
    Map<String, GeoPoint> centres = new LinkedHashMap<>();
    for (Zone z : geography.zones()) {
      centres.put(z.code(), z.centroid());
    }
    UnitRanking ranking = new UnitRanking(settings);
    Instant now = clock.instant();
    List<Ranked> near =
        ranking.rank(
            incident.position(),
            incident.zoneCode(),
            neighbours,
            without(
                repository.availableCandidates(
                    zones, DispatchRepository.Box.around(incident.position(), NEAR_METRES)),
                excluded),
            centres::get,
            now,
            includeOtherZones);
    double fastest =
        settings.speedsKmh().values().stream().mapToDouble(Double::doubleValue).max().orElse(50);
    double bound = NEAR_METRES * settings.detourFactor() / (fastest / 3.6);
    int needed = Math.max(1, wanted);
    if (near.size() >= needed && near.get(needed - 1).scoreSeconds() <= bound) {
      return near;
    }
    return ranking.rank(
        incident.position(),
        incident.zoneCode(),
        neighbours,
        without(repository.availableCandidates(zones, null), excluded),
        centres::get,
        now,
        includeOtherZones);
  }

  private static List<UnitRanking.Candidate> without(
      List<UnitRanking.Candidate> candidates, Set<String> excluded) {
    return excluded.isEmpty()
        ? candidates
        : candidates.stream().filter(c -> !excluded.contains(c.unitId())).toList();
  }
}
