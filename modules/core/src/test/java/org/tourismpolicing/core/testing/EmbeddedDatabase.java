package org.tourismpolicing.core.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;

/**
 * A fresh in-memory H2 database in MariaDB mode, as the embedded run uses, with some of core's
 * migration scripts applied: for tests of SQL that must run on both databases.
 */
public final class EmbeddedDatabase {

  private EmbeddedDatabase() {}

  public static DataSource withScripts(String... scripts) {
    JdbcDataSource ds = new JdbcDataSource();
    ds.setURL(
        "jdbc:h2:mem:test-"
            + UUID.randomUUID()
            + ";MODE=MariaDB;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1");
    try (Connection c = ds.getConnection();
        Statement s = c.createStatement()) {
      for (String script : scripts) {
        for (String statement : read(script).split(";")) {
          String sql = withoutComments(statement);
          if (!sql.isBlank()) {
            s.execute(sql);
          }
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    return ds;
  }

  private static String read(String script) {
    try (InputStream in =
        EmbeddedDatabase.class
            .getClassLoader()
            .getResourceAsStream("db/migration/core/" + script)) {
      if (in == null) {
        throw new IllegalArgumentException("no script " + script);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String withoutComments(String sql) {
    StringBuilder kept = new StringBuilder();
    for (String line : sql.split("\n")) {
      if (!line.strip().startsWith("--")) {
        kept.append(line).append('\n');
      }
    }
    return kept.toString();
  }
}
