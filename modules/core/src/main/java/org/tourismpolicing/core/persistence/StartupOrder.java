package org.tourismpolicing.core.persistence;

/**
 * Order of the start-up observers: the schema first, then the start-up checks, then the tenants.
 */
public final class StartupOrder {
  public static final int MIGRATIONS = 1000;
  public static final int CHECKS = 1100;
  public static final int TENANTS = 1200;

  private StartupOrder() {}
}
