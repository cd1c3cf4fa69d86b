package com.example.policesystem;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import javax.sql.DataSource;

/** The host's own look into its own database: which blacklist entries are stored there. */
@Path("probe")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
public class DatabaseProbe {

  @Resource(lookup = "jdbc/policeSystem")
  DataSource ownDatabase;

  @GET
  @Path("blacklist-entries")
  public Map<String, Object> entriesNamed(@QueryParam("name") String name) throws SQLException {
    try (Connection c = ownDatabase.getConnection();
        PreparedStatement count =
            c.prepareStatement("SELECT COUNT(*) FROM bl_entry WHERE name = ?")) {
      count.setString(1, name);
      try (ResultSet rows = count.executeQuery()) {
        rows.next();
        return Map.of("name", name, "rows", rows.getLong(1));
      }
    }
  }
}
