package org.tourismpolicing.core.security;

import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.tourismpolicing.core.persistence.SchemaMigrations;
import org.tourismpolicing.core.persistence.StartupOrder;

/**
 * Refuses to start a server whose security settings do not fit its database. Production (dev mode
 * off) needs the issuer and key of the real identity provider. Dev mode is for the embedded
 * database: against MariaDB it needs {@code tp.dev-mode.allow-with-production-database=true}, said
 * on purpose. The production package ({@link DevMode#isProductionPackage()}) refuses every
 * development or test setting and the embedded database outright. Every failure names the setting
 * to fix.
 */
@ApplicationScoped
public class StartupChecks {

  static final String ALLOW_DEV_WITH_PRODUCTION = "tp.dev-mode.allow-with-production-database";

  private static final Logger LOG = Logger.getLogger(StartupChecks.class.getName());

  @Resource(lookup = SchemaMigrations.DATA_SOURCE)
  DataSource dataSource;

  @Inject
  @ConfigProperty(name = ALLOW_DEV_WITH_PRODUCTION, defaultValue = "false")
  boolean allowDevWithProduction;

  @Inject
  @ConfigProperty(name = "mp.jwt.verify.issuer")
  Optional<String> issuer;

  @Inject
  @ConfigProperty(name = "mp.jwt.verify.publickey")
  Optional<String> publicKey;

  @Inject
  @ConfigProperty(name = "mp.jwt.verify.publickey.location")
  Optional<String> publicKeyLocation;

  @Inject
  @ConfigProperty(name = "tp.clock.adjustable", defaultValue = "false")
  boolean adjustableClock;

  void onStart(
      @Observes @Priority(StartupOrder.CHECKS) @Initialized(ApplicationScoped.class)
          Object ignored) {
    boolean embedded = isEmbeddedDatabase();
    if (DevMode.isProductionPackage()) {
      checkProductionPackage(DevMode.setting(), embedded);
    }
    check(DevMode.isEnabled(), embedded);
  }

  /**
   * The production package's own rule: no development-mode setting at all (any value but {@code
   * false}), no test switch, no embedded database.
   */
  void checkProductionPackage(String devModeSetting, boolean embeddedDatabase) {
    List<String> refused = new ArrayList<>();
    if (devModeSetting != null
        && !devModeSetting.isBlank()
        && !devModeSetting.trim().equalsIgnoreCase("false")) {
      refused.add(
          DevMode.ENVIRONMENT_VARIABLE + " / " + DevMode.PROPERTY + "=" + devModeSetting.trim());
    }
    if (allowDevWithProduction) {
      refused.add(ALLOW_DEV_WITH_PRODUCTION + "=true");
    }
    if (adjustableClock) {
      refused.add("tp.clock.adjustable=true");
    }
    if (embeddedDatabase) {
      refused.add(
          "the embedded H2 database (set DB_HOST, DB_NAME, DB_USER, DB_PASSWORD of MariaDB)");
    }
    if (!refused.isEmpty()) {
      throw new IllegalStateException(
          "this is the production package ("
              + DevMode.PACKAGE_PROPERTY
              + "="
              + DevMode.PRODUCTION
              + "): development mode cannot be switched on here. Remove from the server's"
              + " environment and JVM options: "
              + String.join("; ", refused));
    }
  }

  void check(boolean devMode, boolean embeddedDatabase) {
    if (devMode) {
      if (!embeddedDatabase && !allowDevWithProduction) {
        throw new IllegalStateException(
            "development mode (TP_DEV_MODE_ENABLED / tp.dev-mode.enabled) is on with a production"
                + " database: anyone could mint tokens for it. Turn development mode off and set"
                + " mp.jwt.verify.issuer and mp.jwt.verify.publickey(.location), or set "
                + ALLOW_DEV_WITH_PRODUCTION
                + "=true if this really is a throw-away database.");
      }
      LOG.warning(
          "\n**********************************************************************\n"
              + "*  DEVELOPMENT MODE: demo tokens for every demo tenant and role are  *\n"
              + "*  handed out at GET /api/dev/tokens?tenant=…&role=… to anyone.      *\n"
              + "*  Never expose this server. Production: leave tp.dev-mode.enabled   *\n"
              + "*  (TP_DEV_MODE_ENABLED) unset.                                      *\n"
              + "**********************************************************************");
    } else {
      if (issuer.isEmpty() || (publicKey.isEmpty() && publicKeyLocation.isEmpty())) {
        throw new IllegalStateException(
            "production mode needs the token issuer and its key: set mp.jwt.verify.issuer and"
                + " mp.jwt.verify.publickey.location (or mp.jwt.verify.publickey)");
      }
    }
    if (adjustableClock) {
      LOG.warning(
          "tp.clock.adjustable is true: a platform admin can move this server's clock (tests and"
              + " demos only)");
    }
  }

  private boolean isEmbeddedDatabase() {
    try (Connection c = dataSource.getConnection()) {
      return c.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("h2");
    } catch (SQLException e) {
      throw new IllegalStateException(
          "cannot reach the database " + SchemaMigrations.DATA_SOURCE, e);
    }
  }
}
