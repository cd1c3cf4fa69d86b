package org.tourismpolicing.mediation.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.tourismpolicing.core.audit.AuditTrail;
import org.tourismpolicing.core.identifiers.UnifiedSocialCreditCode;
import org.tourismpolicing.core.money.Money;
import org.tourismpolicing.core.paging.Page;
import org.tourismpolicing.core.paging.PageRequest;
import org.tourismpolicing.core.problem.ProblemException;
import org.tourismpolicing.core.security.CallerIdentity;
import org.tourismpolicing.core.tenant.Tenant;
import org.tourismpolicing.mediation.domain.AgreementConsents;
import org.tourismpolicing.mediation.domain.CaseIntake;
import org.tourismpolicing.mediation.domain.CaseParty;
import org.tourismpolicing.mediation.domain.CaseSource;
import org.tourismpolicing.mediation.domain.CaseStatus;
import org.tourismpolicing.mediation.domain.ConsentMethod;
import org.tourismpolicing.mediation.domain.Deadlines;
import org.tourismpolicing.mediation.domain.DisputeCase;
import org.tourismpolicing.mediation.domain.MediationSession;
import org.tourismpolicing.mediation.domain.Mediator;
import org.tourismpolicing.mediation.domain.PartyRole;
import org.tourismpolicing.mediation.domain.ReferralBody;
import org.tourismpolicing.mediation.domain.SessionStatus;
import org.tourismpolicing.mediation.domain.VerificationCode;
import org.tourismpolicing.mediation.infrastructure.MediationRepository;

/**
 * The life of a dispute case: registration, acceptance with a mediator, sessions, the decision
 * (agreement with every party's consent, referral elsewhere, withdrawal) and the follow-up of the
 * agreement. Each change is checked against the version the editor saw where two people could edit,
 * and written to the audit trail in the same transaction.
 */
@ApplicationScoped
public class CaseService {

  private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

  @Inject MediationRepository repository;
  @Inject MediationTenant current;
  @Inject MediatorService mediators;
  @Inject SatisfactionService satisfaction;
  @Inject ScreeningLookup screening;
  @Inject AgreementKey agreementKey;
  @Inject AuditTrail audit;
  @Inject CallerIdentity caller;
  @Inject Clock clock;

  /** A party as the request gives it. */
  public record PartyInput(
      PartyRole role,
      String name,
      String contact,
      String language,
      UnifiedSocialCreditCode creditCode) {}

  /** A decided case and the satisfaction links issued to its parties. */
  public record Decision(DisputeCase dispute, List<IssuedLink> satisfactionLinks) {}

  /** A consent as the request gives it: the party and how it consented. */
  public record Consent(String partyId, ConsentMethod method) {}

  @Transactional
  public DisputeCase register(CaseIntake intake, List<PartyInput> parties) {
    if (current.settings().category(intake.category()).isEmpty()) {
      throw ProblemException.invalid("category", "case.category.unknown", intake.category());
    }
    String key =
        DisputeCase.dedupKey(intake.source(), intake.referringDepartment(), intake.sourceRef());
    if (key != null) {
      repository
          .caseByDedupKey(key)
          .ifPresent(
              c -> {
                throw ProblemException.conflict(
                    "case.source-ref.taken", intake.sourceRef(), c.caseNumber());
              });
    }
    DisputeCase dispute = newCase(intake, caller.name());
    Instant now = clock.instant();
    for (PartyInput p : parties) {
      repository.persist(party(dispute.id(), p, now));
    }
    return dispute;
  }

  /** Persists a new case with the day's next number; audits it as done by {@code actor}. */
  @Transactional(Transactional.TxType.MANDATORY)
  public DisputeCase newCase(CaseIntake intake, String actor) {
    Tenant tenant = current.tenant();
    Instant now = clock.instant();
    LocalDate day = now.atZone(tenant.timeZone()).toLocalDate();
    String number =
        "TJ"
            + DAY.format(day)
            + "-"
            + String.format("%04d", repository.nextCaseNumber(tenant.id().value(), day));
    DisputeCase dispute =
        new DisputeCase(
            number, intake, actor, now, tenant.timeZone(), current.settings().deadlines());
    repository.persist(dispute);
    repository.em().flush();
    audit.recordAs(
        actor, "case.registered", "mediation-case", dispute.id(), null, CaseSummaries.of(dispute));
    return dispute;
  }

  @Transactional
  public CaseFile file(String id) {
    DisputeCase c = require(id);
    Mediator mediator =
        c.mediatorId() == null
            ? null
            : repository.find(Mediator.class, c.mediatorId()).orElse(null);
    return new CaseFile(
        c,
        mediator,
        repository.parties(id),
        repository.sessions(id),
        repository.evidence(id),
        repository.tasksOfCase(id),
        repository.satisfactionOfCase(id),
        screening.screen(current.tenant().id(), c.merchantCreditCode(), c.merchantName()),
        screening.available());
  }

  @Transactional
  public Page<DisputeCase> list(
      CaseStatus status,
      String category,
      CaseSource source,
      String mediatorCode,
      boolean overdueOnly,
      PageRequest page) {
    String mediatorId =
        mediatorCode == null
            ? null
            : repository
                .mediatorByCode(mediatorCode)
                .map(Mediator::id)
                .orElseThrow(
                    () -> ProblemException.invalid("mediator", "mediator.unknown", mediatorCode));
    return repository.cases(
        status, category, source, mediatorId, overdueOnly ? clock.instant() : null, page);
  }

  @Transactional
  public CaseParty addParty(String id, PartyInput input) {
    DisputeCase c = require(id);
    c.requireOpen();
    CaseParty p = party(id, input, clock.instant());
    repository.persist(p);
    audit.record(
        "case.party-added",
        "mediation-case",
        id,
        null,
        Map.of("partyId", p.id(), "role", p.role().code()));
    return p;
  }

  /**
   * Accepts a registered case with the named mediator, or (null) the on-duty mediator with the
   * lightest load; with nobody on duty the case is accepted unassigned.
   */
  @Transactional
  public DisputeCase accept(String id, long expectedVersion, String mediatorCode) {
    DisputeCase c = require(id);
    c.checkVersion(expectedVersion);
    Mediator m = chooseMediator(mediatorCode);
    Map<String, Object> before = CaseSummaries.of(c);
    c.accept(m == null ? null : m.id(), clock.instant(), deadlines(), zone());
    return saved(c, "case.accepted", before);
  }

  /** Hands an open case to the named mediator, or (null) to the lightest-loaded one on duty. */
  @Transactional
  public DisputeCase assign(String id, long expectedVersion, String mediatorCode) {
    DisputeCase c = require(id);
    c.checkVersion(expectedVersion);
    Mediator m = chooseMediator(mediatorCode);
    if (m == null) {
      throw ProblemException.ruleViolation("mediator.none-on-duty");
    }
    Map<String, Object> before = CaseSummaries.of(c);
    c.assign(m.id(), clock.instant());
    return saved(c, "case.assigned", before);
  }

  @Transactional
  public MediationSession scheduleSession(
      String id, Instant at, String place, List<String> mediatorCodes) {
    DisputeCase c = require(id);
    List<String> codes = new ArrayList<>();
    for (int i = 0; i < mediatorCodes.size(); i++) {
      codes.add(mediators.active(mediatorCodes.get(i), "mediators[" + i + "]").code());
    }
    Map<String, Object> before = CaseSummaries.of(c);
    c.sessionScheduled(clock.instant(), deadlines(), zone());
    MediationSession s = new MediationSession(id, at, place, codes, caller.name());
    repository.persist(s);
    repository.em().flush();
    Map<String, Object> after = new LinkedHashMap<>(CaseSummaries.of(c));
    after.put("sessionId", s.id());
    after.put("scheduledAt", at.toString());
    audit.record("case.session-scheduled", "mediation-case", id, before, after);
    return s;
  }

  @Transactional
  public MediationSession recordSession(
      String id, String sessionId, Instant heldAt, List<String> attendees, String notes) {
    DisputeCase c = require(id);
    c.requireOpen();
    MediationSession s = session(id, sessionId);
    Instant at = heldAt == null ? clock.instant() : heldAt;
    if (at.isAfter(clock.instant())) {
      throw ProblemException.invalid("heldAt", "session.held-in-future");
    }
    s.held(at, attendees, notes);
    audit.record(
        "case.session-held",
        "mediation-case",
        id,
        null,
        Map.of("sessionId", sessionId, "heldAt", at.toString(), "attendees", attendees.size()));
    return s;
  }

  @Transactional
  public MediationSession cancelSession(String id, String sessionId, String reason) {
    require(id).requireOpen();
    MediationSession s = session(id, sessionId);
    s.cancel(reason);
    audit.record(
        "case.session-cancelled", "mediation-case", id, null, Map.of("sessionId", sessionId));
    return s;
  }

  /** Records the agreement; every party must consent. Issues the parties' satisfaction links. */
  @Transactional
  public Decision reachAgreement(
      String id,
      long expectedVersion,
      String terms,
      Money compensation,
      LocalDate fulfilmentDueOn,
      List<Consent> consents) {
    DisputeCase c = require(id);
    c.checkVersion(expectedVersion);
    List<CaseParty> parties = repository.parties(id);
    AgreementConsents.check(
        consents.stream().map(Consent::partyId).toList(),
        parties.stream().map(CaseParty::id).collect(Collectors.toSet()));
    Instant now = clock.instant();
    if (fulfilmentDueOn != null && fulfilmentDueOn.isBefore(now.atZone(zone()).toLocalDate())) {
      throw ProblemException.invalid("fulfilmentDueOn", "agreement.due-in-past");
    }
    boolean held = repository.sessions(id).stream().anyMatch(s -> s.status() == SessionStatus.HELD);
    Tenant tenant = current.tenant();
    String code =
        VerificationCode.derive(
            agreementKey.bytes(),
            String.join(
                "|",
                tenant.id().value(),
                c.caseNumber(),
                terms,
                compensation == null ? "" : compensation.toString(),
                now.toString()));
    Map<String, Object> before = CaseSummaries.of(c);
    c.reachAgreement(terms, compensation, fulfilmentDueOn, code, held, now, deadlines(), zone());
    Map<String, CaseParty> byId = parties.stream().collect(Collectors.toMap(CaseParty::id, p -> p));
    for (Consent consent : consents) {
      byId.get(consent.partyId()).consent(consent.method(), now);
    }
    DisputeCase saved = saved(c, "case.agreement-reached", before);
    return new Decision(saved, satisfaction.issue(saved, parties));
  }

  @Transactional
  public Decision notReached(String id, long expectedVersion, ReferralBody body, String note) {
    DisputeCase c = require(id);
    c.checkVersion(expectedVersion);
    Map<String, Object> before = CaseSummaries.of(c);
    c.notReached(body, note, clock.instant(), deadlines(), zone());
    DisputeCase saved = saved(c, "case.not-reached", before);
    return new Decision(saved, satisfaction.issue(saved, repository.parties(id)));
  }

  @Transactional
  public DisputeCase withdraw(String id, long expectedVersion, String reason) {
    DisputeCase c = require(id);
    c.checkVersion(expectedVersion);
    Map<String, Object> before = CaseSummaries.of(c);
    c.withdraw(reason, clock.instant(), deadlines(), zone());
    return saved(c, "case.withdrawn", before);
  }

  @Transactional
  public DisputeCase recordFulfilment(
      String id, long expectedVersion, boolean fulfilled, String note) {
    DisputeCase c = require(id);
    c.checkVersion(expectedVersion);
    Map<String, Object> before = CaseSummaries.of(c);
    c.recordFulfilment(fulfilled, note, clock.instant(), deadlines(), zone());
    return saved(c, "case.fulfilment-recorded", before);
  }

  /** The case of a printed agreement's verification code (already normalised). */
  @Transactional
  public DisputeCase byVerificationCode(String code) {
    return repository
        .caseByVerificationCode(code)
        .orElseThrow(() -> ProblemException.notFound("agreement", code));
  }

  /** The current version of a case, for If-Match. */
  @Transactional
  public long version(String id) {
    return require(id).version();
  }

  @Transactional
  public List<CaseParty> parties(String id) {
    require(id);
    return repository.parties(id);
  }

  DisputeCase require(String id) {
    return repository
        .find(DisputeCase.class, id)
        .orElseThrow(() -> ProblemException.notFound("mediation-case", id));
  }

  private MediationSession session(String caseId, String sessionId) {
    return repository
        .find(MediationSession.class, sessionId)
        .filter(s -> s.caseId().equals(caseId))
        .orElseThrow(() -> ProblemException.notFound("mediation-session", sessionId));
  }

  private Mediator chooseMediator(String code) {
    return code != null
        ? mediators.active(code, "mediator")
        : mediators.lightestOnDuty().orElse(null);
  }

  private DisputeCase saved(DisputeCase c, String action, Map<String, Object> before) {
    repository.em().flush();
    audit.record(action, "mediation-case", c.id(), before, CaseSummaries.of(c));
    return c;
  }

  private CaseParty party(String caseId, PartyInput p, Instant now) {
    String language =
        p.language() != null ? p.language() : current.tenant().defaultLanguage().toLanguageTag();
    return new CaseParty(caseId, p.role(), p.name(), p.contact(), language, p.creditCode(), now);
  }

  private Deadlines deadlines() {
    return current.settings().deadlines();
  }

  private ZoneId zone() {
    return current.tenant().timeZone();
  }
}
