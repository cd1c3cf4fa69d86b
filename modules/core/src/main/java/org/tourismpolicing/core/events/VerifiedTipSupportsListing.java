package org.tourismpolicing.core.events;

import java.time.Instant;
import java.util.UUID;
import org.tourismpolicing.core.tenant.TenantId;

/**
 * A verified tip names a business that should be proposed for the tourism blacklist (touting,
 * unlicensed lodging …). Published (core's outbox) by the informant rewards module inside the
 * transaction that records the proposal; the blacklist module, when deployed, consumes it after
 * commit and creates a proposed entry with the tip as evidence (still to be signed off as any other
 * proposal). Carries the tip's ids and the business, never the informant.
 *
 * @param tipNumber the tip's number as staff quote it
 * @param tipCategory the tip category code of the informant rewards configuration
 * @param creditCode the business's unified social credit code, or null when the tip names none
 * @param businessName the business's name as the handler recorded it
 * @param summary the handler's summary of the verified facts, for the listing's reason
 * @param proposedBy the handler who asked for the listing
 */
public record VerifiedTipSupportsListing(
    TenantId tenant,
    UUID tipId,
    String tipNumber,
    String tipCategory,
    String creditCode,
    String businessName,
    String summary,
    Instant proposedAt,
    String proposedBy) {}
