package org.tourismpolicing.core.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.tourismpolicing.core.geo.GeoPoint;
import org.tourismpolicing.core.geography.Zone;
import org.tourismpolicing.core.problem.ProblemException;
import org.tourismpolicing.core.problem.RequestFields;
import org.tourismpolicing.core.security.Roles;
import org.tourismpolicing.core.tenant.Tenant;
import org.tourismpolicing.core.tenant.TenantContext;
import org.tourismpolicing.core.tenant.TenantDirectory;

/** The public profile of a tenant and its geography: what any client needs to talk to it. */
@Path("{tenant}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "core: tenant", description = "The jurisdiction: profile, zones, roster")
@RequestScoped
public class TenantProfileResource {

  @Inject TenantContext context;
  @Inject TenantDirectory tenants;

  @PathParam("tenant")
  @Parameter(description = "Tenant id, e.g. dali-gucheng")
  String tenantId;

  @GET
  @Path("tenant")
  @PermitAll
  @Operation(
      summary = "The tenant's profile",
      description = "Names, time zone, languages, currency and partner departments.")
  public CoreDtos.TenantProfile profile() {
    Tenant t = tenant();
    return new CoreDtos.TenantProfile(
        t.id().value(),
        t.names().values(),
        t.timeZone().getId(),
        t.languages().stream().map(l -> l.toLanguageTag()).toList(),
        t.currency().getCurrencyCode(),
        t.departments().stream()
            .map(d -> new CoreDtos.DepartmentView(d.code(), d.kind(), d.names().values()))
            .toList(),
        t.tiles() == null
            ? null
            : new CoreDtos.TilesView(
                t.tiles().url(),
                t.tiles().subdomains(),
                t.tiles().attribution(),
                t.tiles().coordinateSystem().name(),
                t.tiles().maxZoom()));
  }

  @GET
  @Path("zones")
  @PermitAll
  @Operation(
      summary = "The tenant's zones",
      description =
          "Zones such as the fast-response zones (快警处置区), with their polygons as GeoJSON"
              + " (WGS-84, [longitude, latitude]) and neighbouring zones.")
  public List<CoreDtos.ZoneView> zones() {
    Tenant t = tenant();
    return t.geography().zones().stream().map(z -> view(t, z)).toList();
  }

  @GET
  @Path("zones/lookup")
  @PermitAll
  @Operation(summary = "The zone a position falls in")
  public CoreDtos.ZoneView zoneAt(
      @QueryParam("lat") @Parameter(description = "Latitude", example = "25.6925") Double lat,
      @QueryParam("lon") @Parameter(description = "Longitude", example = "100.1628") Double lon,
      @QueryParam("crs")
          @Parameter(description = "Coordinate system of lat/lon: WGS84 (default) or GCJ02")
          String crs) {
    var fields = new RequestFields();
    GeoPoint point = fields.position("lat", "lon", "crs", lat, lon, crs);
    fields.throwIfInvalid();
    Tenant t = tenant();
    return t.geography()
        .zoneAt(point)
        .map(z -> view(t, z))
        .orElseThrow(
            () -> ProblemException.notFound("zone", point.latitude() + "," + point.longitude()));
  }

  @GET
  @Path("officers")
  @RolesAllowed({
    Roles.TENANT_ADMIN,
    Roles.STATION_LEADER,
    Roles.DISPATCHER,
    Roles.OFFICER,
    Roles.PLATFORM_ADMIN
  })
  @SecurityRequirement(name = "jwt")
  @Operation(summary = "The station's officer roster")
  public List<CoreDtos.OfficerView> officers() {
    return tenant().officers().stream()
        .map(o -> new CoreDtos.OfficerView(o.badgeNumber(), o.name(), o.team()))
        .toList();
  }

  private Tenant tenant() {
    return tenants.require(context.require());
  }

  private static CoreDtos.ZoneView view(Tenant t, Zone z) {
    var shell = z.polygon().getExteriorRing().getCoordinates();
    List<List<Double>> ring = new java.util.ArrayList<>();
    for (var c : shell) {
      ring.add(List.of(c.x, c.y));
    }
    return new CoreDtos.ZoneView(
        z.code(),
        z.kind(),
        z.names().values(),
        Map.of("type", "Polygon", "coordinates", List.of(ring)),
        List.copyOf(new java.util.TreeSet<>(t.geography().neighboursOf(z.code()))));
  }
}
