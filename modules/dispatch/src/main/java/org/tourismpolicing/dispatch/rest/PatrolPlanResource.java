package org.tourismpolicing.dispatch.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.tourismpolicing.core.conditional.IfMatch;
import org.tourismpolicing.core.geo.GeoPoint;
import org.tourismpolicing.core.i18n.LocalizedText;
import org.tourismpolicing.core.problem.RequestFields;
import org.tourismpolicing.core.security.Roles;
import org.tourismpolicing.dispatch.application.CurrentDispatch;
import org.tourismpolicing.dispatch.application.PatrolPlans;
import org.tourismpolicing.dispatch.domain.PatrolGroup;
import org.tourismpolicing.dispatch.domain.PatrolPlan;

/** Patrol plans for peaks and holidays, who is on plan now, and the zones' coverage. */
@Path("{tenant}/dispatch")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "dispatch: patrol plans", description = "Peak and holiday patrol plans, coverage")
@SecurityRequirement(name = "jwt")
@RequestScoped
public class PatrolPlanResource {

  @Inject PatrolPlans plans;
  @Inject CurrentDispatch current;
  @Inject Clock clock;

  @PathParam("tenant")
  @Parameter(description = "Tenant id, e.g. dali-gucheng")
  String tenant;

  @PUT
  @Path("patrol-plans/{code}")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Roles.STATION_LEADER, Roles.DISPATCHER})
  @Operation(
      summary = "Create or replace a patrol plan",
      description =
          "Groups with shifts (local times; an end not after the start runs past midnight), an"
              + " area (zone) or a route, and units by call sign. Replacing needs If-Match or the"
              + " version read.")
  public Response save(
      @PathParam("code") String code,
      @BeanParam IfMatch ifMatch,
      @NotNull @Valid DispatchDtos.PlanInput body) {
    var fields = new RequestFields();
    fields.require(
        code.matches("^[a-z0-9]+(-[a-z0-9]+)*$") && code.length() <= 40, "code", "validation.code");
    List<PatrolGroup> groups = new ArrayList<>();
    for (int i = 0; i < body.groups().size(); i++) {
      var g = body.groups().get(i);
      List<GeoPoint> route = new ArrayList<>();
      if (g.route() != null) {
        for (int j = 0; j < g.route().size(); j++) {
          var p = g.route().get(j);
          String at = "groups[" + i + "].route[" + j + "]";
          GeoPoint point =
              fields.position(at + ".lat", at + ".lon", at + ".crs", p.lat(), p.lon(), p.crs());
          if (point != null) {
            route.add(point);
          }
        }
      }
      groups.add(
          new PatrolGroup(
              g.code(),
              g.name(),
              LocalTime.parse(g.shiftStart()),
              LocalTime.parse(g.shiftEnd()),
              g.zone(),
              route,
              g.units()));
    }
    fields.throwIfInvalid();
    // a new plan needs no version; replacing one does (the service refuses a blind replace)
    Long expected =
        ifMatch.isPresent()
            ? Long.valueOf(ifMatch.expected(body.version(), () -> plans.versionOf(code)))
            : body.version();
    PatrolPlan plan =
        plans.save(
            code,
            expected,
            new LocalizedText(body.names()),
            body.startsOn(),
            body.endsOn(),
            groups);
    PatrolPlan fresh = plans.get(plan.id());
    return Response.ok(DispatchViews.plan(fresh, plans.groups(fresh))).build();
  }

  @GET
  @Path("patrol-plans")
  @RolesAllowed({Roles.STATION_LEADER, Roles.DISPATCHER, Roles.OFFICER, Roles.TENANT_ADMIN})
  @Operation(summary = "Patrol plans, newest first; activeOn filters by local day")
  public List<DispatchDtos.PlanView> list(
      @QueryParam("activeOn") @Parameter(example = "2026-10-01") String activeOn) {
    var day = activeOn == null ? null : Dates.date("activeOn", activeOn);
    return plans.list(day, 200).stream().map(p -> DispatchViews.plan(p, plans.groups(p))).toList();
  }

  @GET
  @Path("patrol-plans/by-id/{id}")
  @RolesAllowed({Roles.STATION_LEADER, Roles.DISPATCHER, Roles.OFFICER, Roles.TENANT_ADMIN})
  @Operation(summary = "One patrol plan")
  public Response get(@PathParam("id") String id) {
    PatrolPlan p = plans.get(id);
    return Response.ok(DispatchViews.plan(p, plans.groups(p))).build();
  }

  @DELETE
  @Path("patrol-plans/by-id/{id}")
  @RolesAllowed({Roles.STATION_LEADER})
  @Operation(summary = "Delete a patrol plan")
  public Response delete(@PathParam("id") String id) {
    plans.delete(id);
    return Response.noContent().build();
  }

  @GET
  @Path("patrol-plans/on-shift")
  @RolesAllowed({Roles.STATION_LEADER, Roles.DISPATCHER, Roles.OFFICER})
  @Operation(summary = "The plans' groups on their shift now, with their units")
  public List<DispatchDtos.GroupOnShiftView> onShift() {
    var now = clock.instant();
    var stale = current.settings().stalePositionAfter();
    return plans.onShiftNow().stream()
        .map(
            g ->
                new DispatchDtos.GroupOnShiftView(
                    g.planCode(),
                    DispatchViews.group(g.group()),
                    g.units().stream().map(u -> DispatchViews.unit(u, now, stale)).toList()))
        .toList();
  }

  @GET
  @Path("coverage")
  @RolesAllowed({Roles.STATION_LEADER, Roles.DISPATCHER})
  @Operation(
      summary = "Each zone's cover now",
      description =
          "Units by home zone: available (patrolling), busy, off duty, and on a plan's shift now;"
              + " uncovered when no unit is available.")
  public List<DispatchDtos.ZoneCoverView> coverage() {
    return plans.coverage().stream().map(DispatchViews::cover).toList();
  }
}
