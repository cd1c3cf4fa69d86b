package org.tourismpolicing.mediation.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.tourismpolicing.core.idempotency.Idempotent;
import org.tourismpolicing.core.idempotency.IdempotentIntake;
import org.tourismpolicing.core.problem.ProblemException;
import org.tourismpolicing.core.security.Roles;
import org.tourismpolicing.mediation.application.MediationTenant;
import org.tourismpolicing.mediation.application.MediatorService;

/** The mediators' roster (from the tenant's document) and their duty shifts. */
@Path("{tenant}/mediation")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "mediation", description = "Dispute cases of the mediation room (Dali: 阿鹏调解室)")
@SecurityRequirement(name = "jwt")
@RequestScoped
public class MediatorResource {

  /** The longest range of days one shift listing may cover. */
  static final int MAX_DAYS = 62;

  @Inject MediatorService mediators;
  @Inject MediationTenant current;
  @Inject Clock clock;

  @PathParam("tenant")
  @Parameter(description = "Tenant id, e.g. dali-gucheng")
  String tenant;

  @GET
  @Path("mediators")
  @RolesAllowed({Roles.MEDIATOR, Roles.STATION_LEADER, Roles.TENANT_ADMIN})
  @Operation(
      summary = "The mediators, who is on duty now and how many open cases each carries",
      description = "A station has a handful of mediators: one list, ordered by code.")
  public List<MediationDtos.MediatorView> roster() {
    return mediators.roster().stream().map(MediationViews::mediator).toList();
  }

  @POST
  @Path("mediators/{code}/duty-shifts")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Roles.STATION_LEADER, Roles.TENANT_ADMIN})
  @Operation(
      summary = "Put a mediator on duty",
      description = "At most 24 hours; a mediator's shifts may not overlap (409).")
  @APIResponse(responseCode = "201", description = "Added")
  @Idempotent("mediation.duty-shifts")
  @Parameter(ref = IdempotentIntake.PARAMETER)
  public Response addShift(
      @PathParam("code") String code, @NotNull @Valid MediationDtos.NewShift body) {
    var shift = mediators.addShift(code, body.startsAt(), body.endsAt());
    return Response.status(Response.Status.CREATED)
        .entity(MediationViews.shift(shift, mediators.codesById()))
        .build();
  }

  @GET
  @Path("duty-shifts")
  @RolesAllowed({Roles.MEDIATOR, Roles.STATION_LEADER, Roles.TENANT_ADMIN})
  @Operation(
      summary = "Duty shifts of a period",
      description = "From and to are local dates of the tenant (default: today), at most 62 days.")
  public List<MediationDtos.ShiftView> shifts(
      @QueryParam("from") @Parameter(example = "2026-10-01") String from,
      @QueryParam("to") @Parameter(example = "2026-10-07") String to) {
    ZoneId zone = current.tenant().timeZone();
    LocalDate today = current.tenant().today(clock);
    LocalDate start = from == null ? today : MediationInputs.date("from", from);
    LocalDate end = to == null ? start : MediationInputs.date("to", to);
    if (end.isBefore(start)) {
      throw ProblemException.invalid("to", "period.range-reversed");
    }
    if (start.plusDays(MAX_DAYS).isBefore(end)) {
      throw ProblemException.invalid("to", "period.range-too-long", MAX_DAYS);
    }
    var codes = mediators.codesById();
    return mediators
        .shifts(
            start.atStartOfDay(zone).toInstant(), end.plusDays(1).atStartOfDay(zone).toInstant())
        .stream()
        .map(s -> MediationViews.shift(s, codes))
        .toList();
  }
}
