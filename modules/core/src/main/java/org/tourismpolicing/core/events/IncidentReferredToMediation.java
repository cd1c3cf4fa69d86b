package org.tourismpolicing.core.events;

import java.time.Instant;
import java.util.UUID;
import org.tourismpolicing.core.geo.GeoPoint;
import org.tourismpolicing.core.tenant.TenantId;

/**
 * A dispute the police attended is referred to the station's mediation room (for Dali old town the
 * "Apeng mediation room"). Published (core's outbox) by the dispatch module inside the transaction
 * that records the incident's outcome; the mediation module, when deployed, consumes it after
 * commit and opens a case. Carries ids and facts, never entities, so neither module depends on the
 * other.
 *
 * @param incidentId the incident's id in the dispatch module
 * @param incidentNumber the incident's number as people quote it (e.g. {@code JQ-20261128-0042})
 * @param category the incident category code from the tenant's configuration (e.g. {@code dispute})
 * @param zoneCode the zone the incident happened in, or null when outside every zone
 * @param summary what the officer wrote about the dispute, for the mediator
 * @param referredBy the user who recorded the referral
 */
public record IncidentReferredToMediation(
    TenantId tenant,
    UUID incidentId,
    String incidentNumber,
    String category,
    String zoneCode,
    GeoPoint position,
    String summary,
    Instant referredAt,
    String referredBy) {}
