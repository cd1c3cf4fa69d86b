package org.tourismpolicing.core.security;

import java.util.Locale;

/**
 * Development mode: the server hands out demo tokens for the demo tenants in one step, signed by a
 * key it made at start-up. It is on only when the environment variable {@code TP_DEV_MODE_ENABLED}
 * or the system property {@code tp.dev-mode.enabled} says {@code true} — deliberately not from a
 * configuration file inside the application, so a packaged application can never ship with it on.
 */
public final class DevMode {

  public static final String PROPERTY = "tp.dev-mode.enabled";
  public static final String ENVIRONMENT_VARIABLE = "TP_DEV_MODE_ENABLED";

  /**
   * Issuer of development tokens; production configures its own in {@code mp.jwt.verify.issuer}.
   */
  public static final String ISSUER = "urn:tourism-policing:dev-mode";

  private DevMode() {}

  public static boolean isEnabled() {
    String value = System.getProperty(PROPERTY);
    if (value == null) {
      value = System.getenv(ENVIRONMENT_VARIABLE);
    }
    return value != null && value.trim().toLowerCase(Locale.ROOT).equals("true");
  }
}
