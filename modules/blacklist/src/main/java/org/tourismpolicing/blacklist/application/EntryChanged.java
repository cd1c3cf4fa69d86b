package org.tourismpolicing.blacklist.application;

import org.tourismpolicing.core.tenant.TenantId;

/**
 * An entry changed in a transaction of this server; observed after commit to update the tenant's
 * screening index at once (other servers see it by polling).
 *
 * @param listed the entry as now listed, or null when it is not (any more) listed
 */
record EntryChanged(TenantId tenant, String entryId, ListedSubject listed) {}
