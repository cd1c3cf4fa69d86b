package org.tourismpolicing.dispatch.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.tourismpolicing.core.problem.ProblemException;
import org.tourismpolicing.dispatch.domain.ResponseStatistics;
import org.tourismpolicing.dispatch.domain.ResponseStatistics.Figures;
import org.tourismpolicing.dispatch.domain.ResponseStatistics.IncidentFacts;
import org.tourismpolicing.dispatch.infrastructure.DispatchRepository;

/**
 * Statistics of the incidents received on a range of local days (the tenant's time zone): totals
 * and one group per zone, kiosk or category. One query, then arithmetic.
 */
@ApplicationScoped
public class DispatchStatistics {

  /** The longest range one request may cover. */
  static final int MAX_DAYS = 732;

  @Inject DispatchRepository repository;
  @Inject CurrentDispatch current;

  /** How to split the figures. */
  public enum GroupBy {
    NONE(null),
    ZONE(IncidentFacts::zoneCode),
    KIOSK(IncidentFacts::kioskId),
    CATEGORY(IncidentFacts::category);

    private final Function<IncidentFacts, String> key;

    GroupBy(Function<IncidentFacts, String> key) {
      this.key = key;
    }
  }

  public record Report(LocalDate from, LocalDate to, Figures total, Map<String, Figures> groups) {}

  @Transactional
  public Report report(LocalDate from, LocalDate to, GroupBy groupBy) {
    if (to.isBefore(from)) {
      throw ProblemException.invalid("to", "statistics.range-reversed");
    }
    if (from.plusDays(MAX_DAYS).isBefore(to)) {
      throw ProblemException.invalid("to", "statistics.range-too-long", MAX_DAYS);
    }
    List<IncidentFacts> facts = repository.incidentFacts(from, to);
    var targets = current.settings().targets();
    Figures total = ResponseStatistics.of(facts, targets);
    Map<String, Figures> groups =
        groupBy == GroupBy.NONE
            ? Map.of()
            : ResponseStatistics.grouped(facts, groupBy.key, targets);
    return new Report(from, to, total, groups);
  }
}
