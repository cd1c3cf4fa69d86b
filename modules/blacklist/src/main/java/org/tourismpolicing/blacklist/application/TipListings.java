package org.tourismpolicing.blacklist.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import org.tourismpolicing.blacklist.domain.BlacklistEntry;
import org.tourismpolicing.blacklist.domain.EvidenceKind;
import org.tourismpolicing.blacklist.domain.Visibility;
import org.tourismpolicing.blacklist.infrastructure.BlacklistRepository;
import org.tourismpolicing.blacklist.screening.SubjectKind;
import org.tourismpolicing.core.events.VerifiedTipSupportsListing;
import org.tourismpolicing.core.identifiers.UnifiedSocialCreditCode;
import org.tourismpolicing.core.outbox.OutboxConsumer;
import org.tourismpolicing.core.security.CallerIdentity;

/**
 * A verified tip that supports a listing becomes a proposed business entry with the tip as
 * evidence, to be signed off like any other proposal; when the business already has an open entry
 * of that category, the tip is added to that entry's evidence instead. Delivered through core's
 * outbox after the informant module's commit, in a transaction of its own with the tip's tenant
 * set; one entry (or one piece of evidence) per tip however often it is delivered. A failure is
 * retried by the relay and ends as a dead letter for the tenant admin.
 */
@ApplicationScoped
public class TipListings implements OutboxConsumer<VerifiedTipSupportsListing> {

  @Inject Proposer proposer;

  @Override
  public String name() {
    return "blacklist.tip-listings";
  }

  @Override
  public Class<VerifiedTipSupportsListing> eventType() {
    return VerifiedTipSupportsListing.class;
  }

  @Override
  public void accept(VerifiedTipSupportsListing tip) {
    proposer.propose(tip);
  }

  /** The proposal, in the delivery's transaction. */
  @ApplicationScoped
  public static class Proposer {

    @Inject BlacklistRepository repository;
    @Inject EntryService entries;
    @Inject BlacklistTenant current;
    @Inject CallerIdentity caller;

    @Transactional(Transactional.TxType.MANDATORY)
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
