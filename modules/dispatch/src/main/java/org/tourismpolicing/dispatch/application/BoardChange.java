package org.tourismpolicing.dispatch.application;

import org.tourismpolicing.core.tenant.TenantId;

/**
 * Something on the dispatch board changed: an incident or a unit, with its new summary. Fired in
 * the transaction that made the change; the live board sends it to the tenant's consoles after
 * commit.
 *
 * @param kind {@code incident} or {@code unit}
 * @param summary the changed thing's summary, as the board shows it
 */
public record BoardChange(TenantId tenant, String kind, String id, Object summary) {}
