package org.tourismpolicing.dispatch.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.tourismpolicing.core.events.KioskWalkInNeedsPolice;
import org.tourismpolicing.core.problem.ProblemException;
import org.tourismpolicing.core.tenant.TenantWork;
import org.tourismpolicing.dispatch.domain.Incident;
import org.tourismpolicing.dispatch.domain.IncidentSource;
import org.tourismpolicing.dispatch.infrastructure.DispatchRepository;

/**
 * Turns a kiosk walk-in that needs police action into an incident (source {@code kiosk-walk-in},
 * the walk-in's id as external number, so the same walk-in never opens two), after the walk-in's
 * transaction committed. The kiosk registry knows nothing of this module.
 */
@ApplicationScoped
public class WalkInIncidents {

  private static final Logger LOG = Logger.getLogger(WalkInIncidents.class.getName());

  @Inject TenantWork work;
  @Inject WalkInIncidents self;

  void onWalkIn(@Observes(during = TransactionPhase.AFTER_SUCCESS) KioskWalkInNeedsPolice walkIn) {
    try {
      work.run(walkIn.tenant(), () -> self.open(walkIn));
    } catch (ProblemException e) {
      LOG.log(
          Level.WARNING,
          "walk-in {0} did not become an incident: {1}",
          new Object[] {walkIn.walkInId(), e.code()});
    } catch (RuntimeException e) {
      LOG.log(Level.SEVERE, "walk-in " + walkIn.walkInId() + " did not become an incident", e);
    }
  }

  @Inject IncidentService incidents;
  @Inject DispatchRepository repository;
  @Inject CurrentDispatch current;

  /** Opens the incident of a walk-in, unless it already exists. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public Incident open(KioskWalkInNeedsPolice walkIn) {
    String external = walkIn.walkInId().toString();
    var existing = repository.incidentByExternalNumber(IncidentSource.KIOSK_WALK_IN, external);
    if (existing.isPresent()) {
      return existing.get();
    }
    String category = current.settings().categoryForWalkIn(walkIn.kind());
    return incidents.receive(
        new IncidentService.Intake(
            IncidentSource.KIOSK_WALK_IN,
            external,
            category,
            null,
            walkIn.position(),
            new Incident.IncidentReport(
                null,
                null,
                "["
                    + walkIn.kioskCode()
                    + "] "
                    + (walkIn.summary() == null ? walkIn.kind() : walkIn.summary()),
                walkIn.kioskId().toString(),
                walkIn.walkInId().toString()),
            walkIn.occurredAt()));
  }
}
