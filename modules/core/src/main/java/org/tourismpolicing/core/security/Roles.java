package org.tourismpolicing.core.security;

import java.util.List;

/**
 * The roles a token's {@code groups} claim may carry (DESIGN §6). Anonymous public access (nearest
 * kiosk, public blacklist check, submitting a tip) needs no role: such operations are
 * {@code @PermitAll}.
 */
public final class Roles {

  /** Operates the deployment: onboards tenants; entitled to every tenant. */
  public static final String PLATFORM_ADMIN = "platform-admin";

  /** Administers one tenant: reference data, audit trail. */
  public static final String TENANT_ADMIN = "tenant-admin";

  public static final String STATION_LEADER = "station-leader";
  public static final String DISPATCHER = "dispatcher";
  public static final String OFFICER = "officer";
  public static final String MEDIATOR = "mediator";
  public static final String INFORMANT_HANDLER = "informant-handler";
  public static final String REWARD_APPROVER = "reward-approver";

  /** A user of a partner department; acts only within the department named in its token. */
  public static final String PARTNER_DEPARTMENT = "partner-department";

  /** A citizen informant using the app. */
  public static final String INFORMANT = "informant";

  /** A system that calls intake endpoints, such as the city 110 command centre. */
  public static final String INTEGRATION = "integration";

  public static final List<String> ALL =
      List.of(
          PLATFORM_ADMIN,
          TENANT_ADMIN,
          STATION_LEADER,
          DISPATCHER,
          OFFICER,
          MEDIATOR,
          INFORMANT_HANDLER,
          REWARD_APPROVER,
          PARTNER_DEPARTMENT,
          INFORMANT,
          INTEGRATION);

  private Roles() {}
}
