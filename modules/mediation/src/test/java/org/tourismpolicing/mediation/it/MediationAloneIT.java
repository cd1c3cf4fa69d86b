package org.tourismpolicing.mediation.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.tourismpolicing.core.identifiers.UnifiedSocialCreditCode;
import org.tourismpolicing.core.money.Money;
import org.tourismpolicing.core.problem.ProblemException;
import org.tourismpolicing.core.problem.ProblemType;
import org.tourismpolicing.core.tenant.TenantId;
import org.tourismpolicing.core.tenant.TenantWork;
import org.tourismpolicing.mediation.application.CaseFile;
import org.tourismpolicing.mediation.application.CaseService;
import org.tourismpolicing.mediation.application.MediatorService;
import org.tourismpolicing.mediation.application.SatisfactionService;
import org.tourismpolicing.mediation.domain.CaseIntake;
import org.tourismpolicing.mediation.domain.CaseParty;
import org.tourismpolicing.mediation.domain.CaseSource;
import org.tourismpolicing.mediation.domain.CaseStatus;
import org.tourismpolicing.mediation.domain.ConsentMethod;
import org.tourismpolicing.mediation.domain.DisputeCase;
import org.tourismpolicing.mediation.domain.PartyRole;
import org.tourismpolicing.mediation.domain.VerificationCode;
import org.tourismpolicing.mediation.it.support.Deployments;
import org.tourismpolicing.testsupport.Eventually;

/**
 * The mediation module deployed with core alone (no other module, no reference app): its schema
 * migrates, its tenant documents import, a police referral opens a case after commit and only once,
 * the whole workflow runs, and new cases go to the lightest-loaded mediator on duty.
 */
@ExtendWith(ArquillianExtension.class)
class MediationAloneIT {

  private static final TenantId DALI = TenantId.of("dali-gucheng");
  private static final TenantId LIJIANG = TenantId.of("lijiang-gucheng");

  @Deployment
  static WebArchive deployment() {
    return Deployments.mediationAlone(
        "mediation-alone",
        EmbeddingApplication.class,
        ReferralDesk.class,
        MediationTables.class,
        Eventually.class,
        Concurrently.class);
  }

  @Inject ReferralDesk desk;
  @Inject MediationTables tables;
  @Inject TenantWork work;
  @Inject CaseService cases;
  @Inject MediatorService mediators;
  @Inject SatisfactionService satisfaction;
  @Inject Concurrently concurrently;

  private static CaseIntake walkIn(String merchant, UnifiedSocialCreditCode code) {
    return new CaseIntake(
        CaseSource.WALK_IN,
        null,
        null,
        "price",
        "Charged 380 yuan for a meal priced 180",
        Money.cny(38000),
        merchant,
        code,
        "south",
        "zh-CN");
  }

  @Test
  void theSchemaMigratesAndBothTenantsMediatorsAreImported() {
    assertThat(tables.rows("select version, success from mediation_schema_history"))
        .contains("1|true");
    assertThat(
            tables.rows(
                "select code from mediation_mediator where tenant_id = ? order by code",
                DALI.value()))
        .containsExactly("duan-volunteer", "li-wenhua", "yang-xiulan");
    assertThat(
            tables.rows(
                "select code from mediation_mediator where tenant_id = ? order by code",
                LIJIANG.value()))
        .containsExactly("he-zhengqing", "mu-volunteer");
    assertThat(
            tables.rows(
                "select count(*) from information_schema.tables where lower(table_name) like"
                    + " 'kr_kiosk'"))
        .as("no other module's tables")
        .containsExactly("0");
  }

  @Test
  void aReferredIncidentOpensOneCaseAfterCommitEvenWhenDeliveredTwice() {
    UUID incident = UUID.randomUUID();

    work.run(
        DALI, () -> desk.refer(DALI, incident, "Tourist and inn disagree about a deposit", false));
    work.run(
        DALI, () -> desk.refer(DALI, incident, "Tourist and inn disagree about a deposit", false));

    // delivered by the outbox relay after commit, each hand-off in its own transaction
    Eventually.until(
        Duration.ofSeconds(30),
        () ->
            tables
                .rows(
                    "select state from core_outbox where tenant_id = ? and payload like ?",
                    DALI.value(),
                    "%" + incident + "%")
                .equals(List.of("DELIVERED", "DELIVERED")));
    List<String> rows =
        tables.rows(
            "select source, category, zone_code, status, id from mediation_case"
                + " where tenant_id = ? and source_ref = ?",
            DALI.value(),
            incident.toString());
    assertThat(rows).hasSize(1);
    assertThat(rows.get(0)).startsWith("INCIDENT_REFERRAL|other|south|REGISTERED|");
    String caseId = rows.get(0).substring(rows.get(0).lastIndexOf('|') + 1);
    assertThat(
            tables.rows(
                "select actor from core_audit_record where tenant_id = ? and subject_id = ?"
                    + " and action = 'case.registered'",
                DALI.value(),
                caseId))
        .singleElement()
        .asString()
        .startsWith("system:incident-referral");
    DisputeCase opened = work.call(DALI, () -> cases.file(caseId).dispute());
    assertThat(opened.description()).contains("Tourist and inn disagree about a deposit");
  }

  @Test
  void aReferralWhoseIncidentRolledBackOpensNothing() {
    UUID incident = UUID.randomUUID();

    assertThatThrownBy(
            () -> work.run(DALI, () -> desk.refer(DALI, incident, "never committed", true)))
        .isInstanceOf(RuntimeException.class);

    // the hand-off was written in the incident's transaction, so it rolled back with it
    assertThat(
            tables.rows(
                "select id from core_outbox where tenant_id = ? and payload like ?",
                DALI.value(),
                "%" + incident + "%"))
        .isEmpty();

    assertThat(
            tables.rows(
                "select id from mediation_case where tenant_id = ? and source_ref = ?",
                DALI.value(),
                incident.toString()))
        .isEmpty();
  }

  @Test
  void aCaseRunsFromRegistrationToAgreementAndItsSatisfactionLinksWorkOnce() {
    Instant now = Instant.now();
    work.run(
        DALI,
        () ->
            mediators.addShift(
                "yang-xiulan", now.minus(Duration.ofHours(1)), now.plus(Duration.ofHours(8))));
    UnifiedSocialCreditCode merchantCode = UnifiedSocialCreditCode.parse("91532901MA6K7Y2E3J");
    DisputeCase registered =
        work.call(
            DALI,
            () ->
                cases.register(
                    walkIn("古城某餐馆", merchantCode),
                    List.of(
                        new CaseService.PartyInput(
                            PartyRole.TOURIST, "王女士", "13800000000", "zh-CN", null),
                        new CaseService.PartyInput(
                            PartyRole.MERCHANT, "古城某餐馆", null, null, merchantCode))));
    String id = registered.id();

    DisputeCase accepted = work.call(DALI, () -> cases.accept(id, registered.version(), null));
    CaseFile afterAcceptance = work.call(DALI, () -> cases.file(id));
    assertThat(afterAcceptance.dispute().status()).isEqualTo(CaseStatus.ACCEPTED);
    assertThat(afterAcceptance.mediator().code())
        .as("the only one on duty")
        .isEqualTo("yang-xiulan");
    assertThat(afterAcceptance.screeningAvailable()).as("no blacklist module here").isFalse();
    assertThat(afterAcceptance.screening()).isEmpty();

    var session =
        work.call(
            DALI,
            () ->
                cases.scheduleSession(
                    id, now.plus(Duration.ofMinutes(30)), "阿鹏调解室", List.of("yang-xiulan")));
    work.run(
        DALI,
        () -> cases.recordSession(id, session.id(), now, List.of("王女士", "餐馆经理"), "Both heard"));
    long version = work.call(DALI, () -> cases.version(id));
    assertThat(version).isGreaterThan(accepted.version() - 1);
    List<CaseParty> parties = work.call(DALI, () -> cases.parties(id));

    var decision =
        work.call(
            DALI,
            () ->
                cases.reachAgreement(
                    id,
                    version,
                    "The restaurant refunds 200 yuan today.",
                    Money.cny(20000),
                    null,
                    parties.stream()
                        .map(p -> new CaseService.Consent(p.id(), ConsentMethod.SIGNATURE))
                        .toList()));

    assertThat(decision.dispute().status()).isEqualTo(CaseStatus.AGREEMENT_REACHED);
    assertThat(VerificationCode.normalize(decision.dispute().verificationCode()))
        .contains(decision.dispute().verificationCode());
    assertThat(decision.satisfactionLinks()).hasSize(2);
    String token = decision.satisfactionLinks().get(0).token();
    assertThat(
            tables.rows(
                "select count(*) from mediation_satisfaction where tenant_id = ? and token_hash = ?",
                DALI.value(),
                token))
        .as("the token itself is never stored")
        .containsExactly("0");

    work.run(DALI, () -> satisfaction.respond(token, 5, "公道"));
    assertThatThrownBy(() -> work.run(DALI, () -> satisfaction.respond(token, 1, "again")))
        .isInstanceOfSatisfying(
            ProblemException.class,
            e -> {
              assertThat(e.type()).isEqualTo(ProblemType.CONFLICT);
              assertThat(e.code()).isEqualTo("satisfaction.link.used");
            });
    assertThat(
            tables.rows(
                "select rating from mediation_satisfaction where tenant_id = ? and case_id = ?"
                    + " and rating is not null",
                DALI.value(),
                id))
        .containsExactly("5");
    assertThat(
            tables.rows(
                "select action from core_audit_record where tenant_id = ? and subject_id = ?"
                    + " order by seq",
                DALI.value(),
                id))
        .containsSubsequence(
            "case.registered",
            "case.accepted",
            "case.session-scheduled",
            "case.session-held",
            "case.agreement-reached",
            "satisfaction.links-issued",
            "satisfaction.answered");
  }

  @Test
  void newCasesGoToTheLightestLoadedMediatorOnDuty() {
    Instant now = Instant.now();
    work.run(
        LIJIANG,
        () -> {
          mediators.addShift(
              "he-zhengqing", now.minus(Duration.ofHours(1)), now.plus(Duration.ofHours(2)));
          mediators.addShift(
              "mu-volunteer", now.minus(Duration.ofHours(1)), now.plus(Duration.ofHours(2)));
        });

    List<String> chosen =
        List.of(1, 2, 3).stream()
            .map(
                i ->
                    work.call(
                        LIJIANG,
                        () -> {
                          DisputeCase c = cases.register(walkIn(null, null), List.of());
                          cases.accept(c.id(), c.version(), null);
                          return cases.file(c.id()).mediator().code();
                        }))
            .toList();

    // equal loads go to the lower code; then the other one has fewer open cases
    assertThat(chosen).containsExactly("he-zhengqing", "mu-volunteer", "he-zhengqing");
    assertThat(work.call(LIJIANG, () -> mediators.roster()))
        .filteredOn(e -> e.onDuty())
        .extracting(e -> e.mediator().code() + "=" + e.openCases())
        .containsExactlyInAnyOrder("he-zhengqing=2", "mu-volunteer=1");
  }

  @Test
  void casesRegisteredAtTheSameMomentGetDistinctConsecutiveNumbers() throws Exception {
    List<String> numbers =
        concurrently.run(
            8,
            () ->
                work.call(
                    LIJIANG, () -> cases.register(walkIn(null, null), List.of()).caseNumber()));

    assertThat(numbers).doesNotHaveDuplicates().hasSize(8);
    List<Integer> sequence =
        numbers.stream()
            .map(n -> Integer.parseInt(n.substring(n.indexOf('-') + 1)))
            .sorted()
            .toList();
    assertThat(sequence.get(7) - sequence.get(0)).as("consecutive: %s", numbers).isEqualTo(7);
  }

  @Test
  void anotherTenantsCaseIsNotFound() {
    DisputeCase dali = work.call(DALI, () -> cases.register(walkIn(null, null), List.of()));

    assertThatThrownBy(() -> work.call(LIJIANG, () -> cases.file(dali.id())))
        .isInstanceOfSatisfying(
            ProblemException.class, e -> assertThat(e.type()).isEqualTo(ProblemType.NOT_FOUND));
  }
}
