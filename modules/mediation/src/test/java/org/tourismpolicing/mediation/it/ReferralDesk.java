package org.tourismpolicing.mediation.it;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.UUID;
import org.tourismpolicing.core.events.IncidentReferredToMediation;
import org.tourismpolicing.core.geo.GeoPoint;
import org.tourismpolicing.core.outbox.Outbox;
import org.tourismpolicing.core.tenant.TenantId;

/**
 * Stands in for the dispatch module: records an incident's outcome and refers the dispute to
 * mediation through core's outbox in the same transaction (call it with the tenant set), which
 * commits or (on request) rolls back.
 */
@ApplicationScoped
public class ReferralDesk {

  /** Thrown to roll the incident's transaction back. */
  public static class IncidentFailed extends RuntimeException {
    private static final long serialVersionUID = 1L;
  }

  @Inject Outbox outbox;

  @Transactional
  public void refer(TenantId tenant, UUID incident, String summary, boolean failAfterwards) {
    outbox.publish(
        new IncidentReferredToMediation(
            tenant,
            incident,
            "JQ-20261001-" + incident.toString().substring(0, 4),
            "dispute",
            "south",
            GeoPoint.wgs84(25.6900, 100.1600),
            summary,
            Instant.now(),
            "dispatcher-it"));
    if (failAfterwards) {
      throw new IncidentFailed();
    }
  }
}
