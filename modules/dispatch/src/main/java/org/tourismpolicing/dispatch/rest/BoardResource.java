package org.tourismpolicing.dispatch.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import java.time.Clock;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.tourismpolicing.core.security.Roles;
import org.tourismpolicing.dispatch.application.CurrentDispatch;
import org.tourismpolicing.dispatch.application.DispatchBoard;
import org.tourismpolicing.dispatch.application.LiveBoard;

/** The dispatch board: a snapshot, and a live stream of changes (Server-Sent Events). */
@Path("{tenant}/dispatch/board")
@Tag(name = "dispatch: live board", description = "Open incidents and units, live")
@SecurityRequirement(name = "jwt")
@RequestScoped
public class BoardResource {

  @Inject DispatchBoard board;
  @Inject LiveBoard live;
  @Inject CurrentDispatch current;
  @Inject Clock clock;

  @PathParam("tenant")
  @Parameter(description = "Tenant id, e.g. dali-gucheng")
  String tenant;

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  @RolesAllowed({Roles.DISPATCHER, Roles.STATION_LEADER})
  @Operation(summary = "Open incidents, all units and the zones' cover, now")
  public DispatchDtos.BoardView snapshot() {
    var snap = board.snapshot();
    var now = clock.instant();
    var stale = current.settings().stalePositionAfter();
    String currency = current.tenant().currency().getCurrencyCode();
    return new DispatchDtos.BoardView(
        now,
        snap.incidents().stream().map(i -> DispatchViews.incident(i, currency)).toList(),
        snap.units().stream().map(u -> DispatchViews.unit(u, now, stale)).toList(),
        snap.coverage().stream().map(DispatchViews::cover).toList());
  }

  @GET
  @Path("events")
  @Produces(MediaType.SERVER_SENT_EVENTS)
  @RolesAllowed({Roles.DISPATCHER})
  @Operation(
      summary = "Live changes of this tenant's incidents and units (Server-Sent Events)",
      description =
          "Events: hello (on connect), incident, unit, position; data is JSON. Take the snapshot"
              + " first, then apply events.")
  public void events(@Context SseEventSink sink, @Context Sse sse) {
    live.subscribe(current.tenant().id(), sse, sink);
  }
}
