package org.tourismpolicing.dispatch.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.tourismpolicing.core.events.VerifiedTipNeedsPolice;
import org.tourismpolicing.core.outbox.OutboxConsumer;
import org.tourismpolicing.dispatch.domain.Incident;
import org.tourismpolicing.dispatch.domain.IncidentSource;
import org.tourismpolicing.dispatch.infrastructure.DispatchRepository;

/**
 * Turns a verified informant tip that the handler handed to the police into an incident (source
 * {@code informant-tip}, the tip's id as external number, so the same tip never opens two),
 * delivered through core's outbox after the informant module's transaction committed, in a
 * transaction of its own with the tip's tenant set. The incident carries the handler's summary,
 * never the informant: the reporter fields stay empty. A failure is retried by the relay and ends
 * as a dead letter for the tenant admin, never silently. The informant rewards module knows nothing
 * of this one.
 */
@ApplicationScoped
public class TipIncidents implements OutboxConsumer<VerifiedTipNeedsPolice> {

  private static final Logger LOG = Logger.getLogger(TipIncidents.class.getName());

  @Inject IncidentService incidents;
  @Inject DispatchRepository repository;
  @Inject CurrentDispatch current;

  @Override
  public String name() {
    return "dispatch.tip-incidents";
  }

  @Override
  public Class<VerifiedTipNeedsPolice> eventType() {
    return VerifiedTipNeedsPolice.class;
  }

  @Override
  public void accept(VerifiedTipNeedsPolice tip) {
    if (tip.position() == null) {
      // an incident needs a place to send units to; the handler passes the tip on by phone
      LOG.log(Level.WARNING, "tip {0} names no position: no incident opened", tip.tipNumber());
      return;
    }
    open(tip);
  }

  /** Opens the incident of a tip, unless it already exists. */
  @Transactional(Transactional.TxType.MANDATORY)
  public Incident open(VerifiedTipNeedsPolice tip) {
    String external = tip.tipId().toString();
    Optional<Incident> existing =
        repository.incidentByExternalNumber(IncidentSource.INFORMANT_TIP, external);
    if (existing.isPresent()) {
      return existing.get();
    }
    String category = current.settings().categoryForTip(tip.category());
    return incidents.receive(
        new IncidentService.Intake(
            IncidentSource.INFORMANT_TIP,
            external,
            category,
            null,
            tip.position(),
            new Incident.IncidentReport(
                null, null, "[" + tip.tipNumber() + "] " + tip.summary(), null, null),
            tip.requestedAt()));
  }
}
