package org.tourismpolicing.core.events;

import java.time.Instant;
import java.util.UUID;
import org.tourismpolicing.core.geo.GeoPoint;
import org.tourismpolicing.core.tenant.TenantId;

/**
 * A citizen's tip ("red armband" line) was verified and the handler asked for police action on it
 * (an unlicensed inn still taking guests, a gambling den open tonight). Published (core's outbox)
 * by the informant rewards module inside the transaction that records the request; the dispatch
 * module, when deployed, consumes it after commit and opens an incident. Carries the tip's ids and
 * facts, never the informant: nothing here may identify who reported it.
 *
 * @param tipNumber the tip's number as staff quote it
 * @param category the tip category code from the tenant's configuration (e.g. {@code gambling})
 * @param position where it happens (WGS-84), or null when the tip names no point
 * @param summary what the handler wrote for the police, never the informant's own words verbatim
 * @param requestedBy the handler who asked for police action
 */
public record VerifiedTipNeedsPolice(
    TenantId tenant,
    UUID tipId,
    String tipNumber,
    String category,
    GeoPoint position,
    String summary,
    Instant requestedAt,
    String requestedBy) {}
