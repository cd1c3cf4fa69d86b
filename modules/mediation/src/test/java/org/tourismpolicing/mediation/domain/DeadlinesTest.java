package org.tourismpolicing.mediation.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** The due time of each stage, from the default deadlines. */
class DeadlinesTest {

  private static final ZoneId DALI = ZoneId.of("Asia/Shanghai");
  private static final Deadlines D = Deadlines.DEFAULT;
  private static final Instant REGISTERED = Instant.parse("2026-10-01T02:00:00Z");
  private static final Instant ACCEPTED = Instant.parse("2026-10-01T05:00:00Z");

  @Test
  void registeredIsDueADayAfterRegistration() {
    assertThat(D.dueAt(CaseStatus.REGISTERED, REGISTERED, null, null, null, DALI))
        .isEqualTo(Instant.parse("2026-10-02T02:00:00Z"));
  }

  @Test
  void acceptedAndInMediationAreDueThirtyDaysAfterAcceptance() {
    Instant due = Instant.parse("2026-10-31T05:00:00Z");
    assertThat(D.dueAt(CaseStatus.ACCEPTED, REGISTERED, ACCEPTED, null, null, DALI)).isEqualTo(due);
    assertThat(D.dueAt(CaseStatus.IN_MEDIATION, REGISTERED, ACCEPTED, null, null, DALI))
        .isEqualTo(due);
  }

  @Test
  void anAgreementIsDueAtTheEndOfItsFulfilmentDayInTheTenantsZoneUntilChecked() {
    LocalDate day = LocalDate.of(2026, 10, 20);
    assertThat(
            D.dueAt(
                CaseStatus.AGREEMENT_REACHED,
                REGISTERED,
                ACCEPTED,
                FulfilmentStatus.PENDING,
                day,
                DALI))
        .isEqualTo(Instant.parse("2026-10-20T16:00:00Z"));
    assertThat(
            D.dueAt(
                CaseStatus.AGREEMENT_REACHED,
                REGISTERED,
                ACCEPTED,
                FulfilmentStatus.FULFILLED,
                day,
                DALI))
        .isNull();
  }

  @Test
  void decidedCasesAreDueNoMore() {
    assertThat(D.dueAt(CaseStatus.NOT_REACHED, REGISTERED, ACCEPTED, null, null, DALI)).isNull();
    assertThat(D.dueAt(CaseStatus.WITHDRAWN, REGISTERED, null, null, null, DALI)).isNull();
  }

  @Test
  void theDefaultFulfilmentDayIsCountedOnTheTenantsCalendar() {
    // 20:00 UTC on 1 October is already 2 October in Dali
    assertThat(D.fulfilmentDueOn(Instant.parse("2026-10-01T20:00:00Z"), DALI))
        .isEqualTo(LocalDate.of(2026, 11, 1));
  }
}
