package org.tourismpolicing.core.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.tourismpolicing.core.testing.EmbeddedDatabase;

/** The relay's claims and failures on the real migration, in H2's MariaDB mode. */
class OutboxRowsTest {

  private static final Instant T0 = Instant.parse("2026-05-01T08:00:00Z");
  private static final Duration LEASE = Duration.ofMinutes(5);
  private static final OutboxBackoff BACKOFF =
      new OutboxBackoff(Duration.ofSeconds(10), Duration.ofMinutes(10), 3);

  private final DataSource db = EmbeddedDatabase.withScripts("V6__outbox.sql");

  @Test
  void aClaimTakesDueMessagesOldestFirstAndCountsTheAttempt() throws SQLException {
    insert("dali-gucheng", "m2", T0.minusSeconds(5));
    insert("lijiang-gucheng", "m1", T0.minusSeconds(60));
    insert("dali-gucheng", "later", T0.plusSeconds(30));

    List<OutboxClaim> claims;
    try (Connection c = db.getConnection()) {
      claims = OutboxRows.claimDue(c, "claim-a", T0, LEASE, 10);
    }

    assertThat(claims).extracting(OutboxClaim::id).containsExactly("m1", "m2");
    assertThat(claims)
        .extracting(OutboxClaim::tenant)
        .containsExactly("lijiang-gucheng", "dali-gucheng");
    assertThat(claims).allMatch(c -> c.attempt() == 1 && c.claimToken().equals("claim-a"));
    assertThat(column("m1", "attempts")).isEqualTo("1");
    assertThat(column("m1", "claimed_by")).isEqualTo("claim-a");
    // leased: not due again until the lease ends
    assertThat(column("m1", "next_attempt_at")).startsWith("2026-05-01 08:05:00");
    assertThat(column("later", "claimed_by")).isNull();
  }

  @Test
  void aClaimedMessageGoesToNoSecondRelayUntilItsLeaseEnds() throws SQLException {
    insert("dali-gucheng", "m1", T0);
    try (Connection c = db.getConnection()) {
      assertThat(OutboxRows.claimDue(c, "claim-a", T0, LEASE, 10)).hasSize(1);
      assertThat(OutboxRows.claimDue(c, "claim-b", T0.plusSeconds(60), LEASE, 10)).isEmpty();
      // the holder died: after its lease another relay takes the message over
      List<OutboxClaim> again = OutboxRows.claimDue(c, "claim-b", T0.plus(LEASE), LEASE, 10);
      assertThat(again).extracting(OutboxClaim::id).containsExactly("m1");
      assertThat(again.get(0).attempt()).isEqualTo(2);
    }
    assertThat(column("m1", "claimed_by")).isEqualTo("claim-b");
  }

  @Test
  void aRowReadByTwoRelaysIsWonByOne() throws SQLException {
    insert("dali-gucheng", "m1", T0);
    OutboxClaim seenByB = new OutboxClaim("dali-gucheng", "m1", "E", "c", "{}", 1, "claim-b");
    try (Connection c = db.getConnection()) {
      // relay A claims first; B read the row as due before A's claim and now tries the same update
      assertThat(OutboxRows.claimDue(c, "claim-a", T0, LEASE, 10)).hasSize(1);
      try (PreparedStatement s =
          c.prepareStatement(
              "UPDATE core_outbox SET claimed_by = ?, next_attempt_at = ?, attempts = attempts + 1"
                  + " WHERE tenant_id = ? AND id = ? AND state = 'PENDING'"
                  + " AND next_attempt_at <= ?")) {
        s.setString(1, seenByB.claimToken());
        s.setObject(2, OutboxRows.utc(T0.plus(LEASE)));
        s.setString(3, seenByB.tenant());
        s.setString(4, seenByB.id());
        s.setObject(5, OutboxRows.utc(T0));
        assertThat(s.executeUpdate()).isZero();
      }
    }
    assertThat(column("m1", "claimed_by")).isEqualTo("claim-a");
    assertThat(column("m1", "attempts")).isEqualTo("1");
  }

  @Test
  void aFailureIsTriedAgainAfterTheBackoffAndDiesAfterTheLastAttempt() throws SQLException {
    insert("dali-gucheng", "m1", T0);
    Instant now = T0;
    try (Connection c = db.getConnection()) {
      for (int attempt = 1; attempt <= 2; attempt++) {
        OutboxClaim claim = OutboxRows.claimDue(c, "claim-" + attempt, now, LEASE, 10).get(0);
        assertThat(claim.attempt()).isEqualTo(attempt);
        assertThat(OutboxRows.failed(c, claim, "boom " + attempt, now, BACKOFF))
            .contains(OutboxState.PENDING);
        // not due before its pause is over
        assertThat(OutboxRows.claimDue(c, "early", now.plusSeconds(9), LEASE, 10)).isEmpty();
        now = now.plus(BACKOFF.pauseAfter(attempt));
      }
      assertThat(column("m1", "last_error")).isEqualTo("boom 2");
      assertThat(column("m1", "claimed_by")).isNull();

      OutboxClaim last = OutboxRows.claimDue(c, "claim-3", now, LEASE, 10).get(0);
      assertThat(OutboxRows.failed(c, last, "boom 3", now, BACKOFF)).contains(OutboxState.DEAD);
      assertThat(OutboxRows.claimDue(c, "never", now.plus(Duration.ofDays(1)), LEASE, 10))
          .isEmpty();
    }
    assertThat(column("m1", "state")).isEqualTo("DEAD");
    assertThat(column("m1", "attempts")).isEqualTo("3");
    assertThat(column("m1", "dead_at")).startsWith("2026-05-01 08:00:30");
  }

  @Test
  void aFailureReportedOnALostClaimChangesNothing() throws SQLException {
    insert("dali-gucheng", "m1", T0);
    try (Connection c = db.getConnection()) {
      OutboxClaim a = OutboxRows.claimDue(c, "claim-a", T0, LEASE, 10).get(0);
      OutboxRows.claimDue(c, "claim-b", T0.plus(LEASE), LEASE, 10);
      assertThat(OutboxRows.failed(c, a, "late", T0.plus(LEASE), BACKOFF))
          .isEqualTo(Optional.empty());
    }
    assertThat(column("m1", "claimed_by")).isEqualTo("claim-b");
    assertThat(column("m1", "last_error")).isNull();
  }

  @Test
  void deliveredMessagesAreForgottenAfterTheRetentionOnly() throws SQLException {
    insert("dali-gucheng", "old", T0);
    insert("dali-gucheng", "new", T0);
    insert("dali-gucheng", "pending", T0);
    try (Connection c = db.getConnection();
        PreparedStatement s =
            c.prepareStatement(
                "UPDATE core_outbox SET state = 'DELIVERED', delivered_at = ? WHERE id = ?")) {
      s.setObject(1, OutboxRows.utc(T0.minus(Duration.ofDays(8))));
      s.setString(2, "old");
      s.executeUpdate();
      s.setObject(1, OutboxRows.utc(T0.minus(Duration.ofDays(1))));
      s.setString(2, "new");
      s.executeUpdate();
      assertThat(OutboxRows.forgetDelivered(c, T0.minus(Duration.ofDays(7)))).isEqualTo(1);
    }
    assertThat(column("old", "state")).isNull();
    assertThat(column("new", "state")).isEqualTo("DELIVERED");
    assertThat(column("pending", "state")).isEqualTo("PENDING");
  }

  @Test
  void longErrorsAreCutToTheColumn() {
    assertThat(OutboxRows.truncate("x".repeat(5000))).hasSize(OutboxRows.MAX_ERROR);
    assertThat(OutboxRows.truncate("short")).isEqualTo("short");
  }

  @Test
  void anErrorIsDescribedByItsProblemCodeOrItsInnermostCause() {
    var problem =
        org.tourismpolicing.core.problem.ProblemException.invalid(
            "category", "incident.category.unknown", "other");
    assertThat(OutboxRelay.describe(new RuntimeException("wrapped", problem)))
        .isEqualTo("problem validation.detail; category: incident.category.unknown [other]");
    assertThat(
            OutboxRelay.describe(
                org.tourismpolicing.core.problem.ProblemException.conflict("x.taken", "JQ-1")))
        .isEqualTo("problem x.taken [JQ-1]");
    assertThat(
            OutboxRelay.describe(
                new IllegalStateException("outer", new java.sql.SQLException("deadlock"))))
        .isEqualTo("java.sql.SQLException: deadlock");
  }

  private void insert(String tenant, String id, Instant due) throws SQLException {
    try (Connection c = db.getConnection();
        PreparedStatement s =
            c.prepareStatement(
                "INSERT INTO core_outbox (tenant_id, id, event_type, consumer, payload, state,"
                    + " attempts, created_at, next_attempt_at) VALUES (?, ?, 'E', 'c', '{}',"
                    + " 'PENDING', 0, ?, ?)")) {
      s.setString(1, tenant);
      s.setString(2, id);
      s.setObject(3, OutboxRows.utc(due));
      s.setObject(4, OutboxRows.utc(due));
      s.executeUpdate();
    }
  }

  private String column(String id, String column) throws SQLException {
    try (Connection c = db.getConnection();
        PreparedStatement s =
            c.prepareStatement("SELECT " + column + " FROM core_outbox WHERE id = ?")) {
      s.setString(1, id);
      try (ResultSet r = s.executeQuery()) {
        return r.next() ? r.getString(1) : null;
      }
    }
  }
}
