package org.tourismpolicing.kioskregistry.application;

import org.tourismpolicing.core.tenant.TenantId;

/**
 * Something tourists can see changed in a tenant's kiosks (a kiosk, its status, its stock). Fired
 * inside the change's transaction; the public snapshot drops its copy once the change commits.
 */
public record KioskRegistryChanged(TenantId tenant) {}
