package org.tourismpolicing.kioskregistry.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The wire codes of the kiosk registry's enumerations. */
class CodesTest {

  @ParameterizedTest
  @EnumSource(KioskType.class)
  void kioskTypesRoundTrip(KioskType type) {
    assertThat(KioskType.fromCode(type.code())).contains(type);
  }

  @ParameterizedTest
  @EnumSource(KioskStatus.class)
  void kioskStatusesRoundTrip(KioskStatus status) {
    assertThat(KioskStatus.fromCode(status.code())).contains(status);
  }

  @ParameterizedTest
  @EnumSource(WalkInOutcome.class)
  void walkInOutcomesRoundTrip(WalkInOutcome outcome) {
    assertThat(WalkInOutcome.fromCode(outcome.code())).contains(outcome);
  }

  @Test
  void codesAreTheDocumentedOnes() {
    assertThat(Arrays.stream(KioskType.values()).map(KioskType::code))
        .containsExactly("kiosk", "duty-point");
    assertThat(Arrays.stream(KioskStatus.values()).map(KioskStatus::code))
        .containsExactly("open", "suspended", "closed");
    assertThat(Arrays.stream(WalkInOutcome.values()).map(WalkInOutcome::code))
        .containsExactly("resolved", "referred", "police-action", "unresolved");
  }

  @ParameterizedTest
  @NullSource
  @ValueSource(
      strings = {"", "KIOSK", "DUTY_POINT", "duty_point", "booth", "OPEN", "Police-Action"})
  void unknownCodesAreNothing(String code) {
    assertThat(KioskType.fromCode(code)).isEmpty();
    assertThat(KioskStatus.fromCode(code)).isEmpty();
    assertThat(WalkInOutcome.fromCode(code)).isEmpty();
  }

  @Test
  void onlyPoliceActionNeedsThePolice() {
    for (WalkInOutcome outcome : WalkInOutcome.values()) {
      WalkIn walkIn =
          new WalkIn(
              "kiosk-1",
              "find-person",
              outcome,
              "child separated from parents",
              java.time.Instant.EPOCH,
              java.time.LocalDate.EPOCH,
              "531101",
              java.time.Instant.EPOCH);

      assertThat(walkIn.needsPoliceAction()).isEqualTo(outcome == WalkInOutcome.POLICE_ACTION);
    }
  }
}
