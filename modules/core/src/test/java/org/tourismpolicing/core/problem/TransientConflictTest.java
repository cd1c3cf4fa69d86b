package org.tourismpolicing.core.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.sql.SQLTransactionRollbackException;
import org.junit.jupiter.api.Test;

class TransientConflictTest {

  @Test
  void aDeadlockOrLockTimeOutAnywhereInTheChainIsTransient() {
    var deadlock =
        new SQLTransactionRollbackException(
            "Deadlock found when trying to get lock", "40001", 1213);
    assertThat(
            ProblemAnswers.isTransientConflict(
                new RuntimeException("tx", new IllegalStateException("flush", deadlock))))
        .isTrue();
    assertThat(
            ProblemAnswers.isTransientConflict(
                new SQLException("Lock wait timeout exceeded", "HY000", 1205)))
        .isTrue();
  }

  @Test
  void otherDatabaseErrorsAreNot() {
    assertThat(
            ProblemAnswers.isTransientConflict(
                new RuntimeException(new SQLException("Duplicate entry", "23000", 1062))))
        .isFalse();
    assertThat(ProblemAnswers.isTransientConflict(new IllegalStateException("x"))).isFalse();
  }
}
