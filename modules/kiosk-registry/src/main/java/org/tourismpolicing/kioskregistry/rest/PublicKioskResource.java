package org.tourismpolicing.kioskregistry.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.tourismpolicing.core.geo.GeoPoint;
import org.tourismpolicing.core.problem.RequestFields;
import org.tourismpolicing.kioskregistry.application.KioskFinder;

/**
 * What a tourist's phone asks, without logging in: which police kiosks are open now, and the
 * nearest open one (with an umbrella, a first-aid kit …), with distance and walking time.
 */
@Path("{tenant}/kiosk-registry/public/kiosks")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "kiosk registry: public", description = "For tourists; no login")
@RequestScoped
public class PublicKioskResource {

  @Inject KioskFinder finder;

  @PathParam("tenant")
  @Parameter(description = "Tenant id, e.g. dali-gucheng")
  String tenant;

  @GET
  @Path("open-now")
  @PermitAll
  @Operation(
      summary = "Kiosks open now",
      description = "In service and within opening hours on the tenant's clock, by code.")
  public List<KioskDtos.PublicKioskView> openNow(
      @QueryParam("amenity")
          @Parameter(
              description = "Only kiosks where this amenity is available now",
              example = "umbrella")
          String amenity) {
    return finder.openNow(amenity).stream().map(KioskViews::open).toList();
  }

  @GET
  @Path("nearest")
  @PermitAll
  @Operation(
      summary = "The nearest open kiosks to a position",
      description =
          "Nearest first, with straight-line distance and an estimated walk. Positions from"
              + " Chinese map apps are GCJ-02: say crs=GCJ02 and they are converted.")
  public List<KioskDtos.PublicKioskView> nearest(
      @QueryParam("lat") @Parameter(description = "Latitude", example = "25.6925") Double lat,
      @QueryParam("lon") @Parameter(description = "Longitude", example = "100.1628") Double lon,
      @QueryParam("crs") @Parameter(description = "WGS84 (default) or GCJ02") String crs,
      @QueryParam("amenity") @Parameter(example = "first-aid-kit") String amenity,
      @QueryParam("limit") @Parameter(description = "1 to 20, default 3") Integer limit) {
    var fields = new RequestFields();
    GeoPoint from = fields.position("lat", "lon", "crs", lat, lon, crs);
    int size = limit == null ? 3 : limit;
    fields.require(size >= 1 && size <= 20, "limit", "paging.limit.range", 1, 20);
    fields.throwIfInvalid();
    return finder.nearest(from, amenity, size).stream().map(KioskViews::open).toList();
  }
}
