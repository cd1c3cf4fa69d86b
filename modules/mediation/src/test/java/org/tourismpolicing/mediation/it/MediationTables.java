package org.tourismpolicing.mediation.it;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/** The mediation tables read with plain JDBC, past EclipseLink and its tenant filter. */
@ApplicationScoped
public class MediationTables {

  @Resource(lookup = "jdbc/tourismPolicing")
  DataSource dataSource;

  /** Rows of {@code sql} (one string per row: the columns joined by '|'). */
  public List<String> rows(String sql, Object... params) {
    List<String> rows = new ArrayList<>();
    try (Connection c = dataSource.getConnection();
        PreparedStatement s = c.prepareStatement(sql)) {
      for (int i = 0; i < params.length; i++) {
        s.setObject(i + 1, params[i]);
      }
      try (ResultSet r = s.executeQuery()) {
        int columns = r.getMetaData().getColumnCount();
        while (r.next()) {
          StringBuilder row = new StringBuilder();
          for (int i = 1; i <= columns; i++) {
            row.append(i > 1 ? "|" : "").append(String.valueOf(r.getObject(i)).trim());
          }
          rows.add(row.toString());
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException(sql, e);
    }
    return rows;
  }
}
