package org.tourismpolicing.blacklist.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.tourismpolicing.blacklist.domain.BlacklistSettings;
import org.tourismpolicing.core.tenant.Tenant;
import org.tourismpolicing.core.tenant.TenantContext;
import org.tourismpolicing.core.tenant.TenantDirectory;

/** The tenant of the current unit of work, with its blacklist settings. */
@ApplicationScoped
public class BlacklistTenant {

  @Inject TenantContext context;
  @Inject TenantDirectory tenants;

  public Tenant tenant() {
    return tenants.require(context.require());
  }

  public BlacklistSettings settings() {
    return tenant().settings(BlacklistSettings.MODULE, BlacklistSettings.class);
  }
}
