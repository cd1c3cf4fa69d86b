package org.tourismpolicing.kioskregistry.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.tourismpolicing.core.tenant.Tenant;
import org.tourismpolicing.core.tenant.TenantContext;
import org.tourismpolicing.core.tenant.TenantDirectory;
import org.tourismpolicing.kioskregistry.domain.KioskRegistrySettings;
import org.tourismpolicing.kioskregistry.domain.hours.HolidayCalendar;

/** The tenant of the current unit of work, with the kiosk registry's settings. */
@ApplicationScoped
public class CurrentTenant {

  @Inject TenantContext context;
  @Inject TenantDirectory tenants;

  public Tenant tenant() {
    return tenants.require(context.require());
  }

  public KioskRegistrySettings settings() {
    return tenant().settings(KioskRegistrySettings.MODULE, KioskRegistrySettings.class);
  }

  public HolidayCalendar holidays() {
    Tenant t = tenant();
    return HolidayCalendar.of(t.publicHolidays(), java.util.Set.of());
  }
}
