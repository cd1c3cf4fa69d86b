package org.tourismpolicing.mediation.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.tourismpolicing.core.money.Money;
import org.tourismpolicing.core.problem.ProblemException;
import org.tourismpolicing.core.problem.ProblemType;

/** The life cycle of a dispute case: its moves, the 409s, and the deadline of each stage. */
class DisputeCaseWorkflowTest {

  private static final ZoneId DALI = ZoneId.of("Asia/Shanghai");
  private static final Deadlines DEADLINES =
      new Deadlines(
          Duration.ofHours(24), Duration.ofDays(15), Duration.ofDays(30), Duration.ofDays(3));

  /** Thursday 1 October 2026, 10:00 in Dali. */
  private static final Instant T0 = Instant.parse("2026-10-01T02:00:00Z");

  private static DisputeCase registered() {
    return new DisputeCase(
        "TJ20261001-0001",
        new CaseIntake(
            CaseSource.WALK_IN,
            null,
            null,
            "price",
            "Charged 380 for a meal priced 180",
            Money.cny(38000),
            "某餐馆",
            null,
            "south",
            "zh-CN"),
        "mediator-1",
        T0,
        DALI,
        DEADLINES);
  }

  private static DisputeCase inMediation() {
    DisputeCase c = registered();
    c.accept("m-1", T0.plusSeconds(3600), DEADLINES, DALI);
    c.sessionScheduled(T0.plusSeconds(7200), DEADLINES, DALI);
    return c;
  }

  private static void assertConflict(Runnable move, String code) {
    assertThatThrownBy(move::run)
        .isInstanceOfSatisfying(
            ProblemException.class,
            e -> {
              assertThat(e.type()).isEqualTo(ProblemType.CONFLICT);
              assertThat(e.code()).isEqualTo(code);
            });
  }

  @Test
  void aNewCaseIsRegisteredOnTheLocalDayAndDueForAcceptanceWithinTheDeadline() {
    DisputeCase c = registered();

    assertThat(c.status()).isEqualTo(CaseStatus.REGISTERED);
    assertThat(c.registeredOn()).isEqualTo(LocalDate.of(2026, 10, 1));
    assertThat(c.dueAt()).isEqualTo(T0.plus(Duration.ofHours(24)));
    assertThat(c.isOverdue(T0.plus(Duration.ofHours(23)))).isFalse();
    assertThat(c.isOverdue(T0.plus(Duration.ofHours(25)))).isTrue();
    assertThat(c.amount()).isEqualTo(Money.cny(38000));
  }

  @Test
  void acceptanceStartsTheDecisionDeadlineAndSchedulingMovesIntoMediation() {
    DisputeCase c = registered();
    Instant accepted = T0.plusSeconds(3600);

    c.accept("m-1", accepted, DEADLINES, DALI);
    assertThat(c.status()).isEqualTo(CaseStatus.ACCEPTED);
    assertThat(c.mediatorId()).isEqualTo("m-1");
    assertThat(c.dueAt()).isEqualTo(accepted.plus(Duration.ofDays(15)));

    c.sessionScheduled(accepted.plusSeconds(60), DEADLINES, DALI);
    assertThat(c.status()).isEqualTo(CaseStatus.IN_MEDIATION);
    assertThat(c.dueAt())
        .as("same decision deadline")
        .isEqualTo(accepted.plus(Duration.ofDays(15)));

    c.sessionScheduled(accepted.plusSeconds(120), DEADLINES, DALI);
    assertThat(c.status())
        .as("a second session keeps it in mediation")
        .isEqualTo(CaseStatus.IN_MEDIATION);
  }

  @Test
  void anAgreementNeedsAHeldSessionAndSetsTheFulfilmentCheckOnTheLocalCalendar() {
    DisputeCase c = inMediation();
    Instant agreed = Instant.parse("2026-10-02T15:30:00Z"); // 23:30 on 2 October in Dali

    assertThatThrownBy(
            () ->
                c.reachAgreement(
                    "refund", Money.cny(20000), null, "CODE", false, agreed, DEADLINES, DALI))
        .isInstanceOfSatisfying(
            ProblemException.class,
            e -> assertThat(e.type()).isEqualTo(ProblemType.RULE_VIOLATION));
    assertThat(c.status()).isEqualTo(CaseStatus.IN_MEDIATION);

    c.reachAgreement("refund", Money.cny(20000), null, "CODE", true, agreed, DEADLINES, DALI);

    assertThat(c.status()).isEqualTo(CaseStatus.AGREEMENT_REACHED);
    assertThat(c.closedAt()).isEqualTo(agreed);
    assertThat(c.fulfilmentStatus()).isEqualTo(FulfilmentStatus.PENDING);
    assertThat(c.fulfilmentDueOn()).isEqualTo(LocalDate.of(2026, 11, 1));
    assertThat(c.dueAt())
        .as("end of the due day in Dali")
        .isEqualTo(Instant.parse("2026-11-01T16:00:00Z"));
    assertThat(c.compensation()).isEqualTo(Money.cny(20000));
    assertThat(c.verificationCode()).isEqualTo("CODE");
  }

  @Test
  void theFulfilmentIsRecordedOnceAndEndsTheDeadline() {
    DisputeCase c = inMediation();
    c.reachAgreement(
        "refund",
        null,
        LocalDate.of(2026, 10, 5),
        "CODE",
        true,
        T0.plusSeconds(9000),
        DEADLINES,
        DALI);

    c.recordFulfilment(true, "refund paid", T0.plus(Duration.ofDays(3)), DEADLINES, DALI);

    assertThat(c.fulfilmentStatus()).isEqualTo(FulfilmentStatus.FULFILLED);
    assertThat(c.dueAt()).isNull();
    assertConflict(
        () -> c.recordFulfilment(false, "again", T0.plus(Duration.ofDays(4)), DEADLINES, DALI),
        "case.fulfilment.recorded");
  }

  @Test
  void onlyAnAgreementIsFollowedUp() {
    DisputeCase c = registered();
    assertConflict(
        () -> c.recordFulfilment(true, null, T0, DEADLINES, DALI), "case.fulfilment.no-agreement");
  }

  @Test
  void notReachedRefersTheCaseAndClosesIt() {
    DisputeCase c = inMediation();

    c.notReached(
        ReferralBody.MARKET_REGULATION, "price list check", T0.plusSeconds(9999), DEADLINES, DALI);

    assertThat(c.status()).isEqualTo(CaseStatus.NOT_REACHED);
    assertThat(c.referredTo()).isEqualTo(ReferralBody.MARKET_REGULATION);
    assertThat(c.dueAt()).isNull();
    assertThat(c.closedAt()).isNotNull();
  }

  @Test
  void aRegisteredCaseCanBeDeclinedOrWithdrawnButNotAgreed() {
    DisputeCase declined = registered();
    declined.notReached(ReferralBody.COURT, "not a tourism dispute", T0, DEADLINES, DALI);
    assertThat(declined.status()).isEqualTo(CaseStatus.NOT_REACHED);

    DisputeCase withdrawn = registered();
    withdrawn.withdraw("settled between themselves", T0, DEADLINES, DALI);
    assertThat(withdrawn.status()).isEqualTo(CaseStatus.WITHDRAWN);

    DisputeCase c = registered();
    assertConflict(
        () -> c.reachAgreement("x", null, null, "C", true, T0, DEADLINES, DALI),
        "case.transition.illegal");
    assertConflict(() -> c.sessionScheduled(T0, DEADLINES, DALI), "case.transition.illegal");
  }

  @ParameterizedTest
  @EnumSource(
      value = CaseStatus.class,
      names = {"AGREEMENT_REACHED", "NOT_REACHED", "WITHDRAWN"})
  void aDecidedCaseMovesNoMore(CaseStatus decided) {
    DisputeCase c = inMediation();
    switch (decided) {
      case AGREEMENT_REACHED -> c.reachAgreement("t", null, null, "C", true, T0, DEADLINES, DALI);
      case NOT_REACHED -> c.notReached(ReferralBody.OTHER, null, T0, DEADLINES, DALI);
      default -> c.withdraw("r", T0, DEADLINES, DALI);
    }

    assertThat(c.status()).isEqualTo(decided);
    assertThat(decided.isClosed()).isTrue();
    assertConflict(() -> c.accept("m", T0, DEADLINES, DALI), "case.transition.illegal");
    assertConflict(() -> c.withdraw("again", T0, DEADLINES, DALI), "case.transition.illegal");
    assertConflict(() -> c.sessionScheduled(T0, DEADLINES, DALI), "case.transition.illegal");
    assertConflict(c::requireOpen, "case.closed");
    assertConflict(() -> c.assign("m-2", T0), "case.closed");
  }

  @Test
  void theTransitionTableAllowsExactlyTheDocumentedMoves() {
    assertThat(CaseStatus.REGISTERED.canMoveTo(CaseStatus.ACCEPTED)).isTrue();
    assertThat(CaseStatus.REGISTERED.canMoveTo(CaseStatus.IN_MEDIATION)).isFalse();
    assertThat(CaseStatus.ACCEPTED.canMoveTo(CaseStatus.AGREEMENT_REACHED)).isFalse();
    assertThat(CaseStatus.IN_MEDIATION.canMoveTo(CaseStatus.AGREEMENT_REACHED)).isTrue();
    assertThat(CaseStatus.IN_MEDIATION.canMoveTo(CaseStatus.ACCEPTED)).isFalse();
    for (CaseStatus closed :
        new CaseStatus[] {
          CaseStatus.AGREEMENT_REACHED, CaseStatus.NOT_REACHED, CaseStatus.WITHDRAWN
        }) {
      for (CaseStatus any : CaseStatus.values()) {
        assertThat(closed.canMoveTo(any)).as("%s → %s", closed, any).isFalse();
      }
    }
  }

  @Test
  void staleEditsAreRefusedAsVersionConflicts() {
    DisputeCase c = registered();
    assertThatThrownBy(() -> c.checkVersion(7))
        .isInstanceOfSatisfying(
            ProblemException.class,
            e -> assertThat(e.type()).isEqualTo(ProblemType.VERSION_CONFLICT));
  }

  @Test
  void aSourceReferenceOpensOneCaseAndDepartmentsNumberTheirFilesApart() {
    assertThat(DisputeCase.dedupKey(CaseSource.WALK_IN, null, null)).isNull();
    assertThat(DisputeCase.dedupKey(CaseSource.INCIDENT_REFERRAL, null, "a1"))
        .isEqualTo("incident-referral:a1");
    assertThat(DisputeCase.dedupKey(CaseSource.DEPARTMENT_REFERRAL, "fire", "2026-7"))
        .isNotEqualTo(DisputeCase.dedupKey(CaseSource.DEPARTMENT_REFERRAL, "market", "2026-7"));
    assertThat(DisputeCase.dedupKey(CaseSource.HOTLINE, null, "2026-7"))
        .isNotEqualTo(DisputeCase.dedupKey(CaseSource.OUTREACH, null, "2026-7"));
    assertThat(registered().dedupKey()).as("a walk-in has no reference").isNull();
  }

  @Test
  void codesAreTheLowerCaseHyphenatedNames() {
    assertThat(CaseStatus.IN_MEDIATION.code()).isEqualTo("in-mediation");
    assertThat(Coded.fromCode(CaseSource.class, "incident-referral"))
        .contains(CaseSource.INCIDENT_REFERRAL);
    assertThat(Coded.fromCode(CaseSource.class, "INCIDENT_REFERRAL")).isEmpty();
    assertThat(Coded.codes(PartyRole.class)).isEqualTo("tourist, merchant, resident");
  }
}
