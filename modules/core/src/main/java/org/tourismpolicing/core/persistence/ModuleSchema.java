package org.tourismpolicing.core.persistence;

/**
 * A module's database schema, migrated by Flyway at start-up before any tenant is loaded. Each
 * module owns its tables (one name prefix per module) and its own migration history table, so
 * modules can be added to or removed from a deployment independently.
 *
 * <p>Implement as an {@code @ApplicationScoped} bean in the module.
 */
public interface ModuleSchema {

  /** Module name, for logs: {@code core}, {@code kiosk-registry} … */
  String module();

  /** Class-path folder of the module's SQL migrations, e.g. {@code db/migration/kiosk_registry}. */
  String location();

  /** The module's Flyway history table, e.g. {@code kr_schema_history}. */
  String historyTable();

  /**
   * The migration scripts in {@link #location()}, by file name. Listed because Flyway cannot scan
   * an application server's class path; a unit test in each module compares the list with the
   * folder.
   */
  java.util.List<String> scripts();

  /** Lower runs first; core is 0, modules 100. */
  default int order() {
    return 100;
  }
}
