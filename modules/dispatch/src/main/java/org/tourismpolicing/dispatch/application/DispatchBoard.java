package org.tourismpolicing.dispatch.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import org.tourismpolicing.core.paging.PageRequest;
import org.tourismpolicing.dispatch.domain.Incident;
import org.tourismpolicing.dispatch.domain.PatrolUnit;
import org.tourismpolicing.dispatch.infrastructure.DispatchRepository;

/** What a dispatch console shows when it opens: open incidents, units and the zones' cover. */
@ApplicationScoped
public class DispatchBoard {

  static final int MAX_OPEN = 500;
  static final int MAX_UNITS = 5000;

  @Inject DispatchRepository repository;
  @Inject PatrolPlans plans;

  public record Snapshot(
      List<Incident> incidents, List<PatrolUnit> units, List<PatrolPlans.ZoneCover> coverage) {}

  @Transactional
  public Snapshot snapshot() {
    return new Snapshot(
        repository.openIncidents(MAX_OPEN),
        repository.units(null, null, PageRequest.first(MAX_UNITS)).items(),
        plans.coverage());
  }
}
