package org.tourismpolicing.informantrewards.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.tourismpolicing.core.tenant.Tenant;
import org.tourismpolicing.core.tenant.TenantContext;
import org.tourismpolicing.core.tenant.TenantDirectory;
import org.tourismpolicing.informantrewards.domain.InformantSettings;

/** The tenant of the current unit of work, with its tip line's settings. */
@ApplicationScoped
public class InformantTenant {

  @Inject TenantContext context;
  @Inject TenantDirectory tenants;

  public Tenant tenant() {
    return tenants.require(context.require());
  }

  public InformantSettings settings() {
    return tenant().settings(InformantSettings.MODULE, InformantSettings.class);
  }

  public String currency() {
    return tenant().currency().getCurrencyCode();
  }
}
