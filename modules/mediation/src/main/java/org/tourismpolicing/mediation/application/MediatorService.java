package org.tourismpolicing.mediation.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.tourismpolicing.core.audit.AuditTrail;
import org.tourismpolicing.core.problem.ProblemException;
import org.tourismpolicing.core.security.CallerIdentity;
import org.tourismpolicing.mediation.domain.DutyShift;
import org.tourismpolicing.mediation.domain.Mediator;
import org.tourismpolicing.mediation.domain.MediatorAssignment;
import org.tourismpolicing.mediation.domain.MediatorAssignment.Candidate;
import org.tourismpolicing.mediation.infrastructure.MediationRepository;

/**
 * The room's mediators: who is on duty, how many open cases each carries, their duty shifts, and
 * the choice of the lightest-loaded mediator on duty for a new case.
 */
@ApplicationScoped
public class MediatorService {

  @Inject MediationRepository repository;
  @Inject AuditTrail audit;
  @Inject CallerIdentity caller;
  @Inject Clock clock;

  /** A mediator with the facts the roster shows. */
  public record RosterEntry(Mediator mediator, boolean onDuty, long openCases) {}

  @Transactional
  public List<RosterEntry> roster() {
    Instant now = clock.instant();
    Set<String> onDuty = onDutyAt(now);
    Map<String, Long> load = repository.openCasesByMediator();
    return repository.mediators().stream()
        .map(m -> new RosterEntry(m, onDuty.contains(m.id()), load.getOrDefault(m.id(), 0L)))
        .toList();
  }

  /** The active mediator on duty now with the fewest open cases, if anyone is on duty. */
  @Transactional(Transactional.TxType.MANDATORY)
  public Optional<Mediator> lightestOnDuty() {
    Instant now = clock.instant();
    Set<String> onDuty = onDutyAt(now);
    Map<String, Long> load = repository.openCasesByMediator();
    List<Mediator> active = repository.mediators().stream().filter(Mediator::active).toList();
    Optional<Candidate> chosen =
        MediatorAssignment.lightestOnDuty(
            active.stream()
                .map(
                    m ->
                        new Candidate(
                            m.id(),
                            m.code(),
                            onDuty.contains(m.id()),
                            load.getOrDefault(m.id(), 0L)))
                .toList());
    return chosen.flatMap(
        c -> active.stream().filter(m -> m.id().equals(c.mediatorId())).findFirst());
  }

  /** An active mediator by code; an unknown or inactive one is an error of field {@code field}. */
  @Transactional(Transactional.TxType.MANDATORY)
  public Mediator active(String code, String field) {
    return repository
        .mediatorByCode(code)
        .filter(Mediator::active)
        .orElseThrow(() -> ProblemException.invalid(field, "mediator.unknown", code));
  }

  @Transactional
  public Mediator byCode(String code) {
    return repository
        .mediatorByCode(code)
        .orElseThrow(() -> ProblemException.notFound("mediator", code));
  }

  /** Puts a mediator on duty from {@code startsAt} to {@code endsAt}; shifts may not overlap. */
  @Transactional
  public DutyShift addShift(String code, Instant startsAt, Instant endsAt) {
    Mediator m = byCode(code);
    if (!m.active()) {
      throw ProblemException.conflict("mediator.inactive", code);
    }
    DutyShift shift = new DutyShift(m.id(), startsAt, endsAt, clock.instant(), caller.name());
    if (!repository.shifts(startsAt, endsAt, m.id()).isEmpty()) {
      throw ProblemException.conflict("duty.overlap", code);
    }
    repository.persist(shift);
    audit.record(
        "mediator.duty-added",
        "mediator",
        m.id(),
        null,
        Map.of("code", code, "startsAt", startsAt.toString(), "endsAt", endsAt.toString()));
    return shift;
  }

  @Transactional
  public List<DutyShift> shifts(Instant from, Instant to) {
    return repository.shifts(from, to, null);
  }

  /** Mediator ids by id → code, for showing shifts and sessions. */
  @Transactional
  public Map<String, String> codesById() {
    return repository.mediators().stream().collect(Collectors.toMap(Mediator::id, Mediator::code));
  }

  private Set<String> onDutyAt(Instant now) {
    return repository.shifts(now, now.plusNanos(1000), null).stream()
        .filter(s -> s.covers(now))
        .map(DutyShift::mediatorId)
        .collect(Collectors.toSet());
  }
}
