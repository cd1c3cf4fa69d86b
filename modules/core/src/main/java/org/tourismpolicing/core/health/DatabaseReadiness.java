package org.tourismpolicing.core.health;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.tourismpolicing.core.persistence.SchemaMigrations;

/** Ready only when the database answers and every module's schema is migrated. */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

  @Resource(lookup = SchemaMigrations.DATA_SOURCE)
  DataSource dataSource;

  @Inject SchemaMigrations migrations;

  @Override
  public HealthCheckResponse call() {
    var r = HealthCheckResponse.named("database").withData("migrated", migrations.isDone());
    try (Connection c = dataSource.getConnection()) {
      boolean valid = c.isValid(2);
      r.withData("product", c.getMetaData().getDatabaseProductName());
      return r.status(valid && migrations.isDone()).build();
    } catch (Exception e) {
      return r.withData("error", e.getClass().getSimpleName()).down().build();
    }
  }
}
