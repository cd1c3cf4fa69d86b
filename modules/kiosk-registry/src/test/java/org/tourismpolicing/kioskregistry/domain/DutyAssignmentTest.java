package org.tourismpolicing.kioskregistry.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class DutyAssignmentTest {

  private static final Instant T0 = Instant.parse("2026-06-01T02:00:00Z");

  @Test
  void badgesRoundTripInOrder() {
    DutyAssignment duty =
        new DutyAssignment(
            "kiosk-1", DutyAssignment.DEFAULT, "day", List.of("531102", "531101"), T0, "admin");

    assertThat(duty.badges()).containsExactly("531102", "531101");
    assertThat(duty.badges()).isEqualTo(List.of("531102", "531101"));
  }

  @Test
  void anEmptyRosterHasNoBadges() {
    DutyAssignment duty =
        new DutyAssignment("kiosk-1", DutyAssignment.DEFAULT, "day", List.of(), T0, "admin");

    assertThat(duty.badges()).isEmpty();
  }

  @Test
  void assigningReplacesTheBadgesAndRecordsWhoAndWhen() {
    DutyAssignment duty =
        new DutyAssignment(
            "kiosk-1", "2026-10-01", "evening", List.of("531103"), T0, "system:tenant-config");

    duty.assign(List.of("531104", "531105"), T0.plusSeconds(60), "531191");

    assertThat(duty.badges()).containsExactly("531104", "531105");
    assertThat(duty.updatedAt()).isEqualTo(T0.plusSeconds(60));
    assertThat(duty.updatedBy()).isEqualTo("531191");
    assertThat(duty.shiftCode()).isEqualTo("evening");
  }

  @Test
  void theDefaultRosterAppliesToNoDate() {
    assertThat(DutyAssignment.appliesTo(null)).isEqualTo(DutyAssignment.DEFAULT);
    assertThat(DutyAssignment.appliesTo(LocalDate.of(2026, 10, 1))).isEqualTo("2026-10-01");
    assertThat(
            new DutyAssignment("k", DutyAssignment.appliesTo(null), "day", List.of(), T0, "a")
                .isDefault())
        .isTrue();
    assertThat(new DutyAssignment("k", "2026-10-01", "day", List.of(), T0, "a").isDefault())
        .isFalse();
  }
}
