package org.tourismpolicing.core.conditional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.tourismpolicing.core.problem.ProblemException;
import org.tourismpolicing.core.problem.ProblemType;

class IfMatchTest {

  private final AtomicInteger reads = new AtomicInteger();
  private final LongSupplier currentIsSeven =
      () -> {
        reads.incrementAndGet();
        return 7;
      };

  private static void assertRefused(Runnable update, ProblemType type) {
    assertThatThrownBy(update::run)
        .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.type()).isEqualTo(type));
  }

  @Test
  void theCurrentETagIsTheVersionChanged() {
    assertThat(new IfMatch("\"7\"").expected(currentIsSeven)).isEqualTo(7);
    assertThat(new IfMatch(" \"7\" ").expected(null, currentIsSeven)).isEqualTo(7);
  }

  @Test
  void aStaleETagAnswers412() {
    assertRefused(
        () -> new IfMatch("\"6\"").expected(currentIsSeven), ProblemType.PRECONDITION_FAILED);
  }

  @ParameterizedTest
  @ValueSource(strings = {"*", "W/\"7\"", "7", "\"7\", \"8\"", "\"seven\"", "\"\""})
  void anIfMatchThatNamesNoSingleVersionAnswers412(String ifMatch) {
    assertRefused(
        () -> new IfMatch(ifMatch).expected(currentIsSeven), ProblemType.PRECONDITION_FAILED);
  }

  @Test
  void neitherIfMatchNorABodyVersionAnswers428WithoutReading() {
    assertRefused(
        () -> new IfMatch(null).expected(currentIsSeven), ProblemType.PRECONDITION_REQUIRED);
    assertRefused(
        () -> new IfMatch(" ").expected(null, currentIsSeven), ProblemType.PRECONDITION_REQUIRED);
    assertThat(reads).hasValue(0);
  }

  @Test
  void theBodyVersionAloneIsTakenAsSentAndCheckedWhenWritten() {
    assertThat(new IfMatch(null).expected(5L, currentIsSeven)).isEqualTo(5);
    assertThat(reads).hasValue(0);
  }

  @Test
  void withBothTheHeaderIsCheckedAndTheBodyVersionIsKept() {
    assertThat(new IfMatch("\"7\"").expected(5L, currentIsSeven)).isEqualTo(5);
    assertRefused(
        () -> new IfMatch("\"6\"").expected(7L, currentIsSeven), ProblemType.PRECONDITION_FAILED);
  }
}
