package org.tourismpolicing.mediation.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tourismpolicing.core.audit.AuditTrail;
import org.tourismpolicing.core.problem.ProblemException;
import org.tourismpolicing.mediation.domain.CaseParty;
import org.tourismpolicing.mediation.domain.DisputeCase;
import org.tourismpolicing.mediation.domain.SatisfactionLink;
import org.tourismpolicing.mediation.domain.SatisfactionTokens;
import org.tourismpolicing.mediation.infrastructure.MediationRepository;

/**
 * Satisfaction after a case closes: one link per party, answered once without a login, until it
 * expires. Tokens are random and only their hash is stored.
 */
@ApplicationScoped
public class SatisfactionService {

  @Inject MediationRepository repository;
  @Inject MediationTenant current;
  @Inject AuditTrail audit;
  @Inject Clock clock;

  /** What the public page shows of a link: the case, the room, and whether it can be answered. */
  public record LinkView(
      SatisfactionLink link, DisputeCase dispute, CaseParty party, boolean usable) {}

  @Transactional(Transactional.TxType.MANDATORY)
  List<IssuedLink> issue(DisputeCase dispute, List<CaseParty> parties) {
    Instant now = clock.instant();
    List<IssuedLink> issued = new ArrayList<>();
    for (CaseParty p : parties) {
      String token = SatisfactionTokens.newToken();
      SatisfactionLink link =
          new SatisfactionLink(
              dispute.id(),
              p.id(),
              SatisfactionTokens.hash(token),
              now,
              current.settings().satisfactionLinkValidity());
      repository.persist(link);
      issued.add(new IssuedLink(p.id(), p.role().code(), token, link.expiresAt()));
    }
    if (!issued.isEmpty()) {
      audit.record(
          "satisfaction.links-issued",
          "mediation-case",
          dispute.id(),
          null,
          Map.of("links", issued.size()));
    }
    return issued;
  }

  @Transactional
  public LinkView view(String token) {
    SatisfactionLink link = require(token);
    DisputeCase dispute = repository.find(DisputeCase.class, link.caseId()).orElseThrow();
    CaseParty party = repository.find(CaseParty.class, link.partyId()).orElseThrow();
    boolean usable = link.usedAt() == null && clock.instant().isBefore(link.expiresAt());
    return new LinkView(link, dispute, party, usable);
  }

  /** Stores a party's rating; a used or expired link is refused (409). */
  @Transactional
  public SatisfactionLink respond(String token, int rating, String comment) {
    SatisfactionLink link = require(token);
    link.answer(rating, comment, clock.instant());
    repository.em().flush();
    Map<String, Object> after = new LinkedHashMap<>();
    after.put("partyId", link.partyId());
    after.put("rating", rating);
    audit.recordAs(
        "public:satisfaction-link",
        "satisfaction.answered",
        "mediation-case",
        link.caseId(),
        null,
        after);
    return link;
  }

  private SatisfactionLink require(String token) {
    if (!SatisfactionTokens.isWellFormed(token)) {
      throw ProblemException.notFound("satisfaction-link", "…");
    }
    return repository
        .satisfactionByTokenHash(SatisfactionTokens.hash(token))
        .orElseThrow(() -> ProblemException.notFound("satisfaction-link", "…"));
  }
}
