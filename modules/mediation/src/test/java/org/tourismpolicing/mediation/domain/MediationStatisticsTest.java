package org.tourismpolicing.mediation.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tourismpolicing.mediation.domain.MediationStatistics.CaseFact;
import org.tourismpolicing.mediation.domain.MediationStatistics.SatisfactionFact;
import org.tourismpolicing.mediation.domain.MediationStatistics.TaskFact;

/** The room's figures from cases, satisfaction answers and department tasks. */
class MediationStatisticsTest {

  private static final Instant T = Instant.parse("2026-10-01T02:00:00Z");

  private static CaseFact decided(
      String category, CaseSource source, CaseStatus status, long hours) {
    return new CaseFact(category, source, status, T, T.plus(Duration.ofHours(hours)), true, true);
  }

  @Test
  void casesAreCountedByCategoryAndSourceAndTheAgreementRateLeavesWithdrawalsOut() {
    var s =
        MediationStatistics.of(
            List.of(
                decided("price", CaseSource.WALK_IN, CaseStatus.AGREEMENT_REACHED, 2),
                decided("price", CaseSource.INCIDENT_REFERRAL, CaseStatus.AGREEMENT_REACHED, 4),
                decided("shopping", CaseSource.WALK_IN, CaseStatus.AGREEMENT_REACHED, 10),
                decided("shopping", CaseSource.HOTLINE, CaseStatus.NOT_REACHED, 48),
                decided("other", CaseSource.WALK_IN, CaseStatus.WITHDRAWN, 1),
                new CaseFact(
                    "price", CaseSource.WALK_IN, CaseStatus.IN_MEDIATION, T, null, true, false),
                new CaseFact(
                    "injury",
                    CaseSource.OUTREACH,
                    CaseStatus.AGREEMENT_REACHED,
                    T.minus(Duration.ofDays(40)),
                    T,
                    false,
                    true)),
            List.of(),
            List.of());

    assertThat(s.registered()).isEqualTo(6);
    assertThat(s.byCategory())
        .containsEntry("price", 3L)
        .containsEntry("shopping", 2L)
        .doesNotContainKey("injury");
    assertThat(s.bySource()).containsEntry("walk-in", 4L).containsEntry("hotline", 1L);
    assertThat(s.agreements()).isEqualTo(4);
    assertThat(s.notReached()).isEqualTo(1);
    assertThat(s.withdrawn()).isEqualTo(1);
    assertThat(s.decided()).isEqualTo(6);
    assertThat(s.agreementRate()).isCloseTo(0.8, within(1e-9));
    // 1, 2, 4, 10, 48 hours and 960 hours: median of six is (4 + 10) / 2
    assertThat(s.medianTimeToClose()).isEqualTo(Duration.ofHours(7));
  }

  @Test
  void satisfactionCountsAnswersAndRatingsOfFourOrFive() {
    var s =
        MediationStatistics.of(
            List.of(),
            List.of(
                new SatisfactionFact(5),
                new SatisfactionFact(4),
                new SatisfactionFact(2),
                new SatisfactionFact(null)),
            List.of());

    assertThat(s.satisfactionLinks()).isEqualTo(4);
    assertThat(s.satisfactionAnswers()).isEqualTo(3);
    assertThat(s.responseRate()).isCloseTo(0.75, within(1e-9));
    assertThat(s.satisfactionRate()).isCloseTo(2.0 / 3, within(1e-9));
    assertThat(s.meanRating()).isCloseTo(11.0 / 3, within(1e-9));
  }

  @Test
  void taskTurnaroundIsTheMedianTimeToAnAnswer() {
    Instant due = T.plus(Duration.ofDays(3));
    var s =
        MediationStatistics.of(
            List.of(),
            List.of(),
            List.of(
                new TaskFact(T, due, T.plus(Duration.ofHours(5))),
                new TaskFact(T, due, T.plus(Duration.ofDays(4))),
                new TaskFact(T, due, T.plus(Duration.ofHours(20))),
                new TaskFact(T, due, null)));

    assertThat(s.tasks()).isEqualTo(4);
    assertThat(s.tasksAnswered()).isEqualTo(3);
    assertThat(s.tasksAnsweredLate()).isEqualTo(1);
    assertThat(s.tasksOpen()).isEqualTo(1);
    assertThat(s.medianTaskTurnaround()).isEqualTo(Duration.ofHours(20));
  }

  @Test
  void withoutDataTheRatesAreUnknownNotZero() {
    var s = MediationStatistics.of(List.of(), List.of(), List.of());

    assertThat(s.agreementRate()).isNull();
    assertThat(s.responseRate()).isNull();
    assertThat(s.satisfactionRate()).isNull();
    assertThat(s.meanRating()).isNull();
    assertThat(s.medianTimeToClose()).isNull();
    assertThat(s.medianTaskTurnaround()).isNull();
  }
}
