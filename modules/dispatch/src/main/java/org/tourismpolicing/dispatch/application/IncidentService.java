package org.tourismpolicing.dispatch.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.metrics.annotation.Counted;
import org.tourismpolicing.core.events.IncidentReferredToMediation;
import org.tourismpolicing.core.geo.GeoPoint;
import org.tourismpolicing.core.money.Money;
import org.tourismpolicing.core.outbox.Outbox;
import org.tourismpolicing.core.paging.Page;
import org.tourismpolicing.core.paging.PageRequest;
import org.tourismpolicing.core.problem.ProblemException;
import org.tourismpolicing.core.problem.ProblemType;
import org.tourismpolicing.core.security.CallerIdentity;
import org.tourismpolicing.core.tenant.Tenant;
import org.tourismpolicing.dispatch.domain.Assignment;
import org.tourismpolicing.dispatch.domain.AssignmentStatus;
import org.tourismpolicing.dispatch.domain.DispatchSettings;
import org.tourismpolicing.dispatch.domain.DisputeOutcome;
import org.tourismpolicing.dispatch.domain.Incident;
import org.tourismpolicing.dispatch.domain.IncidentSource;
import org.tourismpolicing.dispatch.domain.IncidentStatus;
import org.tourismpolicing.dispatch.domain.PatrolUnit;
import org.tourismpolicing.dispatch.domain.TimelineEntry;
import org.tourismpolicing.dispatch.domain.TimelineStep;
import org.tourismpolicing.dispatch.domain.UnitState;
import org.tourismpolicing.dispatch.infrastructure.DispatchRepository;

/**
 * Incidents: intake from every source (with automatic assignment for the priorities the tenant
 * chooses), the record of one incident with its timeline, cancellation and outcome. A dispute
 * referred to mediation is announced as {@link IncidentReferredToMediation} for the mediation
 * module, when deployed.
 */
@ApplicationScoped
public class IncidentService {

  private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;
  private static final char[] CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();
  private static final SecureRandom RANDOM = new SecureRandom();

  /** How far ahead of the server clock a reporting system's clock may run. */
  static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

  @Inject Outbox outbox;
  @Inject DispatchRepository repository;
  @Inject CurrentDispatch current;
  @Inject AssignmentService assignments;
  @Inject PendingAudit audit;
  @Inject CallerIdentity caller;
  @Inject Event<BoardChange> board;
  @Inject Event<UnitFreed> freed;
  @Inject Clock clock;

  /** What an intake says about a new incident. */
  public record Intake(
      IncidentSource source,
      String externalNumber,
      String category,
      Integer priority,
      GeoPoint position,
      Incident.IncidentReport report,
      Instant receivedAt) {}

  /**
   * Receives an incident and, when its priority is assigned automatically, sends the best available
   * units at once. With an external number (the 110 centre's) an incident that already exists for
   * it is refused with 409: a retry under the same Idempotency-Key gets the first answer instead
   * (see the resource).
   */
  @Transactional
  @Counted(
      name = "dispatch_incidents_received",
      absolute = true,
      description = "Incidents received, from every source")
  public Incident receive(Intake in) {
    DispatchSettings settings = current.settings();
    Tenant tenant = current.tenant();
    DispatchSettings.Category category =
        settings
            .category(in.category())
            .orElseThrow(
                () ->
                    ProblemException.invalid(
                        "category", "incident.category.unknown", in.category()));
    int priority = in.priority() == null ? category.priority() : in.priority();
    DispatchSettings.PriorityLevel level =
        settings
            .priority(priority)
            .orElseThrow(
                () -> ProblemException.invalid("priority", "incident.priority.unknown", priority));
    Instant now = clock.instant();
    Instant received = in.receivedAt() == null ? now : in.receivedAt();
    if (received.isAfter(now.plus(CLOCK_SKEW))) {
      throw ProblemException.invalid("receivedAt", "incident.received-at.future");
    }
    if (in.externalNumber() != null
        && repository.incidentByExternalNumber(in.source(), in.externalNumber()).isPresent()) {
      throw ProblemException.conflict("incident.external-number.taken", in.externalNumber());
    }
    String zone = tenant.geography().zoneAt(in.position()).map(z -> z.code()).orElse(null);
    LocalDate day = received.atZone(tenant.timeZone()).toLocalDate();
    Incident incident =
        new Incident(
            number(settings.numberPrefix(), day),
            in.source(),
            in.externalNumber(),
            category.code(),
            priority,
            in.position(),
            zone,
            in.report(),
            level.autoAssign(),
            level.unitsRequired(),
            received,
            day,
            caller.name());
    incident.touch(now);
    repository.persist(incident);
    repository.persist(
        new TimelineEntry(
            incident.id(),
            TimelineStep.RECEIVED,
            received,
            caller.name(),
            null,
            in.source().code()));
    Map<String, Object> after = new LinkedHashMap<>();
    after.put("number", incident.number());
    after.put("source", in.source().code());
    after.put("category", category.code());
    after.put("priority", priority);
    after.put("zone", zone);
    audit.add("incident.received", "incident", incident.id(), null, after);
    if (incident.autoAssign()) {
      List<Assignment> made = assignments.fill(incident, Set.of());
      if (made.isEmpty()) {
        repository.persist(
            new TimelineEntry(
                incident.id(), TimelineStep.QUEUED, now, caller.name(), null, "no unit available"));
      }
    }
    audit.write();
    board.fire(new BoardChange(tenant.id(), "incident", incident.id(), Summaries.of(incident)));
    return incident;
  }

  @Transactional
  public Incident get(String id) {
    return repository.incident(id).orElseThrow(() -> ProblemException.notFound("incident", id));
  }

  /** An incident with its assignments, their units and its timeline, in four queries. */
  @Transactional
  public IncidentRecord record(String id) {
    Incident incident = get(id);
    List<Assignment> assigned = repository.assignmentsOf(id);
    Map<String, PatrolUnit> units = new LinkedHashMap<>();
    repository
        .unitsOf(assigned.stream().map(Assignment::unitId).distinct().toList())
        .forEach(u -> units.put(u.id(), u));
    return new IncidentRecord(incident, assigned, units, repository.timeline(id));
  }

  /** An incident and what happened to it. */
  public record IncidentRecord(
      Incident incident,
      List<Assignment> assignments,
      Map<String, PatrolUnit> units,
      List<TimelineEntry> timeline) {}

  @Transactional
  public Page<Incident> list(
      IncidentStatus status,
      String zone,
      String category,
      Boolean open,
      Instant from,
      Instant to,
      PageRequest page) {
    return repository.incidents(status, zone, category, open, from, to, page);
  }

  /** Incidents an officer's units work on now. */
  @Transactional
  public List<Incident> incidentsOfUnits(List<PatrolUnit> units) {
    return units.stream()
        .map(PatrolUnit::incidentId)
        .filter(java.util.Objects::nonNull)
        .distinct()
        .map(repository::incident)
        .flatMap(java.util.Optional::stream)
        .toList();
  }

  /** Cancels an incident not yet cleared; its units go back on patrol. */
  @Transactional
  public Incident cancel(String id, String reason) {
    Incident incident =
        repository.lockedIncident(id).orElseThrow(() -> ProblemException.notFound("incident", id));
    String before = incident.status().code();
    Instant now = clock.instant();
    if (incident.status().isClosed()) {
      throw ProblemException.conflict("incident.closed", incident.number(), before);
    }
    List<Assignment> active =
        repository.assignmentsOf(id).stream().filter(Assignment::isActive).toList();
    for (Assignment a : active) {
      a.end(AssignmentStatus.RELEASED, "incident cancelled", now);
      PatrolUnit unit = repository.lockedUnit(a.unitId()).orElseThrow();
      if (id.equals(unit.incidentId())) {
        unit.moveTo(UnitState.PATROLLING, now);
        board.fire(new BoardChange(current.tenant().id(), "unit", unit.id(), Summaries.of(unit)));
        freed.fire(new UnitFreed(current.tenant().id(), unit.id()));
      }
    }
    incident.cancel(reason, now);
    repository.persist(
        new TimelineEntry(id, TimelineStep.CANCELLED, now, caller.name(), null, reason));
    audit.add(
        "incident.cancelled",
        "incident",
        id,
        Map.of("status", before),
        Map.of("status", incident.status().code(), "reason", reason));
    audit.write();
    board.fire(new BoardChange(current.tenant().id(), "incident", id, Summaries.of(incident)));
    return incident;
  }

  /**
   * Records what the police achieved: people helped and rescued, a dispute settled or referred to
   * mediation (announced to the mediation module), loss recovered.
   */
  @Transactional
  public Incident recordOutcome(
      String id,
      long expectedVersion,
      int helped,
      int rescued,
      DisputeOutcome dispute,
      Money lossRecovered,
      String summary,
      List<PatrolUnit> actingUnits) {
    Incident incident =
        repository.lockedIncident(id).orElseThrow(() -> ProblemException.notFound("incident", id));
    if (actingUnits != null
        && repository.assignmentsOf(id).stream()
            .noneMatch(a -> actingUnits.stream().anyMatch(u -> u.id().equals(a.unitId())))) {
      throw new ProblemException(ProblemType.FORBIDDEN, "incident.not-yours", incident.number());
    }
    if (incident.version() != expectedVersion) {
      throw ProblemException.versionConflict(expectedVersion, incident.version());
    }
    if (!lossRecovered
        .currency()
        .getCurrencyCode()
        .equals(current.tenant().currency().getCurrencyCode())) {
      throw ProblemException.invalid(
          "lossRecovered.currency",
          "money.currency.other",
          current.tenant().currency().getCurrencyCode());
    }
    DisputeOutcome previous = incident.disputeOutcome();
    Map<String, Object> before = outcome(incident);
    Instant now = clock.instant();
    incident.recordOutcome(helped, rescued, dispute, lossRecovered, summary, now);
    repository.persist(
        new TimelineEntry(id, TimelineStep.OUTCOME, now, caller.name(), null, dispute.code()));
    audit.add("incident.outcome", "incident", id, before, outcome(incident));
    audit.write();
    if (dispute == DisputeOutcome.REFERRED_TO_MEDIATION
        && previous != DisputeOutcome.REFERRED_TO_MEDIATION) {
      outbox.publish(
          new IncidentReferredToMediation(
              current.tenant().id(),
              UUID.fromString(id),
              incident.number(),
              incident.category(),
              incident.zoneCode(),
              incident.position(),
              summary != null ? summary : incident.description(),
              now,
              caller.name()));
    }
    return incident;
  }

  private static Map<String, Object> outcome(Incident i) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("peopleHelped", i.peopleHelped());
    m.put("peopleRescued", i.peopleRescued());
    m.put("dispute", i.disputeOutcome() == null ? null : i.disputeOutcome().code());
    m.put("lossRecoveredFen", i.lossRecoveredFen());
    return m;
  }

  /** JQ-20261001-7K3M9Q: prefix, local day, six random Crockford base-32 characters. */
  static String number(String prefix, LocalDate day) {
    StringBuilder sb = new StringBuilder(prefix).append('-').append(DAY.format(day)).append('-');
    for (int i = 0; i < 6; i++) {
      sb.append(CROCKFORD[RANDOM.nextInt(CROCKFORD.length)]);
    }
    return sb.toString();
  }
}
