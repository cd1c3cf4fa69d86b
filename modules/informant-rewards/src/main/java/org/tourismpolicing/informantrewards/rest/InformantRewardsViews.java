package org.tourismpolicing.informantrewards.rest;

import java.time.Instant;
import java.util.List;
import org.tourismpolicing.informantrewards.application.TipService;
import org.tourismpolicing.informantrewards.domain.Informant;
import org.tourismpolicing.informantrewards.domain.Reward;
import org.tourismpolicing.informantrewards.domain.RewardPayment;
import org.tourismpolicing.informantrewards.domain.Tip;
import org.tourismpolicing.informantrewards.domain.TipMessage;
import org.tourismpolicing.informantrewards.domain.TipStatistics;
import org.tourismpolicing.informantrewards.rest.InformantRewardsDtos.InformantTipView;
import org.tourismpolicing.informantrewards.rest.InformantRewardsDtos.MessageView;
import org.tourismpolicing.informantrewards.rest.InformantRewardsDtos.PaymentView;
import org.tourismpolicing.informantrewards.rest.InformantRewardsDtos.PhotoView;
import org.tourismpolicing.informantrewards.rest.InformantRewardsDtos.RewardView;
import org.tourismpolicing.informantrewards.rest.InformantRewardsDtos.TipView;

/** Entities to response bodies; the only place that decides what each audience sees. */
final class InformantRewardsViews {

  private InformantRewardsViews() {}

  static TipView tip(Tip t, String pseudonym) {
    return new TipView(
        t.id(),
        t.number(),
        t.category(),
        t.description(),
        t.place(),
        t.position() == null ? null : t.position().latitude(),
        t.position() == null ? null : t.position().longitude(),
        t.occurredAt(),
        t.creditCode(),
        t.businessName(),
        t.status().code(),
        t.informantId() == null,
        pseudonym,
        t.submittedAt(),
        t.updatedAt(),
        t.handlerNote(),
        t.version());
  }

  static InformantTipView forInformant(Tip t, List<TipMessage> messages) {
    return new InformantTipView(
        t.id(),
        t.number(),
        t.category(),
        t.status().code(),
        t.submittedAt(),
        t.updatedAt(),
        messages.stream().map(InformantRewardsViews::message).toList());
  }

  /** Staff are shown to the informant as "handler", never by name. */
  static MessageView message(TipMessage m) {
    return new MessageView(
        m.id(),
        m.isFromInformant() ? TipMessage.INFORMANT_AUTHOR : "handler",
        m.body(),
        m.sentAt());
  }

  static InformantRewardsDtos.TipFileView file(TipService.TipFile f) {
    return new InformantRewardsDtos.TipFileView(
        tip(f.tip(), f.pseudonym()),
        f.messages().stream().map(InformantRewardsViews::message).toList(),
        f.photos().stream()
            .map(
                r ->
                    new PhotoView(
                        (String) r[0],
                        (String) r[1],
                        ((Number) r[2]).longValue(),
                        (String) r[3],
                        (Instant) r[4]))
            .toList(),
        f.reward().map(InformantRewardsViews::reward).orElse(null),
        f.payment().map(InformantRewardsViews::payment).orElse(null));
  }

  static RewardView reward(Reward r) {
    return new RewardView(
        r.id(),
        r.tipId(),
        r.amount().fen(),
        r.amount().currency().getCurrencyCode(),
        r.status().code(),
        r.proposedBy(),
        r.proposedAt(),
        r.approvedBy(),
        r.approvedAt(),
        r.budgetPeriod(),
        r.version());
  }

  static PaymentView payment(RewardPayment p) {
    return new PaymentView(
        p.id(),
        p.rewardId(),
        p.tipId(),
        p.amount().fen(),
        p.amount().currency().getCurrencyCode(),
        p.method(),
        p.reference(),
        p.paidBy(),
        p.paidAt());
  }

  static InformantRewardsDtos.InformantView informant(Informant i) {
    return new InformantRewardsDtos.InformantView(
        i.id(), i.pseudonym(), i.registeredAt(), i.lastActiveAt());
  }

  static InformantRewardsDtos.Statistics statistics(TipStatistics s) {
    return new InformantRewardsDtos.Statistics(
        s.from(),
        s.to(),
        s.currency(),
        s.informantsRegistered(),
        s.informantsActive(),
        s.tips(),
        s.tipsByCategory(),
        s.tipsByStatus(),
        s.verified(),
        s.verifiedTrue(),
        s.verificationRate(),
        s.rewardsPaid(),
        s.rewardsPaidFen(),
        s.rewardsPaidFenByMonth());
  }
}
