package org.tourismpolicing.dispatch.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.tourismpolicing.core.events.VerifiedTipNeedsPolice;
import org.tourismpolicing.core.problem.ProblemException;
import org.tourismpolicing.core.tenant.TenantWork;
import org.tourismpolicing.dispatch.domain.Incident;
import org.tourismpolicing.dispatch.domain.IncidentSource;
import org.tourismpolicing.dispatch.infrastructure.DispatchRepository;

/**
 * Turns a verified informant tip that the handler handed to the police into an incident (source
 * {@code informant-tip}, the tip's id as external number, so the same tip never opens two), after
 * the informant module's transaction committed. The incident carries the handler's summary, never
 * the informant: the reporter fields stay empty. The informant rewards module knows nothing of this
 * one.
 */
@ApplicationScoped
public class TipIncidents {

  private static final Logger LOG = Logger.getLogger(TipIncidents.class.getName());

  @Inject TenantWork work;
  @Inject TipIncidents self;
  @Inject IncidentService incidents;
  @Inject DispatchRepository repository;
  @Inject CurrentDispatch current;

  void onVerifiedTip(
      @Observes(during = TransactionPhase.AFTER_SUCCESS) VerifiedTipNeedsPolice tip) {
    if (tip.position() == null) {
      // an incident needs a place to send units to; the handler passes the tip on by phone
      LOG.log(Level.WARNING, "tip {0} names no position: no incident opened", tip.tipNumber());
      return;
    }
    try {
      work.run(tip.tenant(), () -> self.open(tip));
    } catch (ProblemException e) {
      LOG.log(
          Level.WARNING,
          "tip {0} did not become an incident: {1}",
          new Object[] {tip.tipNumber(), e.code()});
    } catch (RuntimeException e) {
      LOG.log(Level.SEVERE, "tip " + tip.tipNumber() + " did not become an incident", e);
    }
  }

  /** Opens the incident of a tip, unless it already exists. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
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
