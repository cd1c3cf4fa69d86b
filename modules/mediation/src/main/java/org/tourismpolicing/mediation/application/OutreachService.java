package org.tourismpolicing.mediation.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tourismpolicing.core.audit.AuditTrail;
import org.tourismpolicing.core.identifiers.UnifiedSocialCreditCode;
import org.tourismpolicing.core.paging.Page;
import org.tourismpolicing.core.paging.PageRequest;
import org.tourismpolicing.core.problem.ProblemException;
import org.tourismpolicing.core.security.CallerIdentity;
import org.tourismpolicing.mediation.domain.CaseIntake;
import org.tourismpolicing.mediation.domain.CaseSource;
import org.tourismpolicing.mediation.domain.DisputeCase;
import org.tourismpolicing.mediation.domain.OutreachKind;
import org.tourismpolicing.mediation.domain.OutreachTarget;
import org.tourismpolicing.mediation.domain.OutreachVisit;
import org.tourismpolicing.mediation.domain.PartyRole;
import org.tourismpolicing.mediation.infrastructure.MediationRepository;

/**
 * The outreach log ("knock, call, visit, guard the door"): visits to merchants and communities with
 * their findings; a finding that is a dispute opens a case (once per visit) with the visit as its
 * source and, for a merchant, the merchant as a party.
 */
@ApplicationScoped
public class OutreachService {

  private static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

  @Inject MediationRepository repository;
  @Inject MediationTenant current;
  @Inject CaseService cases;
  @Inject AuditTrail audit;
  @Inject CallerIdentity caller;
  @Inject Clock clock;

  @Transactional
  public OutreachVisit log(
      OutreachKind kind,
      OutreachTarget target,
      String targetName,
      UnifiedSocialCreditCode creditCode,
      String zone,
      Instant visitedAt,
      String findings) {
    Instant now = clock.instant();
    Instant at = visitedAt == null ? now : visitedAt;
    if (at.isAfter(now.plus(CLOCK_SKEW))) {
      throw ProblemException.invalid("visitedAt", "outreach.visited-in-future");
    }
    if (zone != null && current.tenant().geography().zone(zone).isEmpty()) {
      throw ProblemException.invalid("zone", "outreach.zone.unknown", zone);
    }
    OutreachVisit visit =
        new OutreachVisit(
            kind, target, targetName, creditCode, zone, at, caller.name(), findings, now);
    repository.persist(visit);
    Map<String, Object> after = new LinkedHashMap<>();
    after.put("kind", kind.code());
    after.put("target", target.code());
    after.put("visitedAt", at.toString());
    audit.record("outreach.logged", "outreach-visit", visit.id(), null, after);
    return visit;
  }

  @Transactional
  public Page<OutreachVisit> list(PageRequest page) {
    return repository.visits(page);
  }

  @Transactional
  public OutreachVisit get(String id) {
    return repository
        .find(OutreachVisit.class, id)
        .orElseThrow(() -> ProblemException.notFound("outreach-visit", id));
  }

  /** Opens a case from the visit's finding; a second attempt answers 409. */
  @Transactional
  public DisputeCase openCase(String visitId, String category, String description) {
    OutreachVisit visit = get(visitId);
    if (visit.caseId() != null) {
      throw ProblemException.conflict("outreach.case-already-opened", visit.caseId());
    }
    String text = description != null ? description : visit.findings();
    CaseIntake intake =
        new CaseIntake(
            CaseSource.OUTREACH,
            visit.id(),
            null,
            category,
            text,
            null,
            visit.targetType() == OutreachTarget.MERCHANT ? visit.targetName() : null,
            visit.creditCode(),
            visit.zoneCode(),
            current.tenant().defaultLanguage().toLanguageTag());
    List<CaseService.PartyInput> parties =
        visit.targetType() == OutreachTarget.MERCHANT
            ? List.of(
                new CaseService.PartyInput(
                    PartyRole.MERCHANT, visit.targetName(), null, null, visit.creditCode()))
            : List.of();
    DisputeCase opened = cases.register(intake, parties);
    visit.openedCase(opened.id());
    audit.record(
        "outreach.case-opened",
        "outreach-visit",
        visit.id(),
        null,
        Map.of("caseId", opened.id(), "caseNumber", opened.caseNumber()));
    return opened;
  }
}
