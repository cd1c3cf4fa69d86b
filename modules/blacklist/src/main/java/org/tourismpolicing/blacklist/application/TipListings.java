package org.tourismpolicing.blacklist.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.tourismpolicing.blacklist.domain.BlacklistEntry;
import org.tourismpolicing.blacklist.domain.EvidenceKind;
import org.tourismpolicing.blacklist.domain.Visibility;
import org.tourismpolicing.blacklist.infrastructure.BlacklistRepository;
import org.tourismpolicing.blacklist.screening.SubjectKind;
import org.tourismpolicing.core.events.VerifiedTipSupportsListing;
import org.tourismpolicing.core.identifiers.UnifiedSocialCreditCode;
import org.tourismpolicing.core.security.CallerIdentity;
import org.tourismpolicing.core.tenant.TenantWork;

/**
 * A verified tip that supports a listing becomes a proposed business entry with the tip as
 * evidence, to be signed off like any other proposal; when the business already has an open entry
 * of that category, the tip is added to that entry's evidence instead. Observed after the informant
 * module's commit; one entry (or one piece of evidence) per tip however often the event comes.
 */
@ApplicationScoped
public class TipListings {

  private static final Logger LOG = Logger.getLogger(TipListings.class.getName());

  @Inject TenantWork work;
  @Inject Proposer proposer;

  void onVerifiedTip(
      @Observes(during = TransactionPhase.AFTER_SUCCESS) VerifiedTipSupportsListing tip) {
    try {
      work.run(tip.tenant(), () -> proposer.propose(tip));
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "no blacklist proposal from tip " + tip.tipNumber(), e);
    }
  }

  /** The proposal in a transaction of its own. */
  @ApplicationScoped
  public static class Proposer {

    @Inject BlacklistRepository repository;
    @Inject EntryService entries;
    @Inject BlacklistTenant current;
    @Inject CallerIdentity caller;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void propose(VerifiedTipSupportsListing tip) {
      String tipId = tip.tipId().toString();
      if (repository.entryOfTip(tipId).isPresent()) {
        return;
      }
      caller.actAsSystem("blacklist-tip-proposal");
      var settings = current.settings();
      String category =
          settings.category(tip.tipCategory()).isPresent()
              ? tip.tipCategory()
              : settings.categories().get(0).code();
      String creditCode =
          tip.creditCode() != null && UnifiedSocialCreditCode.isValid(tip.creditCode())
              ? UnifiedSocialCreditCode.parse(tip.creditCode()).value()
              : null;
      var subject =
          new BlacklistEntry.Subject(
              SubjectKind.BUSINESS,
              tip.businessName(),
              List.of(),
              creditCode,
              null,
              null,
              null,
              null,
              null,
              null,
              null);
      var open = entries.openEntryFor(category, subject);
      if (open.isPresent()) {
        String entryId = open.get().id();
        boolean known =
            repository.evidenceOf(entryId).stream()
                .anyMatch(e -> e.kind() == EvidenceKind.TIP && tipId.equals(e.reference()));
        if (!known) {
          entries.addReference(entryId, EvidenceKind.TIP, tipId, "tip " + tip.tipNumber());
        }
        return;
      }
      String reason =
          tip.summary() + " (tip " + tip.tipNumber() + ", proposed by " + tip.proposedBy() + ")";
      BlacklistEntry entry =
          entries.propose(
              new EntryService.Proposal(
                  subject,
                  category,
                  reason,
                  List.of(settings.tipDepartment()),
                  Visibility.INTERNAL,
                  null,
                  null),
              tipId);
      entries.addReference(entry.id(), EvidenceKind.TIP, tipId, "tip " + tip.tipNumber());
    }
  }
}
