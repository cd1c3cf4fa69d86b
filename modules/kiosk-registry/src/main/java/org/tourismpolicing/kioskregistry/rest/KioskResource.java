package org.tourismpolicing.kioskregistry.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
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
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.tourismpolicing.core.conditional.IfMatch;
import org.tourismpolicing.core.idempotency.Idempotent;
import org.tourismpolicing.core.idempotency.IdempotentIntake;
import org.tourismpolicing.core.paging.PageParams;
import org.tourismpolicing.core.problem.ProblemException;
import org.tourismpolicing.core.problem.RequestFields;
import org.tourismpolicing.core.security.Roles;
import org.tourismpolicing.core.tenant.Tenant;
import org.tourismpolicing.kioskregistry.application.CurrentTenant;
import org.tourismpolicing.kioskregistry.application.KioskService;
import org.tourismpolicing.kioskregistry.application.KioskWithAmenities;
import org.tourismpolicing.kioskregistry.domain.DutyAssignment;
import org.tourismpolicing.kioskregistry.domain.KioskDetails;
import org.tourismpolicing.kioskregistry.domain.KioskStatus;
import org.tourismpolicing.kioskregistry.domain.KioskType;
import org.tourismpolicing.kioskregistry.domain.Shift;

/** Staff management of kiosks and duty points: register, describe, status, stock, roster. */
@Path("{tenant}/kiosk-registry/kiosks")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "kiosk registry", description = "Police kiosks (警务亭) and duty points (执勤点)")
@SecurityRequirement(name = "jwt")
@RequestScoped
public class KioskResource {

  @Inject KioskService kiosks;
  @Inject CurrentTenant currentTenant;
  @Inject Clock clock;

  @PathParam("tenant")
  @Parameter(description = "Tenant id, e.g. dali-gucheng")
  String tenant;

  @Context UriInfo uri;

  @GET
  @RolesAllowed({Roles.TENANT_ADMIN, Roles.STATION_LEADER, Roles.DISPATCHER, Roles.OFFICER})
  @Operation(
      summary = "List kiosks and duty points",
      description = "Ordered by code; page with cursor.")
  public KioskDtos.KioskPage list(
      @QueryParam("type") @Parameter(description = "kiosk or duty-point") String type,
      @QueryParam("zone") @Parameter(example = "south") String zone,
      @QueryParam("status") @Parameter(description = "open, suspended or closed") String status,
      @QueryParam("code")
          @Parameter(description = "Exactly this kiosk code", example = "south-gate")
          String code,
      @BeanParam PageParams paging) {
    var fields = new RequestFields();
    KioskType t = type == null ? null : KioskType.fromCode(type).orElse(null);
    fields.require(type == null || t != null, "type", "kiosk.type.unknown", type);
    KioskStatus s = status == null ? null : KioskStatus.fromCode(status).orElse(null);
    fields.require(status == null || s != null, "status", "kiosk.status.unknown", status);
    fields.throwIfInvalid();
    var page = kiosks.list(t, zone, s, code, paging.request());
    Tenant tenant = currentTenant.tenant();
    var holidays = currentTenant.holidays();
    var now = clock.instant();
    return new KioskDtos.KioskPage(
        page.items().stream()
            .map(k -> KioskViews.kiosk(k, now, tenant.timeZone(), holidays))
            .toList(),
        page.nextCursor());
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Roles.TENANT_ADMIN, Roles.STATION_LEADER})
  @Operation(summary = "Register a kiosk or duty point")
  @APIResponse(
      responseCode = "201",
      description = "Registered; Location names it",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = KioskDtos.KioskView.class)))
  @Idempotent("kiosk-registry.kiosks")
  @Parameter(ref = IdempotentIntake.PARAMETER)
  public Response create(@NotNull @Valid KioskDtos.NewKiosk body) {
    KioskDetails details = KioskInputs.details(currentTenant.tenant(), body);
    KioskWithAmenities created =
        kiosks.create(
            body.code(),
            details,
            body.amenities() == null
                ? new LinkedHashMap<>()
                : new LinkedHashMap<>(body.amenities()));
    return Response.created(uri.getAbsolutePathBuilder().path(created.kiosk().id()).build())
        .entity(view(created))
        .build();
  }

  @GET
  @Path("{id}")
  @RolesAllowed({Roles.TENANT_ADMIN, Roles.STATION_LEADER, Roles.DISPATCHER, Roles.OFFICER})
  @Operation(
      summary = "One kiosk",
      description = "The ETag is the version, for If-Match on changes.")
  @APIResponse(
      responseCode = "200",
      description = "The kiosk",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = KioskDtos.KioskView.class)))
  public Response get(@PathParam("id") String id) {
    return Response.ok(view(kiosks.get(id))).build();
  }

  @PUT
  @Path("{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Roles.TENANT_ADMIN, Roles.STATION_LEADER})
  @Operation(
      summary = "Change a kiosk's description",
      description =
          "Send the version you read in the body (a newer one answers 409) or as If-Match with"
              + " its ETag (412); with neither, 428.")
  public Response update(
      @PathParam("id") String id,
      @BeanParam IfMatch ifMatch,
      @NotNull @Valid KioskDtos.KioskUpdate body) {
    long expected = ifMatch.expected(body.version(), () -> kiosks.get(id).kiosk().version());
    KioskDetails details = KioskInputs.details(currentTenant.tenant(), body);
    return Response.ok(view(kiosks.update(id, expected, details))).build();
  }

  @PUT
  @Path("{id}/status")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Roles.TENANT_ADMIN, Roles.STATION_LEADER, Roles.OFFICER})
  @Operation(
      summary = "Open, suspend or close a kiosk",
      description = "A suspension may carry until: the kiosk then serves again by itself.")
  public Response changeStatus(
      @PathParam("id") String id,
      @BeanParam IfMatch ifMatch,
      @NotNull @Valid KioskDtos.StatusChange body) {
    long expected = ifMatch.expected(body.version(), () -> kiosks.get(id).kiosk().version());
    KioskStatus status =
        KioskStatus.fromCode(body.status())
            .orElseThrow(
                () -> ProblemException.invalid("status", "kiosk.status.unknown", body.status()));
    return Response.ok(view(kiosks.changeStatus(id, expected, status, body.reason(), body.until())))
        .build();
  }

  @PUT
  @Path("{id}/amenities/{kind}")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Roles.TENANT_ADMIN, Roles.STATION_LEADER, Roles.OFFICER})
  @Operation(summary = "Set an amenity's stock (after a stock-take), adding it if new")
  public KioskDtos.AmenityView setStock(
      @PathParam("id") String id,
      @PathParam("kind") @Parameter(example = "umbrella") String kind,
      @NotNull @Valid KioskDtos.StockSetting body) {
    return KioskViews.amenity(kiosks.setStock(id, kind, body.stock()));
  }

  @POST
  @Path("{id}/amenities/{kind}/adjustments")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Roles.TENANT_ADMIN, Roles.STATION_LEADER, Roles.OFFICER})
  @Operation(
      summary = "Lend out or take back units",
      description = "delta -1 when an umbrella is lent; refused (422) if it would go below zero.")
  public KioskDtos.AmenityView adjustStock(
      @PathParam("id") String id,
      @PathParam("kind") String kind,
      @NotNull @Valid KioskDtos.StockAdjustment body) {
    return KioskViews.amenity(kiosks.adjustStock(id, kind, body.delta(), body.reason()));
  }

  @GET
  @Path("{id}/duty")
  @RolesAllowed({Roles.TENANT_ADMIN, Roles.STATION_LEADER, Roles.DISPATCHER, Roles.OFFICER})
  @Operation(
      summary = "A kiosk's roster for a date, and who is on duty now",
      description = "Date defaults to today on the tenant's clock.")
  public KioskDtos.DutyView duty(
      @PathParam("id") String id,
      @QueryParam("date") @Parameter(example = "2026-10-01") String date) {
    Tenant tenant = currentTenant.tenant();
    LocalDateTime now = LocalDateTime.ofInstant(clock.instant(), tenant.timeZone());
    LocalDate day = date == null ? now.toLocalDate() : parseDate("date", date);
    List<KioskDtos.ShiftDuty> shifts = shiftDuties(tenant, kiosks.roster(id, day));
    String current = null;
    List<KioskDtos.OfficerOnDuty> onDuty = List.of();
    for (Shift s : currentTenant.settings().shifts()) {
      Optional<LocalDate> running = s.runningAt(now);
      if (running.isPresent()) {
        current = s.code();
        onDuty =
            shiftDuties(tenant, kiosks.roster(id, running.get())).stream()
                .filter(d -> d.shift().equals(s.code()))
                .findFirst()
                .map(KioskDtos.ShiftDuty::officers)
                .orElse(List.of());
        break;
      }
    }
    return new KioskDtos.DutyView(day, shifts, current, onDuty);
  }

  @PUT
  @Path("{id}/duty/{date}/{shift}")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Roles.TENANT_ADMIN, Roles.STATION_LEADER})
  @Operation(
      summary = "Roster officers for one shift on one date",
      description =
          "Replaces the everyday roster on that date. An officer cannot stand at two kiosks in one shift (409).")
  public KioskDtos.DutyView assignDuty(
      @PathParam("id") String id,
      @PathParam("date") @Pattern(regexp = "^\\d{4}-\\d{2}-\\d{2}$") String date,
      @PathParam("shift") String shift,
      @NotNull @Valid KioskDtos.DutyInput body) {
    LocalDate day = parseDate("date", date);
    kiosks.assignDuty(id, day, shift, body.badges());
    return duty(id, date);
  }

  private List<KioskDtos.ShiftDuty> shiftDuties(Tenant tenant, List<DutyAssignment> roster) {
    List<KioskDtos.ShiftDuty> result = new ArrayList<>();
    for (DutyAssignment d : roster) {
      Shift s = currentTenant.settings().shift(d.shiftCode()).orElse(null);
      if (s == null) {
        continue;
      }
      result.add(
          new KioskDtos.ShiftDuty(
              s.code(),
              s.start().toString(),
              s.end().toString(),
              d.isDefault() ? "default" : "date",
              d.badges().stream()
                  .map(
                      b ->
                          new KioskDtos.OfficerOnDuty(
                              b, tenant.officer(b).map(Tenant.Officer::name).orElse(null)))
                  .toList()));
    }
    return result;
  }

  private KioskDtos.KioskView view(KioskWithAmenities k) {
    Tenant tenant = currentTenant.tenant();
    return KioskViews.kiosk(k, clock.instant(), tenant.timeZone(), currentTenant.holidays());
  }

  static LocalDate parseDate(String field, String value) {
    try {
      return LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      throw ProblemException.invalid(field, "validation.date", value);
    }
  }
}
