package org.tourismpolicing.dispatch.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.tourismpolicing.core.events.KioskWalkInNeedsPolice;
import org.tourismpolicing.core.outbox.OutboxConsumer;
import org.tourismpolicing.dispatch.domain.Incident;
import org.tourismpolicing.dispatch.domain.IncidentSource;
import org.tourismpolicing.dispatch.infrastructure.DispatchRepository;

/**
 * Turns a kiosk walk-in that needs police action into an incident (source {@code kiosk-walk-in},
 * the walk-in's id as external number, so the same walk-in never opens two), delivered through
 * core's outbox after the walk-in's transaction committed, in a transaction of its own with the
 * walk-in's tenant set. A failure is retried by the relay and ends as a dead letter for the tenant
 * admin. The kiosk registry knows nothing of this module.
 */
@ApplicationScoped
public class WalkInIncidents implements OutboxConsumer<KioskWalkInNeedsPolice> {

  @Inject IncidentService incidents;
  @Inject DispatchRepository repository;
  @Inject CurrentDispatch current;

  @Override
  public String name() {
    return "dispatch.walk-in-incidents";
  }

  @Override
  public Class<KioskWalkInNeedsPolice> eventType() {
    return KioskWalkInNeedsPolice.class;
  }

  @Override
  public void accept(KioskWalkInNeedsPolice walkIn) {
    open(walkIn);
  }

  /** Opens the incident of a walk-in, unless it already exists. */
  @Transactional(Transactional.TxType.MANDATORY)
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
