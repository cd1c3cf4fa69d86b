package org.tourismpolicing.mediation.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.tourismpolicing.core.audit.AuditTrail;
import org.tourismpolicing.core.security.CallerIdentity;
import org.tourismpolicing.mediation.domain.MediationSettings;
import org.tourismpolicing.mediation.domain.MediationSettings.MediatorDefinition;
import org.tourismpolicing.mediation.domain.Mediator;
import org.tourismpolicing.mediation.infrastructure.MediationRepository;

/**
 * Imports the mediators of a tenant's document, idempotently: matched by code, described as the
 * document says; those no longer listed are kept inactive (their cases still name them).
 */
@ApplicationScoped
public class MediatorImport {

  /** Who the audit trail names for changes that come from the tenant's documents. */
  static final String ACTOR = CallerIdentity.SYSTEM + ":tenant-config";

  @Inject MediationRepository repository;
  @Inject AuditTrail audit;
  @Inject Clock clock;

  @Transactional(Transactional.TxType.MANDATORY)
  public void importMediators(MediationSettings settings) {
    Instant now = clock.instant();
    Map<String, MediatorDefinition> wanted =
        settings.mediators().stream()
            .collect(Collectors.toMap(MediatorDefinition::code, Function.identity()));
    for (Mediator m : repository.mediators()) {
      MediatorDefinition d = wanted.remove(m.code());
      if (d != null) {
        m.describe(d, now);
      } else if (m.active()) {
        m.deactivate(now);
        audit.recordAs(ACTOR, "mediator.deactivated", "mediator", m.id(), m.code(), null);
      }
    }
    for (MediatorDefinition d : settings.mediators()) {
      if (wanted.containsKey(d.code())) {
        Mediator m = new Mediator(d, now);
        repository.persist(m);
        audit.recordAs(
            ACTOR, "mediator.imported", "mediator", m.id(), null, Map.of("code", d.code()));
      }
    }
  }
}
