package org.tourismpolicing.mediation.rest;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.tourismpolicing.core.money.Money;
import org.tourismpolicing.mediation.application.CaseFile;
import org.tourismpolicing.mediation.application.IssuedLink;
import org.tourismpolicing.mediation.application.MediatorService;
import org.tourismpolicing.mediation.domain.CaseParty;
import org.tourismpolicing.mediation.domain.DepartmentTask;
import org.tourismpolicing.mediation.domain.DisputeCase;
import org.tourismpolicing.mediation.domain.DutyShift;
import org.tourismpolicing.mediation.domain.EvidenceSummary;
import org.tourismpolicing.mediation.domain.MediationSession;
import org.tourismpolicing.mediation.domain.MediationSettings;
import org.tourismpolicing.mediation.domain.MediationStatistics;
import org.tourismpolicing.mediation.domain.OutreachVisit;
import org.tourismpolicing.mediation.domain.SatisfactionLink;

/** Maps the module's entities and results to answer records; entities never leave through REST. */
final class MediationViews {

  private MediationViews() {}

  static MediationDtos.MoneyView money(Money m) {
    return m == null
        ? null
        : new MediationDtos.MoneyView(m.toDecimalString(), m.currency().getCurrencyCode(), m.fen());
  }

  static MediationDtos.CaseSummary summary(DisputeCase c, Instant now) {
    return new MediationDtos.CaseSummary(
        c.id(),
        c.caseNumber(),
        c.source().code(),
        c.category(),
        c.status().code(),
        money(c.amount()),
        c.merchantName(),
        c.mediatorId(),
        c.registeredAt(),
        c.dueAt(),
        c.isOverdue(now),
        c.closedAt(),
        c.version());
  }

  static MediationDtos.CaseView dispute(CaseFile f, MediationSettings settings, Instant now) {
    DisputeCase c = f.dispute();
    MediationDtos.AgreementView agreement =
        c.agreedAt() == null
            ? null
            : new MediationDtos.AgreementView(
                c.agreementTerms(),
                money(c.compensation()),
                c.agreedAt(),
                c.verificationCode(),
                c.fulfilmentDueOn(),
                c.fulfilmentStatus() == null ? null : c.fulfilmentStatus().code(),
                c.fulfilmentCheckedAt(),
                c.fulfilmentNote());
    MediationDtos.ScreeningView screening =
        f.screening()
            .map(
                r ->
                    new MediationDtos.ScreeningView(
                        true, r.listed(), r.category(), r.summary(), r.entryId()))
            .orElse(
                new MediationDtos.ScreeningView(f.screeningAvailable(), null, null, null, null));
    return new MediationDtos.CaseView(
        c.id(),
        c.caseNumber(),
        c.source().code(),
        c.sourceRef(),
        c.referringDepartment(),
        c.category(),
        settings.category(c.category()).map(k -> k.names().values()).orElse(Map.of()),
        c.description(),
        money(c.amount()),
        c.merchantName(),
        c.merchantCreditCode() == null ? null : c.merchantCreditCode().value(),
        c.zoneCode(),
        c.language(),
        c.status().code(),
        f.mediator() == null
            ? null
            : new MediationDtos.MediatorRef(
                f.mediator().id(), f.mediator().code(), f.mediator().name()),
        c.registeredAt(),
        c.acceptedAt(),
        c.mediationStartedAt(),
        c.dueAt(),
        c.isOverdue(now),
        c.closedAt(),
        c.referredTo() == null ? null : c.referredTo().code(),
        c.outcomeNote(),
        agreement,
        f.parties().stream().map(MediationViews::party).toList(),
        f.sessions().stream().map(MediationViews::session).toList(),
        f.evidence().stream().map(MediationViews::evidence).toList(),
        f.tasks().stream().map(t -> task(t, now)).toList(),
        f.satisfaction().stream().map(MediationViews::satisfaction).toList(),
        screening,
        c.version());
  }

  static MediationDtos.PartyView party(CaseParty p) {
    return new MediationDtos.PartyView(
        p.id(),
        p.role().code(),
        p.name(),
        p.contact(),
        p.language(),
        p.creditCode(),
        p.consentedAt(),
        p.consentMethod() == null ? null : p.consentMethod().code());
  }

  static MediationDtos.SessionView session(MediationSession s) {
    return new MediationDtos.SessionView(
        s.id(),
        s.scheduledAt(),
        s.place(),
        s.mediators(),
        s.status().code(),
        s.heldAt(),
        s.attendees(),
        s.notes());
  }

  static MediationDtos.EvidenceView evidence(EvidenceSummary e) {
    return new MediationDtos.EvidenceView(
        e.id(),
        e.fileName(),
        e.mediaType(),
        e.sizeBytes(),
        e.sha256(),
        e.uploadedAt(),
        e.uploadedBy());
  }

  static MediationDtos.TaskView task(DepartmentTask t, Instant now) {
    return new MediationDtos.TaskView(
        t.id(),
        t.caseId(),
        t.department(),
        t.request(),
        t.dueAt(),
        t.isOverdue(now),
        t.status().code(),
        t.answer(),
        t.answeredAt(),
        t.answeredBy(),
        t.createdAt(),
        t.version());
  }

  static MediationDtos.SatisfactionView satisfaction(SatisfactionLink s) {
    return new MediationDtos.SatisfactionView(
        s.partyId(), s.issuedAt(), s.expiresAt(), s.usedAt(), s.rating());
  }

  static List<MediationDtos.IssuedLinkView> links(String tenant, List<IssuedLink> links) {
    return links.stream()
        .map(
            l ->
                new MediationDtos.IssuedLinkView(
                    l.partyId(),
                    l.role(),
                    l.token(),
                    "/api/" + tenant + "/mediation/public/satisfaction/" + l.token(),
                    l.expiresAt()))
        .toList();
  }

  static MediationDtos.MediatorView mediator(MediatorService.RosterEntry e) {
    var m = e.mediator();
    return new MediationDtos.MediatorView(
        m.id(), m.code(), m.name(), m.badge(), m.phone(), m.active(), e.onDuty(), e.openCases());
  }

  static MediationDtos.ShiftView shift(DutyShift s, Map<String, String> codes) {
    return new MediationDtos.ShiftView(
        s.id(), s.mediatorId(), codes.get(s.mediatorId()), s.startsAt(), s.endsAt());
  }

  static MediationDtos.VisitView visit(OutreachVisit v) {
    return new MediationDtos.VisitView(
        v.id(),
        v.kind().code(),
        v.targetType().code(),
        v.targetName(),
        v.creditCode() == null ? null : v.creditCode().value(),
        v.zoneCode(),
        v.visitedAt(),
        v.visitedBy(),
        v.findings(),
        v.caseId());
  }

  static MediationDtos.StatisticsView statistics(
      java.time.LocalDate from, java.time.LocalDate to, String zone, MediationStatistics s) {
    return new MediationDtos.StatisticsView(
        from,
        to,
        zone,
        s.registered(),
        s.byCategory(),
        s.bySource(),
        s.decided(),
        s.agreements(),
        s.notReached(),
        s.withdrawn(),
        s.agreementRate(),
        hours(s.medianTimeToClose()),
        s.satisfactionLinks(),
        s.satisfactionAnswers(),
        s.responseRate(),
        s.satisfactionRate(),
        s.meanRating(),
        s.tasks(),
        s.tasksAnswered(),
        s.tasksAnsweredLate(),
        s.tasksOpen(),
        hours(s.medianTaskTurnaround()));
  }

  private static Double hours(Duration d) {
    return d == null ? null : d.toMillis() / 3_600_000.0;
  }
}
