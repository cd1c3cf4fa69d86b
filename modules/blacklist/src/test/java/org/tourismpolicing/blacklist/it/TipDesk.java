package org.tourismpolicing.blacklist.it;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.UUID;
import org.tourismpolicing.core.events.VerifiedTipSupportsListing;
import org.tourismpolicing.core.outbox.Outbox;
import org.tourismpolicing.core.tenant.TenantId;

/**
 * Stands in for the informant module (not deployed here): verifies a tip that supports a listing
 * and publishes the hand-off in the same transaction, which commits or (on request) rolls back.
 */
@Path("{tenant}/it-tips/{tipId}")
@RequestScoped
public class TipDesk {

  @Inject Outbox outbox;

  @POST
  @PermitAll
  @Transactional
  public Response verify(
      @PathParam("tenant") String tenant,
      @PathParam("tipId") String tipId,
      @QueryParam("name") String name,
      @QueryParam("fail") boolean fail) {
    outbox.publish(
        new VerifiedTipSupportsListing(
            TenantId.of(tenant),
            UUID.fromString(tipId),
            "HX-" + tipId.substring(0, 6),
            "touting",
            "91532901MA6Q5W8T43",
            name,
            "核实：在南门拉客",
            Instant.now(),
            "handler-it"));
    if (fail) {
      // the tip's own transaction fails: nothing may follow from it
      throw new WebApplicationException(Response.Status.CONFLICT);
    }
    return Response.noContent().build();
  }
}
