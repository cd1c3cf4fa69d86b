package org.tourismpolicing.core.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProblemExceptionTest {

  @Test
  void invalidIsAValidationProblemListingTheFields() {
    ProblemException e = ProblemException.invalid("limit", "paging.limit.range", 1, 100);

    assertThat(e.type()).isEqualTo(ProblemType.VALIDATION);
    assertThat(e.code()).isEqualTo("validation.detail");
    assertThat(e.fieldErrors())
        .containsExactly(FieldError.of("limit", "paging.limit.range", 1, 100));
  }

  @Test
  void factoriesChooseTheirTypes() {
    assertThat(ProblemException.notFound("kiosk", "k1").type()).isEqualTo(ProblemType.NOT_FOUND);
    assertThat(ProblemException.notFound("kiosk", "k1").args())
        .containsExactly(new org.tourismpolicing.core.i18n.MessageKey("subject.kiosk"), "k1");
    assertThat(ProblemException.conflict("kiosk.code.taken", "k1").type())
        .isEqualTo(ProblemType.CONFLICT);
    assertThat(ProblemException.versionConflict(3, 4).type())
        .isEqualTo(ProblemType.VERSION_CONFLICT);
    assertThat(ProblemException.versionConflict(3, 4).args()).containsExactly(3L, 4L);
    assertThat(ProblemException.preconditionFailed("\"3\"", "\"4\"").type().status())
        .isEqualTo(412);
    assertThat(ProblemException.ruleViolation("amenity.stock.insufficient").type().status())
        .isEqualTo(422);
  }

  @Test
  void fieldsAreCopied() {
    List<FieldError> errors = new ArrayList<>(List.of(FieldError.of("a", "validation.required")));
    ProblemException e = ProblemException.invalid(errors);

    errors.clear();

    assertThat(e.fieldErrors()).hasSize(1);
  }

  @Test
  void messageIsForLogsAndHoldsNoArguments() {
    ProblemException e = ProblemException.notFound("informant", "13800138000");

    assertThat(e.getMessage()).isEqualTo("not-found: not-found.detail");
  }
}
