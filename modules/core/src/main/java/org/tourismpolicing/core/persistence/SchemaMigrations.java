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

  /**
   * The application's resource reference for the database of every module. By default it looks up
   * the server's data source of the same JNDI name; an application whose data source has another
   * name points the reference at it in its web.xml ({@code <resource-ref>} with a {@code
   * <lookup-name>}, docs/embedding.md).
   */
  public static final String DATA_SOURCE_REFERENCE = "jdbc/tourismPolicing";

  /** The reference as persistence units and lookups name it. */
  public static final String DATA_SOURCE = "java:comp/env/" + DATA_SOURCE_REFERENCE;

  private static final Logger LOG = Logger.getLogger(SchemaMigrations.class.getName());

  // declares the reference for the whole application, with its default target
  @Resource(name = DATA_SOURCE_REFERENCE, lookup = DATA_SOURCE_REFERENCE)
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
