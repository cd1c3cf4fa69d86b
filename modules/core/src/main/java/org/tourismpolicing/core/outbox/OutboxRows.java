package org.tourismpolicing.core.outbox;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The relay's SQL on {@code core_outbox}, across tenants: plain statements that MariaDB and H2
 * (MariaDB mode) both run, instants as UTC wall-clock values like every other column.
 *
 * <p>A claim is a conditional {@code UPDATE}: it succeeds only while the row is still pending and
 * due, and moves {@code next_attempt_at} to the end of a lease. Two servers that read the same due
 * row both try; the database's row lock lets one update it, and the other's condition no longer
 * holds (0 rows), so each row goes to one relay at a time without {@code SKIP LOCKED}. A relay that
 * dies holding a claim loses it when the lease ends: the row is due again for any relay.
 */
final class OutboxRows {

  private static final String DUE =
      "SELECT tenant_id, id, event_type, consumer, payload, attempts FROM core_outbox"
          + " WHERE state = 'PENDING' AND next_attempt_at <= ? ORDER BY next_attempt_at LIMIT ?";
  private static final String CLAIM =
      "UPDATE core_outbox SET claimed_by = ?, next_attempt_at = ?, attempts = attempts + 1"
          + " WHERE tenant_id = ? AND id = ? AND state = 'PENDING' AND next_attempt_at <= ?";
  private static final String ATTEMPTS =
      "SELECT attempts FROM core_outbox WHERE tenant_id = ? AND id = ? AND claimed_by = ?"
          + " AND state = 'PENDING'";
  private static final String AGAIN =
      "UPDATE core_outbox SET next_attempt_at = ?, claimed_by = NULL, last_error = ?"
          + " WHERE tenant_id = ? AND id = ? AND claimed_by = ? AND state = 'PENDING'";
  private static final String DEAD =
      "UPDATE core_outbox SET state = 'DEAD', dead_at = ?, claimed_by = NULL, last_error = ?"
          + " WHERE tenant_id = ? AND id = ? AND claimed_by = ? AND state = 'PENDING'";
  private static final String FORGET =
      "DELETE FROM core_outbox WHERE state = 'DELIVERED' AND delivered_at < ?";

  /** Longest error text kept (the column's width). */
  static final int MAX_ERROR = 1000;

  private OutboxRows() {}

  /**
   * Claims up to {@code limit} due messages for {@code claimToken}, oldest due first, leased until
   * {@code now + lease}; answers the ones this call won.
   */
  static List<OutboxClaim> claimDue(
      Connection c, String claimToken, Instant now, Duration lease, int limit) throws SQLException {
    List<OutboxClaim> candidates = new ArrayList<>();
    try (PreparedStatement s = c.prepareStatement(DUE)) {
      s.setObject(1, utc(now));
      s.setInt(2, limit);
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          candidates.add(
              new OutboxClaim(
                  r.getString(1),
                  r.getString(2),
                  r.getString(3),
                  r.getString(4),
                  r.getString(5),
                  r.getInt(6) + 1,
                  claimToken));
        }
      }
    }
    List<OutboxClaim> won = new ArrayList<>();
    try (PreparedStatement s = c.prepareStatement(CLAIM)) {
      for (OutboxClaim candidate : candidates) {
        s.setString(1, claimToken);
        s.setObject(2, utc(now.plus(lease)));
        s.setString(3, candidate.tenant());
        s.setString(4, candidate.id());
        s.setObject(5, utc(now));
        if (s.executeUpdate() == 1) {
          won.add(candidate);
        }
      }
    }
    return won;
  }

  /**
   * Records a failed attempt of a claim still held: due again at the backoff's next attempt, or
   * dead when there is none. Answers the state the message is in now; empty when the claim was lost
   * meanwhile (its lease ended and another relay took it).
   */
  static Optional<OutboxState> failed(
      Connection c, OutboxClaim claim, String error, Instant now, OutboxBackoff backoff)
      throws SQLException {
    int attempts;
    try (PreparedStatement s = c.prepareStatement(ATTEMPTS)) {
      s.setString(1, claim.tenant());
      s.setString(2, claim.id());
      s.setString(3, claim.claimToken());
      try (ResultSet r = s.executeQuery()) {
        if (!r.next()) {
          return Optional.empty();
        }
        attempts = r.getInt(1);
      }
    }
    Optional<Instant> next = backoff.nextAttempt(attempts, now);
    try (PreparedStatement s = c.prepareStatement(next.isPresent() ? AGAIN : DEAD)) {
      s.setObject(1, utc(next.orElse(now)));
      s.setString(2, truncate(error));
      s.setString(3, claim.tenant());
      s.setString(4, claim.id());
      s.setString(5, claim.claimToken());
      if (s.executeUpdate() != 1) {
        return Optional.empty();
      }
    }
    return Optional.of(next.isPresent() ? OutboxState.PENDING : OutboxState.DEAD);
  }

  /** Deletes delivered messages delivered before {@code before}; answers how many. */
  static int forgetDelivered(Connection c, Instant before) throws SQLException {
    try (PreparedStatement s = c.prepareStatement(FORGET)) {
      s.setObject(1, utc(before));
      return s.executeUpdate();
    }
  }

  static String truncate(String error) {
    if (error == null) {
      return null;
    }
    return error.length() <= MAX_ERROR ? error : error.substring(0, MAX_ERROR - 1) + "…";
  }

  static LocalDateTime utc(Instant instant) {
    return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
  }
}
