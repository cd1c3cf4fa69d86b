package org.tourismpolicing.blacklist.rest;

import java.util.List;
import java.util.Locale;
import org.tourismpolicing.blacklist.application.ListedSubject;
import org.tourismpolicing.blacklist.application.ScreeningService;
import org.tourismpolicing.blacklist.domain.Appeal;
import org.tourismpolicing.blacklist.domain.BlacklistEntry;
import org.tourismpolicing.blacklist.domain.BlacklistSettings;
import org.tourismpolicing.blacklist.domain.CategoryRule;
import org.tourismpolicing.blacklist.domain.Evidence;
import org.tourismpolicing.blacklist.domain.EvidenceItem;
import org.tourismpolicing.blacklist.domain.Masking;
import org.tourismpolicing.blacklist.domain.Watch;
import org.tourismpolicing.blacklist.domain.WebhookDelivery;
import org.tourismpolicing.blacklist.screening.SubjectKind;

/** Maps entities and results to the answer bodies. */
final class BlacklistViews {

  private BlacklistViews() {}

  static BlacklistDtos.EntryView entry(
      BlacklistEntry e, BlacklistSettings settings, List<Locale> languages) {
    return new BlacklistDtos.EntryView(
        e.id(),
        BlacklistInputs.kindCode(e.kind()),
        e.name(),
        e.aliases(),
        e.creditCode(),
        e.address(),
        e.legalRepresentative(),
        e.idNumberMasked(),
        e.phoneMasked(),
        e.category(),
        categoryName(settings, e.category(), languages),
        e.reason(),
        e.departments(),
        List.copyOf(e.signedDepartments()),
        e.leaderRequired(),
        e.leaderSignedBy(),
        e.visibility().code(),
        e.effectiveFrom(),
        e.effectiveTo(),
        e.status().code(),
        e.statusReason(),
        e.endedAt(),
        e.createdBy(),
        e.createdAt(),
        e.version());
  }

  static String categoryName(BlacklistSettings settings, String code, List<Locale> languages) {
    return settings.category(code).map(CategoryRule::names).map(n -> n.in(languages)).orElse(code);
  }

  static BlacklistDtos.EvidenceView evidence(EvidenceItem e) {
    return new BlacklistDtos.EvidenceView(
        e.id(),
        e.kind().code(),
        e.reference(),
        e.note(),
        e.fileName(),
        e.mediaType(),
        e.sizeBytes(),
        e.sha256(),
        e.addedBy(),
        e.addedAt());
  }

  static BlacklistDtos.EvidenceView evidence(Evidence e) {
    return evidence(e.item());
  }

  static BlacklistDtos.AppealView appeal(Appeal a) {
    return new BlacklistDtos.AppealView(
        a.id(),
        a.entryId(),
        a.status().code(),
        a.appellant(),
        a.grounds(),
        a.receivedAt(),
        a.reviewStartedAt(),
        a.decidedAt(),
        a.decidedBy(),
        a.decisionNote(),
        a.version());
  }

  static BlacklistDtos.HitView hit(ScreeningService.Hit h) {
    ListedSubject s = h.subject();
    return new BlacklistDtos.HitView(
        s.entryId().toString(),
        s.source(),
        s.publisher(),
        round(h.score()),
        BlacklistInputs.kindCode(s.kind()),
        s.kind() == SubjectKind.PERSON ? Masking.name(s.name()) : s.name(),
        s.creditCode(),
        s.category(),
        h.features().stream()
            .map(f -> new BlacklistDtos.FeatureView(f.feature(), round(f.score()), f.explanation()))
            .toList());
  }

  static double round(double score) {
    return Math.round(score * 1000) / 1000.0;
  }

  static BlacklistDtos.WatchView watch(Watch w, String secret) {
    return new BlacklistDtos.WatchView(
        w.id(),
        w.subjectType().code(),
        w.subjectValue(),
        w.callbackUrl(),
        w.createdBy(),
        w.createdAt(),
        secret);
  }

  static BlacklistDtos.DeliveryView delivery(WebhookDelivery d) {
    return new BlacklistDtos.DeliveryView(
        d.id(),
        d.event(),
        d.entryId(),
        d.status().code(),
        d.attempts(),
        d.shownStatusCode(),
        d.lastError(),
        d.lastAttemptAt(),
        d.nextAttemptAt(),
        d.createdAt());
  }
}
