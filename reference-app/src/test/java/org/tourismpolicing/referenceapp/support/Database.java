package org.tourismpolicing.referenceapp.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;

/**
 * Direct reads of the test server's MariaDB, to prove what the API does not show: that a refused
 * request wrote nothing, or that a record was tampered with behind the application's back.
 */
public final class Database {

  private Database() {}

  public static Connection connect() throws SQLException {
    return DriverManager.getConnection(System.getProperty("it.db.url"), "root", "");
  }

  public static long count(String sql, Object... params) {
    try (Connection c = connect();
        PreparedStatement s = prepare(c, sql, params);
        ResultSet r = s.executeQuery()) {
      r.next();
      return r.getLong(1);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * The count of {@code sql} once it reached {@code expected} (within 30 s), for what another
   * module does after commit through core's outbox; the last count seen when it never did.
   */
  public static long countOnceDelivered(long expected, String sql, Object... params) {
    long[] last = {-1};
    try {
      Awaitility.await()
          .atMost(Duration.ofSeconds(30))
          .pollInterval(Duration.ofMillis(200))
          .until(() -> (last[0] = count(sql, params)) >= expected);
    } catch (ConditionTimeoutException e) {
      return last[0];
    }
    // a moment more, so that a second delivery would show as a count above the expected one
    try {
      Thread.sleep(500);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return count(sql, params);
  }

  /** The first column of the first row, or null when there is no row. */
  public static String string(String sql, Object... params) {
    try (Connection c = connect();
        PreparedStatement s = prepare(c, sql, params);
        ResultSet r = s.executeQuery()) {
      return r.next() ? r.getString(1) : null;
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Every column of the first row, as numbers. */
  public static List<Long> longs(String sql, Object... params) {
    try (Connection c = connect();
        PreparedStatement s = prepare(c, sql, params);
        ResultSet r = s.executeQuery()) {
      r.next();
      List<Long> values = new ArrayList<>();
      for (int i = 1; i <= r.getMetaData().getColumnCount(); i++) {
        values.add(r.getLong(i));
      }
      return values;
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The first column of every row, as text. */
  public static List<String> strings(String sql, Object... params) {
    try (Connection c = connect();
        PreparedStatement s = prepare(c, sql, params);
        ResultSet r = s.executeQuery()) {
      List<String> values = new ArrayList<>();
      while (r.next()) {
        values.add(r.getString(1));
      }
      return values;
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  public static int update(String sql, Object... params) {
    try (Connection c = connect();
        PreparedStatement s = prepare(c, sql, params)) {
      return s.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private static PreparedStatement prepare(Connection c, String sql, Object... params)
      throws SQLException {
    PreparedStatement s = c.prepareStatement(sql);
    for (int i = 0; i < params.length; i++) {
      s.setObject(i + 1, params[i]);
    }
    return s;
  }
}
