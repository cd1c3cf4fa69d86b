package org.tourismpolicing.kioskregistry.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.tourismpolicing.core.idempotency.Idempotent;
import org.tourismpolicing.core.idempotency.IdempotentIntake;
import org.tourismpolicing.core.problem.ProblemException;
import org.tourismpolicing.core.security.Roles;
import org.tourismpolicing.kioskregistry.application.WalkInService;
import org.tourismpolicing.kioskregistry.domain.WalkIn;
import org.tourismpolicing.kioskregistry.domain.WalkInOutcome;

/**
 * Logging a visitor at a kiosk. A root resource of its own: JAX-RS picks the root resource with the
 * longest literal path first and never backtracks, so under {@code …/kiosks} it would be hidden by
 * {@link KioskResource}.
 */
@Path("{tenant}/kiosk-registry/kiosks/{id}/walk-ins")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "kiosk registry: walk-ins", description = "Visitors served at kiosks")
@SecurityRequirement(name = "jwt")
@RequestScoped
public class WalkInLogResource {

  @Inject WalkInService walkIns;

  @PathParam("tenant")
  @Parameter(description = "Tenant id, e.g. dali-gucheng")
  String tenant;

  @Context UriInfo uri;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Roles.TENANT_ADMIN, Roles.STATION_LEADER, Roles.OFFICER, Roles.DISPATCHER})
  @Operation(
      summary = "Log a visitor served at a kiosk",
      description =
          "Kiosk tablets retry on a bad connection: send an Idempotency-Key and a retry returns"
              + " the first answer instead of logging twice. outcome police-action hands the"
              + " case to dispatch when that module is deployed.")
  @APIResponse(responseCode = "201", description = "Logged (or the replay of the first answer)")
  @Idempotent("kiosk-registry.walk-ins")
  @Parameter(ref = IdempotentIntake.PARAMETER)
  public Response log(@PathParam("id") String kioskId, @NotNull @Valid KioskDtos.WalkInInput body) {
    WalkInOutcome outcome =
        WalkInOutcome.fromCode(body.outcome())
            .orElseThrow(
                () ->
                    ProblemException.invalid("outcome", "walk-in.outcome.unknown", body.outcome()));
    WalkIn w = walkIns.log(kioskId, body.kind(), outcome, body.description(), body.occurredAt());
    return Response.created(
            uri.getBaseUriBuilder()
                .path(tenant)
                .path("kiosk-registry/walk-ins")
                .path(w.id())
                .build())
        .entity(KioskViews.walkIn(w))
        .build();
  }
}
