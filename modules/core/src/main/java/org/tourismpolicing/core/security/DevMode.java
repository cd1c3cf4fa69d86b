package org.tourismpolicing.core.security;

import java.util.Locale;

/**
 * Development mode: the server hands out demo tokens for the demo tenants in one step, signed by a
 * key it made at start-up. It is on only when the environment variable {@code TP_DEV_MODE_ENABLED}
 * or the system property {@code tp.dev-mode.enabled} says {@code true} — deliberately not from a
 * configuration file inside the application, so a packaged application can never ship with it on.
 *
 * <p>The production package (module {@code distribution}) pins the system property {@code
 * tp.package=production} in its server's {@code configDropins/overrides/jvm.options}. There
 * development mode is never on, whatever the settings say, and {@link StartupChecks} refuses to
 * start when any development-mode setting is present at all.
 */
public final class DevMode {

  public static final String PROPERTY = "tp.dev-mode.enabled";
  public static final String ENVIRONMENT_VARIABLE = "TP_DEV_MODE_ENABLED";

  /**
   * Issuer of development tokens; production configures its own in {@code mp.jwt.verify.issuer}.
   */
  public static final String ISSUER = "urn:tourism-policing:dev-mode";

  /** System property the production package pins to {@value #PRODUCTION}. */
  public static final String PACKAGE_PROPERTY = "tp.package";

  public static final String PRODUCTION = "production";

  private DevMode() {}

  public static boolean isEnabled() {
    String value = setting();
    return !isProductionPackage()
        && value != null
        && value.trim().toLowerCase(Locale.ROOT).equals("true");
  }

  /**
   * The development-mode setting as given (system property, else environment variable), or null.
   */
  public static String setting() {
    String value = System.getProperty(PROPERTY);
    return value != null ? value : System.getenv(ENVIRONMENT_VARIABLE);
  }

  /** True in the production package, which pins {@code tp.package=production}. */
  public static boolean isProductionPackage() {
    String value = System.getProperty(PACKAGE_PROPERTY);
    return value != null && value.trim().equals(PRODUCTION);
  }
}
