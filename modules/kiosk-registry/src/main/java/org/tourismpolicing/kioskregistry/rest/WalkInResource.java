package org.tourismpolicing.kioskregistry.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.tourismpolicing.core.paging.PageParams;
import org.tourismpolicing.core.security.Roles;
import org.tourismpolicing.kioskregistry.application.CurrentTenant;
import org.tourismpolicing.kioskregistry.application.WalkInService;

/** The walk-in service log of the kiosks and its daily counts. */
@Path("{tenant}/kiosk-registry")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "kiosk registry: walk-ins", description = "Visitors served at kiosks")
@SecurityRequirement(name = "jwt")
@RequestScoped
public class WalkInResource {

  @Inject WalkInService walkIns;
  @Inject CurrentTenant currentTenant;
  @Inject Clock clock;

  @PathParam("tenant")
  @Parameter(description = "Tenant id, e.g. dali-gucheng")
  String tenant;

  @Context UriInfo uri;

  @GET
  @Path("walk-ins")
  @RolesAllowed({Roles.TENANT_ADMIN, Roles.STATION_LEADER, Roles.OFFICER, Roles.DISPATCHER})
  @Operation(
      summary = "Walk-ins, newest first",
      description = "Dates are local days on the tenant's clock.")
  public KioskDtos.WalkInPage list(
      @QueryParam("kioskId") String kioskId,
      @QueryParam("kind") @Parameter(example = "lost-property") String kind,
      @QueryParam("from") @Parameter(example = "2026-10-01") String from,
      @QueryParam("to") @Parameter(example = "2026-10-07") String to,
      @BeanParam PageParams paging) {
    var page =
        walkIns.list(
            kioskId,
            kind,
            from == null ? null : KioskResource.parseDate("from", from),
            to == null ? null : KioskResource.parseDate("to", to),
            paging.request());
    return new KioskDtos.WalkInPage(
        page.items().stream().map(KioskViews::walkIn).toList(), page.nextCursor());
  }

  @GET
  @Path("walk-ins/{walkInId}")
  @RolesAllowed({Roles.TENANT_ADMIN, Roles.STATION_LEADER, Roles.OFFICER, Roles.DISPATCHER})
  @Operation(summary = "One walk-in")
  public KioskDtos.WalkInView get(@PathParam("walkInId") String id) {
    return KioskViews.walkIn(walkIns.get(id));
  }

  @GET
  @Path("walk-ins/daily-counts")
  @RolesAllowed({Roles.TENANT_ADMIN, Roles.STATION_LEADER, Roles.DISPATCHER})
  @Operation(
      summary = "Walk-ins per kiosk and local day, by kind",
      description =
          "from/to are inclusive local dates (default: the last 7 days); at most 366 days.")
  public List<KioskDtos.DailyCountView> dailyCounts(
      @QueryParam("from") String from,
      @QueryParam("to") String to,
      @QueryParam("kioskId") String kioskId) {
    LocalDate today = currentTenant.tenant().today(clock);
    LocalDate end = to == null ? today : KioskResource.parseDate("to", to);
    LocalDate start = from == null ? end.minusDays(6) : KioskResource.parseDate("from", from);
    return walkIns.dailyCounts(start, end, kioskId).stream()
        .map(
            c ->
                new KioskDtos.DailyCountView(
                    c.date(), c.kioskId(), c.kioskCode(), c.total(), c.byKind()))
        .toList();
  }
}
