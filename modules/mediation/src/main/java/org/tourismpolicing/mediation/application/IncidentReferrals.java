package org.tourismpolicing.mediation.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.tourismpolicing.core.events.IncidentReferredToMediation;
import org.tourismpolicing.core.outbox.OutboxConsumer;
import org.tourismpolicing.core.security.CallerIdentity;
import org.tourismpolicing.mediation.domain.CaseIntake;
import org.tourismpolicing.mediation.domain.CaseSource;
import org.tourismpolicing.mediation.domain.DisputeCase;
import org.tourismpolicing.mediation.infrastructure.MediationRepository;

/**
 * Opens a case for a dispute the police referred (the dispatch module's {@link
 * IncidentReferredToMediation}), delivered through core's outbox after the incident's transaction
 * committed, in a transaction of its own with the incident's tenant set. Idempotent: an incident
 * already referred opens nothing more (the case is keyed by source and incident id, and the table
 * refuses a second one even when two deliveries race: the loser's transaction fails, and its retry
 * finds the case). A failure is retried by the relay and ends as a dead letter for the tenant
 * admin.
 */
@ApplicationScoped
public class IncidentReferrals implements OutboxConsumer<IncidentReferredToMediation> {

  @Inject Opener opener;

  @Override
  public String name() {
    return "mediation.incident-referrals";
  }

  @Override
  public Class<IncidentReferredToMediation> eventType() {
    return IncidentReferredToMediation.class;
  }

  @Override
  public void accept(IncidentReferredToMediation event) {
    opener.open(event);
  }

  /** Opens the case in the delivery's transaction, as the system on behalf of the referrer. */
  @ApplicationScoped
  public static class Opener {

    @Inject MediationRepository repository;
    @Inject MediationTenant current;
    @Inject CaseService cases;

    private static String key(IncidentReferredToMediation event) {
      return DisputeCase.dedupKey(
          CaseSource.INCIDENT_REFERRAL, null, event.incidentId().toString());
    }

    @Transactional(Transactional.TxType.MANDATORY)
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
