package org.tourismpolicing.dispatch.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.tourismpolicing.core.tenant.Tenant;
import org.tourismpolicing.core.tenant.TenantContext;
import org.tourismpolicing.core.tenant.TenantDirectory;
import org.tourismpolicing.dispatch.domain.DispatchSettings;

/** The tenant of the current unit of work, with its dispatch settings. */
@ApplicationScoped
public class CurrentDispatch {

  @Inject TenantContext context;
  @Inject TenantDirectory tenants;

  public Tenant tenant() {
    return tenants.require(context.require());
  }

  public DispatchSettings settings() {
    return tenant().settings(DispatchSettings.MODULE, DispatchSettings.class);
  }
}
