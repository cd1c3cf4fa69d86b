package org.tourismpolicing.dispatch.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.tourismpolicing.core.conditional.IfMatch;
import org.tourismpolicing.core.geo.GeoPoint;
import org.tourismpolicing.core.idempotency.Idempotent;
import org.tourismpolicing.core.idempotency.IdempotentIntake;
import org.tourismpolicing.core.paging.PageParams;
import org.tourismpolicing.core.problem.ProblemException;
import org.tourismpolicing.core.problem.RequestFields;
import org.tourismpolicing.core.security.Roles;
import org.tourismpolicing.dispatch.application.CurrentDispatch;
import org.tourismpolicing.dispatch.application.UnitService;
import org.tourismpolicing.dispatch.domain.DispatchSettings;
import org.tourismpolicing.dispatch.domain.PatrolMode;
import org.tourismpolicing.dispatch.domain.PatrolUnit;
import org.tourismpolicing.dispatch.domain.UnitState;

/** Patrol units: register, state reports (the state machine), positions. */
@Path("{tenant}/dispatch")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "dispatch: units", description = "Patrol units, their state and positions")
@SecurityRequirement(name = "jwt")
@RequestScoped
public class UnitResource {

  @Inject UnitService units;
  @Inject CurrentDispatch current;
  @Inject Clock clock;

  @PathParam("tenant")
  @Parameter(description = "Tenant id, e.g. dali-gucheng")
  String tenant;

  @Context UriInfo uri;

  @GET
  @Path("units")
  @RolesAllowed({Roles.DISPATCHER, Roles.STATION_LEADER, Roles.TENANT_ADMIN, Roles.OFFICER})
  @Operation(summary = "Patrol units by call sign")
  public DispatchDtos.UnitPage list(
      @QueryParam("state")
          @Parameter(description = "off-duty, patrolling, assigned, en-route, on-scene, clearing")
          String state,
      @QueryParam("zone") String zone,
      @BeanParam PageParams paging) {
    var request = paging.request(100, 500);
    UnitState st = state == null ? null : parseState("state", state);
    var page = units.list(st, zone, request);
    var now = clock.instant();
    var stale = current.settings().stalePositionAfter();
    return new DispatchDtos.UnitPage(
        page.items().stream().map(u -> DispatchViews.unit(u, now, stale)).toList(),
        page.nextCursor());
  }

  @POST
  @Path("units")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Roles.TENANT_ADMIN, Roles.DISPATCHER})
  @Operation(summary = "Register a patrol unit (off duty until it reports patrolling)")
  @APIResponse(responseCode = "201", description = "Registered; Location names it")
  @APIResponse(responseCode = "409", description = "Call sign taken")
  @Idempotent("dispatch.units")
  @Parameter(ref = IdempotentIntake.PARAMETER)
  public Response create(@NotNull @Valid DispatchDtos.NewUnit body) {
    PatrolMode mode = mode(body.mode());
    PatrolUnit u =
        units.create(
            body.callSign(),
            mode,
            body.officers() == null ? List.of() : body.officers(),
            body.homeZone());
    return Response.created(uri.getAbsolutePathBuilder().path(u.id()).build())
        .entity(view(u))
        .build();
  }

  @GET
  @Path("units/{id}")
  @RolesAllowed({Roles.DISPATCHER, Roles.STATION_LEADER, Roles.TENANT_ADMIN, Roles.OFFICER})
  @Operation(summary = "One unit")
  public Response get(@PathParam("id") String id) {
    return Response.ok(view(units.get(id))).build();
  }

  @PUT
  @Path("units/{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Roles.TENANT_ADMIN, Roles.DISPATCHER})
  @Operation(summary = "Change a unit's mode, officers or home zone (If-Match or version)")
  public Response update(
      @PathParam("id") String id,
      @BeanParam IfMatch ifMatch,
      @NotNull @Valid DispatchDtos.UnitChange body) {
    PatrolMode mode = mode(body.mode());
    long expected = ifMatch.expected(body.version(), () -> units.get(id).version());
    PatrolUnit u =
        units.update(
            id,
            expected,
            mode,
            body.officers() == null ? List.of() : body.officers(),
            body.homeZone());
    return Response.ok(view(units.get(id))).build();
  }

  @POST
  @Path("units/{id}/state")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Roles.DISPATCHER, Roles.OFFICER})
  @Operation(
      summary = "Report a unit's state",
      description =
          "off-duty ⇄ patrolling; assigned → en-route (acknowledge) → on-scene (arrive) →"
              + " clearing → patrolling (clear; also straight from on-scene). Officers report for"
              + " their own unit only. Illegal transitions answer 409 naming the current state.")
  @APIResponse(responseCode = "200", description = "The unit in its new state")
  @APIResponse(responseCode = "409", description = "Not allowed from the current state")
  public DispatchDtos.UnitView report(
      @PathParam("id") String id, @NotNull @Valid DispatchDtos.StateReport body) {
    UnitState next = parseState("state", body.state());
    if (next == UnitState.ASSIGNED) {
      throw ProblemException.invalid("state", "unit.state.assigned-by-dispatch");
    }
    units.report(id, next, body.note());
    return view(units.get(id));
  }

  @POST
  @Path("units/{id}/positions")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Roles.DISPATCHER, Roles.OFFICER, Roles.INTEGRATION})
  @Operation(
      summary = "Report one unit's position",
      description = "A report older than the stored one is ignored (stored=0).")
  public DispatchDtos.PositionsStored position(
      @PathParam("id") String id, @NotNull @Valid DispatchDtos.PositionInputAt body) {
    var fields = new RequestFields();
    GeoPoint p =
        fields.position(
            "position.lat",
            "position.lon",
            "position.crs",
            body.position().lat(),
            body.position().lon(),
            body.position().crs());
    fields.throwIfInvalid();
    return new DispatchDtos.PositionsStored(1, units.reportPosition(id, p, body.at()) ? 1 : 0);
  }

  @POST
  @Path("positions")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Roles.DISPATCHER, Roles.INTEGRATION})
  @Operation(
      summary = "Report many units' positions at once (GPS gateway)",
      description =
          "Up to 5000 reports; any unknown unit refuses the whole batch (400, nothing stored)."
              + " Reports older than the stored position are ignored.")
  public DispatchDtos.PositionsStored positions(@NotNull @Valid DispatchDtos.PositionBatch body) {
    var fields = new RequestFields();
    List<UnitService.PositionReport> reports = new ArrayList<>();
    for (int i = 0; i < body.positions().size(); i++) {
      var b = body.positions().get(i);
      String at = "positions[" + i + "].position";
      GeoPoint p =
          fields.position(
              at + ".lat",
              at + ".lon",
              at + ".crs",
              b.position().lat(),
              b.position().lon(),
              b.position().crs());
      if (p != null) {
        reports.add(
            new UnitService.PositionReport(b.unitId(), p.latitude(), p.longitude(), b.at()));
      }
    }
    fields.throwIfInvalid();
    return new DispatchDtos.PositionsStored(reports.size(), units.reportPositions(reports));
  }

  private DispatchDtos.UnitView view(PatrolUnit u) {
    return DispatchViews.unit(u, clock.instant(), current.settings().stalePositionAfter());
  }

  private PatrolMode mode(String mode) {
    DispatchSettings settings = current.settings();
    return settings
        .mode(mode)
        .orElseThrow(
            () ->
                ProblemException.invalid(
                    "mode",
                    "unit.mode.unknown",
                    mode,
                    settings.speedsKmh().keySet().stream()
                        .map(PatrolMode::code)
                        .collect(Collectors.joining(", "))));
  }

  private static UnitState parseState(String field, String state) {
    return UnitState.fromCode(state)
        .orElseThrow(() -> ProblemException.invalid(field, "unit.state.unknown", state));
  }
}
