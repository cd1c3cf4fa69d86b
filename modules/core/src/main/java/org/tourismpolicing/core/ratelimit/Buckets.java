package org.tourismpolicing.core.ratelimit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.OptionalLong;

/**
 * Token buckets kept in the database ({@code core_rate_limit_bucket}), so that every server of a
 * deployment counts against the same limit. Each bucket is one row holding the generic cell rate
 * algorithm's "theoretical arrival time" (TAT): a request at {@code now} is allowed when {@code
 * max(TAT, now) + interval - now <= period}, where {@code interval = period / capacity}, and then
 * moves TAT to {@code max(TAT, now) + interval}. That is a full bucket of {@code capacity} requests
 * refilled one every {@code interval}, decided by one conditional {@code UPDATE}: the database's
 * row lock makes concurrent requests on any server take turns, and no read-then-write gap exists.
 *
 * <p>Plain SQL that MariaDB and H2 (MariaDB mode) both run; times in microseconds since the epoch.
 */
final class Buckets {

  private static final String TAKE =
      "UPDATE core_rate_limit_bucket SET tat_micros = GREATEST(tat_micros, ?) + ?"
          + " WHERE tenant_id = ? AND limit_name = ? AND client_hash = ?"
          + " AND GREATEST(tat_micros, ?) + ? - ? <= ?";
  private static final String CREATE =
      "INSERT INTO core_rate_limit_bucket (tenant_id, limit_name, client_hash, tat_micros)"
          + " VALUES (?, ?, ?, ?)";
  private static final String READ =
      "SELECT tat_micros FROM core_rate_limit_bucket"
          + " WHERE tenant_id = ? AND limit_name = ? AND client_hash = ?";
  private static final String FORGET = "DELETE FROM core_rate_limit_bucket WHERE tat_micros < ?";

  private Buckets() {}

  /**
   * Takes one request from the bucket.
   *
   * @return empty when allowed; else the microseconds until one request is allowed again
   */
  static OptionalLong take(
      Connection connection,
      String tenant,
      String limit,
      String client,
      RateLimit rate,
      Instant now)
      throws SQLException {
    long nowMicros = micros(now);
    long period = rate.period().toNanos() / 1000;
    long interval = Math.max(1, period / rate.capacity());
    for (int attempt = 0; attempt < 2; attempt++) {
      if (update(connection, tenant, limit, client, nowMicros, interval, period) == 1) {
        return OptionalLong.empty();
      }
      OptionalLong tat = read(connection, tenant, limit, client);
      if (tat.isPresent()) {
        // the next request fits when max(TAT, t) + interval - t <= period
        return OptionalLong.of(Math.max(1, tat.getAsLong() + interval - period - nowMicros));
      }
      if (insert(connection, tenant, limit, client, nowMicros + interval)) {
        return OptionalLong.empty();
      }
      // another server created the bucket at the same moment: take from it
    }
    throw new SQLException("rate-limit bucket neither found nor created: " + limit);
  }

  /** Forgets the buckets that are full again (their clients have been idle for a period). */
  static int forgetFull(Connection connection, Instant now) throws SQLException {
    try (PreparedStatement s = connection.prepareStatement(FORGET)) {
      s.setLong(1, micros(now));
      return s.executeUpdate();
    }
  }

  private static int update(
      Connection c,
      String tenant,
      String limit,
      String client,
      long now,
      long interval,
      long period)
      throws SQLException {
    try (PreparedStatement s = c.prepareStatement(TAKE)) {
      s.setLong(1, now);
      s.setLong(2, interval);
      s.setString(3, tenant);
      s.setString(4, limit);
      s.setString(5, client);
      s.setLong(6, now);
      s.setLong(7, interval);
      s.setLong(8, now);
      s.setLong(9, period);
      return s.executeUpdate();
    }
  }

  private static OptionalLong read(Connection c, String tenant, String limit, String client)
      throws SQLException {
    try (PreparedStatement s = c.prepareStatement(READ)) {
      s.setString(1, tenant);
      s.setString(2, limit);
      s.setString(3, client);
      try (ResultSet r = s.executeQuery()) {
        return r.next() ? OptionalLong.of(r.getLong(1)) : OptionalLong.empty();
      }
    }
  }

  private static boolean insert(Connection c, String tenant, String limit, String client, long tat)
      throws SQLException {
    try (PreparedStatement s = c.prepareStatement(CREATE)) {
      s.setString(1, tenant);
      s.setString(2, limit);
      s.setString(3, client);
      s.setLong(4, tat);
      s.executeUpdate();
      return true;
    } catch (SQLIntegrityConstraintViolationException raced) {
      return false;
    } catch (SQLException e) {
      if ("23000".equals(e.getSQLState()) || "23505".equals(e.getSQLState())) {
        return false;
      }
      throw e;
    }
  }

  private static long micros(Instant t) {
    return ChronoUnit.MICROS.between(Instant.EPOCH, t);
  }
}
