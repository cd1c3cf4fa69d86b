package org.tourismpolicing.core.persistence;

import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings every deployed module's tables up to date at start-up, core first. A failed migration
 * stops the application from starting: serving on a half-migrated schema would be worse.
 */
@ApplicationScoped
public class SchemaMigrations {

  /** The data source every module's persistence unit uses; bind it in the server configuration. */
  public static final String DATA_SOURCE = "jdbc/tourismPolicing";

  private static final Logger LOG = Logger.getLogger(SchemaMigrations.class.getName());

  @Resource(lookup = DATA_SOURCE)
  DataSource dataSource;

  @Inject Instance<ModuleSchema> schemas;

  private final AtomicBoolean done = new AtomicBoolean();

  void onStart(
      @Observes @Priority(StartupOrder.MIGRATIONS) @Initialized(ApplicationScoped.class)
          Object ignored) {
    migrate();
  }

  /** Runs the pending migrations of every module; idempotent. */
  public synchronized void migrate() {
    if (done.get()) {
      return;
    }
    List<ModuleSchema> ordered =
        schemas.stream()
            .sorted(
                Comparator.comparingInt(ModuleSchema::order).thenComparing(ModuleSchema::module))
            .toList();
    for (ModuleSchema schema : ordered) {
      MigrateResult result =
          Flyway.configure(Flyway.class.getClassLoader())
              .dataSource(dataSource)
              .table(schema.historyTable())
              .locations("classpath:" + schema.location())
              .resourceProvider(new ListedScripts(schema))
              // modules share one schema: each module's history starts beside the others' tables
              .baselineOnMigrate(true)
              .baselineVersion("0")
              .skipDefaultCallbacks(true)
              // no callbacks; pointing at the scripts' folder keeps Flyway from probing db/callback
              .callbackLocations("classpath:" + schema.location())
              .failOnMissingLocations(false)
              .validateMigrationNaming(true)
              .cleanDisabled(true)
              .load()
              .migrate();
      LOG.info(
          () ->
              "schema of module "
                  + schema.module()
                  + ": "
                  + result.migrationsExecuted
                  + " migration(s) applied, now at version "
                  + (result.targetSchemaVersion != null
                      ? result.targetSchemaVersion
                      : result.initialSchemaVersion));
    }
    done.set(true);
  }

  public boolean isDone() {
    return done.get();
  }
}
