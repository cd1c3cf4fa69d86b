package org.tourismpolicing.mediation.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.tourismpolicing.core.problem.ProblemException;
import org.tourismpolicing.mediation.domain.MediationStatistics;
import org.tourismpolicing.mediation.infrastructure.MediationRepository;

/**
 * The room's figures for a period of local days (the tenant's calendar): from the start of {@code
 * from} to the end of {@code to} on the tenant's wall clock.
 */
@ApplicationScoped
public class StatisticsService {

  /** The longest period one request may cover. */
  static final int MAX_DAYS = 366;

  @Inject MediationRepository repository;
  @Inject MediationTenant current;

  @Transactional
  public MediationStatistics period(LocalDate from, LocalDate to) {
    if (to.isBefore(from)) {
      throw ProblemException.invalid("to", "period.range-reversed");
    }
    if (from.plusDays(MAX_DAYS).isBefore(to)) {
      throw ProblemException.invalid("to", "period.range-too-long", MAX_DAYS);
    }
    ZoneId zone = current.tenant().timeZone();
    Instant start = from.atStartOfDay(zone).toInstant();
    Instant end = to.plusDays(1).atStartOfDay(zone).toInstant();
    var cases =
        repository.casesRegisteredOrClosed(start, end).stream()
            .map(
                c ->
                    new MediationStatistics.CaseFact(
                        c.category(),
                        c.source(),
                        c.status(),
                        c.registeredAt(),
                        c.closedAt(),
                        within(c.registeredAt(), start, end),
                        within(c.closedAt(), start, end)))
            .toList();
    var satisfaction =
        repository.satisfactionIssued(start, end).stream()
            .map(s -> new MediationStatistics.SatisfactionFact(s.rating()))
            .toList();
    var tasks =
        repository.tasksCreated(start, end).stream()
            .map(t -> new MediationStatistics.TaskFact(t.createdAt(), t.dueAt(), t.answeredAt()))
            .toList();
    return MediationStatistics.of(cases, satisfaction, tasks);
  }

  private static boolean within(Instant at, Instant start, Instant end) {
    return at != null && !at.isBefore(start) && at.isBefore(end);
  }
}
