package org.tourismpolicing.core.events;

import java.time.Instant;
import java.util.UUID;
import org.tourismpolicing.core.geo.GeoPoint;
import org.tourismpolicing.core.tenant.TenantId;

/**
 * A visitor at a police kiosk needs police action (a fight nearby, a missing child, a theft just
 * now). Published (core's outbox) by the kiosk registry inside the transaction that logs the
 * walk-in; the dispatch module, when deployed, consumes it after commit and opens an incident.
 * Carries ids and facts, never entities, so neither module depends on the other.
 *
 * @param kind the walk-in kind code from the tenant's configuration (e.g. {@code lost-person})
 */
public record KioskWalkInNeedsPolice(
    TenantId tenant,
    UUID walkInId,
    UUID kioskId,
    String kioskCode,
    String zoneCode,
    GeoPoint position,
    String kind,
    String summary,
    Instant occurredAt) {}
