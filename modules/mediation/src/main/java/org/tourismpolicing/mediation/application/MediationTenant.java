package org.tourismpolicing.mediation.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.tourismpolicing.core.tenant.Tenant;
import org.tourismpolicing.core.tenant.TenantContext;
import org.tourismpolicing.core.tenant.TenantDirectory;
import org.tourismpolicing.mediation.domain.MediationSettings;

/** The tenant of the current unit of work, with its mediation room's settings. */
@ApplicationScoped
public class MediationTenant {

  @Inject TenantContext context;
  @Inject TenantDirectory tenants;

  public Tenant tenant() {
    return tenants.require(context.require());
  }

  public MediationSettings settings() {
    return tenant().settings(MediationSettings.MODULE, MediationSettings.class);
  }
}
