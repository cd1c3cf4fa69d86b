package org.tourismpolicing.mediation.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.tourismpolicing.core.events.IncidentReferredToMediation;
import org.tourismpolicing.core.security.CallerIdentity;
import org.tourismpolicing.core.tenant.TenantWork;
import org.tourismpolicing.mediation.domain.CaseIntake;
import org.tourismpolicing.mediation.domain.CaseSource;
import org.tourismpolicing.mediation.domain.DisputeCase;
import org.tourismpolicing.mediation.infrastructure.MediationRepository;

/**
 * Opens a case for a dispute the police referred (the dispatch module's {@link
 * IncidentReferredToMediation}), after the incident's transaction committed. Idempotent: an
 * incident already referred opens nothing more (the case is keyed by source and incident id, and
 * the table refuses a second one even when two deliveries race).
 */
@ApplicationScoped
public class IncidentReferrals {

  private static final Logger LOG = Logger.getLogger(IncidentReferrals.class.getName());

  @Inject TenantWork work;
  @Inject Opener opener;

  void onReferral(
      @Observes(during = TransactionPhase.AFTER_SUCCESS) IncidentReferredToMediation event) {
    try {
      work.run(event.tenant(), () -> opener.open(event));
    } catch (RuntimeException e) {
      // a delivery racing another one for the same incident loses on the table's unique key:
      // the case exists, which is what was wanted
      boolean opened = work.call(event.tenant(), () -> opener.exists(event));
      if (!opened) {
        // the incident is committed whatever happens here; the room is told by the log
        LOG.log(
            Level.WARNING,
            "incident " + event.incidentNumber() + " could not open a mediation case",
            e);
      }
    }
  }

  /** Opens the case in a transaction of its own, as the system on behalf of the referrer. */
  @ApplicationScoped
  public static class Opener {

    @Inject MediationRepository repository;
    @Inject MediationTenant current;
    @Inject CaseService cases;

    private static String key(IncidentReferredToMediation event) {
      return DisputeCase.dedupKey(
          CaseSource.INCIDENT_REFERRAL, null, event.incidentId().toString());
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean exists(IncidentReferredToMediation event) {
      return repository.caseByDedupKey(key(event)).isPresent();
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public DisputeCase open(IncidentReferredToMediation event) {
      String ref = event.incidentId().toString();
      var existing = repository.caseByDedupKey(key(event));
      if (existing.isPresent()) {
        return existing.get();
      }
      String summary = event.summary() == null || event.summary().isBlank() ? "—" : event.summary();
      String description =
          (event.incidentNumber() == null ? "" : "[" + event.incidentNumber() + "] ") + summary;
      CaseIntake intake =
          new CaseIntake(
              CaseSource.INCIDENT_REFERRAL,
              ref,
              null,
              current.settings().referralCategory(),
              description.length() > 4000 ? description.substring(0, 4000) : description,
              null,
              null,
              null,
              event.zoneCode(),
              current.tenant().defaultLanguage().toLanguageTag());
      // the referral is the system's doing on the officer's word, whoever's request this follows
      return cases.newCase(
          intake, CallerIdentity.SYSTEM + ":incident-referral:" + event.referredBy());
    }
  }
}
