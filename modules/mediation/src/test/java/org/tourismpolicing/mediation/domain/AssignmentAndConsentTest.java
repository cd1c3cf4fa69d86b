package org.tourismpolicing.mediation.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.tourismpolicing.core.problem.FieldError;
import org.tourismpolicing.core.problem.ProblemException;
import org.tourismpolicing.core.problem.ProblemType;
import org.tourismpolicing.mediation.domain.MediatorAssignment.Candidate;

/** Who gets a new case, and when an agreement's consents are complete. */
class AssignmentAndConsentTest {

  @Test
  void theOnDutyMediatorWithTheFewestOpenCasesIsChosen() {
    var chosen =
        MediatorAssignment.lightestOnDuty(
            List.of(
                new Candidate("1", "yang", true, 4),
                new Candidate("2", "li", true, 1),
                new Candidate("3", "duan", false, 0)));

    assertThat(chosen).map(Candidate::code).contains("li");
  }

  @Test
  void aTieGoesToTheLowerCode() {
    var chosen =
        MediatorAssignment.lightestOnDuty(
            List.of(new Candidate("1", "yang", true, 2), new Candidate("2", "li", true, 2)));

    assertThat(chosen).map(Candidate::code).contains("li");
  }

  @Test
  void nobodyOnDutyMeansNoChoice() {
    assertThat(MediatorAssignment.lightestOnDuty(List.of(new Candidate("1", "a", false, 0))))
        .isEmpty();
    assertThat(MediatorAssignment.lightestOnDuty(List.of())).isEmpty();
  }

  @Test
  void everyPartyConsentingOnceIsComplete() {
    assertThatCode(() -> AgreementConsents.check(List.of("b", "a"), Set.of("a", "b")))
        .doesNotThrowAnyException();
  }

  @Test
  void aMissingConsentBreaksTheRule() {
    assertThatThrownBy(() -> AgreementConsents.check(List.of("a"), Set.of("a", "b")))
        .isInstanceOfSatisfying(
            ProblemException.class,
            e -> {
              assertThat(e.type()).isEqualTo(ProblemType.RULE_VIOLATION);
              assertThat(e.code()).isEqualTo("agreement.consent.missing");
            });
  }

  @Test
  void strangersAndDoubleConsentsAreNamedByTheirEntry() {
    assertThatThrownBy(() -> AgreementConsents.check(List.of("a", "x", "a"), Set.of("a", "b")))
        .isInstanceOfSatisfying(
            ProblemException.class,
            e ->
                assertThat(e.fieldErrors())
                    .extracting(FieldError::field, FieldError::code)
                    .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                            "consents[1].party", "agreement.consent.not-a-party"),
                        org.assertj.core.groups.Tuple.tuple(
                            "consents[2].party", "agreement.consent.twice")));
  }

  @Test
  void aCaseWithoutPartiesCannotAgree() {
    assertThatThrownBy(() -> AgreementConsents.check(List.of(), Set.of()))
        .isInstanceOfSatisfying(
            ProblemException.class, e -> assertThat(e.code()).isEqualTo("agreement.no-parties"));
  }
}
