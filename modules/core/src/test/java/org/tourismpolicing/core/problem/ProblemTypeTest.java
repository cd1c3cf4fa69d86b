package org.tourismpolicing.core.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ProblemTypeTest {

  @Test
  void codesAreUnique() {
    assertThat(Arrays.stream(ProblemType.values()).map(ProblemType::code)).doesNotHaveDuplicates();
  }

  @ParameterizedTest
  @EnumSource(ProblemType.class)
  void uriIsTheUrnPrefixAndTheCode(ProblemType type) {
    assertThat(type.uri()).isEqualTo("urn:tourism-policing:problem:" + type.code());
    assertThat(type.uri()).startsWith(ProblemType.URN_PREFIX);
    assertThat(type.code()).matches("[a-z]+(-[a-z]+)*");
  }

  @ParameterizedTest
  @EnumSource(ProblemType.class)
  void statusIsAnErrorStatus(ProblemType type) {
    assertThat(type.status()).isBetween(400, 599);
  }

  @Test
  void statusesFollowTheConventions() {
    assertThat(ProblemType.VALIDATION.status()).isEqualTo(400);
    assertThat(ProblemType.NOT_FOUND.status()).isEqualTo(404);
    assertThat(ProblemType.TENANT_NOT_FOUND.status()).isEqualTo(404);
    assertThat(ProblemType.CONFLICT.status()).isEqualTo(409);
    assertThat(ProblemType.VERSION_CONFLICT.status()).isEqualTo(409);
    assertThat(ProblemType.PRECONDITION_FAILED.status()).isEqualTo(412);
    assertThat(ProblemType.RULE_VIOLATION.status()).isEqualTo(422);
  }

  @Test
  void aStatusAloneNamesItsTypeAndOtherClientErrorsTakeTheGivenOne() {
    assertThat(ProblemType.ofStatus(405, ProblemType.BAD_REQUEST))
        .isEqualTo(ProblemType.METHOD_NOT_ALLOWED);
    assertThat(ProblemType.ofStatus(404, ProblemType.BAD_REQUEST)).isEqualTo(ProblemType.NOT_FOUND);
    assertThat(ProblemType.ofStatus(400, ProblemType.MALFORMED_BODY))
        .isEqualTo(ProblemType.MALFORMED_BODY);
    assertThat(ProblemType.ofStatus(431, ProblemType.BAD_REQUEST))
        .isEqualTo(ProblemType.BAD_REQUEST);
    assertThat(ProblemType.ofStatus(502, ProblemType.BAD_REQUEST)).isEqualTo(ProblemType.INTERNAL);
  }
}
