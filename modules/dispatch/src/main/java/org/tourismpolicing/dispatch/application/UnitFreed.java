package org.tourismpolicing.dispatch.application;

import org.tourismpolicing.core.tenant.TenantId;

/**
 * A unit became available (cleared, came on duty, was released). After commit the waiting incidents
 * get their chance at it.
 */
public record UnitFreed(TenantId tenant, String unitId) {}
