package org.tourismpolicing.kioskregistry.it;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import javax.sql.DataSource;

/**
 * The database as it is, read with plain JDBC past EclipseLink and its tenant filter: the ground
 * truth the tests compare what the module shows with.
 */
@ApplicationScoped
public class KioskTables {

  private static final Pattern TABLE = Pattern.compile("[a-z_]+");

  @Resource(lookup = "jdbc/tourismPolicing")
  DataSource dataSource;

  /** One row of a Flyway history table. */
  public record Migration(String version, String script, boolean success) {}

  public List<Migration> migrations(String historyTable) {
    if (!TABLE.matcher(historyTable).matches()) {
      throw new IllegalArgumentException(historyTable);
    }
    List<Migration> rows = new ArrayList<>();
    query(
        "select version, script, success from " + historyTable + " order by installed_rank",
        r -> rows.add(new Migration(r.getString(1), r.getString(2), r.getBoolean(3))));
    return rows;
  }

  /** The tenants in core's tenant register. */
  public Set<String> registeredTenants() {
    Set<String> ids = new HashSet<>();
    query("select id from core_tenant", r -> ids.add(r.getString(1)));
    return ids;
  }

  /** Every kiosk row of {@code tenant}: id → code. */
  public Map<String, String> kioskCodesById(String tenant) {
    Map<String, String> rows = new HashMap<>();
    query(
        "select id, code from kr_kiosk where tenant_id = ?",
        r -> rows.put(r.getString(1).trim(), r.getString(2)),
        tenant);
    return rows;
  }

  /** The optimistic-lock version of one kiosk row, or -1 when there is none. */
  public long kioskVersion(String tenant, String id) {
    long[] version = {-1};
    query(
        "select version from kr_kiosk where tenant_id = ? and id = ?",
        r -> version[0] = r.getLong(1),
        tenant,
        id);
    return version[0];
  }

  private interface Row {
    void read(ResultSet r) throws SQLException;
  }

  private void query(String sql, Row row, Object... params) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s = c.prepareStatement(sql)) {
      for (int i = 0; i < params.length; i++) {
        s.setObject(i + 1, params[i]);
      }
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          row.read(r);
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException(sql, e);
    }
  }
}
