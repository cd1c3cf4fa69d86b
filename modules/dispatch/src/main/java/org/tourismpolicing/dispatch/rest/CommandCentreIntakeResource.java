package org.tourismpolicing.dispatch.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
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
import org.tourismpolicing.core.problem.RequestFields;
import org.tourismpolicing.core.security.Roles;
import org.tourismpolicing.dispatch.application.CurrentDispatch;
import org.tourismpolicing.dispatch.application.IncidentService;
import org.tourismpolicing.dispatch.domain.Incident;
import org.tourismpolicing.dispatch.domain.IncidentSource;

/**
 * Intake from the city 110 command centre: an integration endpoint. The centre's incident number is
 * the Idempotency-Key, so however often the centre retries, one incident exists per number.
 */
@Path("{tenant}/dispatch/intake/110")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "dispatch: 110 intake", description = "Incidents handed over by the 110 centre")
@SecurityRequirement(name = "jwt")
@RequestScoped
public class CommandCentreIntakeResource {

  @Inject IncidentService incidents;
  @Inject CurrentDispatch current;

  @PathParam("tenant")
  @Parameter(description = "Tenant id, e.g. dali-gucheng")
  String tenant;

  @Context UriInfo uri;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Roles.INTEGRATION})
  @Operation(
      summary = "Hand over an incident from the 110 centre",
      description =
          "Idempotency-Key is required and must equal externalNumber. A retry with the same key"
              + " and body returns the first answer (Idempotent-Replayed: true); the same key with"
              + " another body answers 422.")
  @APIResponse(responseCode = "201", description = "Received; Location names it")
  @APIResponse(responseCode = "400", description = "Missing key, key ≠ externalNumber, bad body")
  @APIResponse(responseCode = "422", description = "Key reused with another body")
  @Idempotent(value = "dispatch.intake-110", required = true)
  public Response handOver(
      @HeaderParam(IdempotentIntake.HEADER)
          @Parameter(required = true, example = "110-20261001-000123")
          String key,
      @NotNull @Valid DispatchDtos.CommandCentreIncident body) {
    var fields = new RequestFields();
    fields.require(key.equals(body.externalNumber()), "externalNumber", "intake.key-mismatch");
    var position =
        fields.position(
            "position.lat",
            "position.lon",
            "position.crs",
            body.position().lat(),
            body.position().lon(),
            body.position().crs());
    fields.throwIfInvalid();
    Incident i =
        incidents.receive(
            new IncidentService.Intake(
                IncidentSource.COMMAND_CENTRE,
                body.externalNumber(),
                body.category(),
                body.priority(),
                position,
                IncidentResource.report(body.reporter(), body.description()),
                body.receivedAt()));
    return Response.created(
            uri.getBaseUriBuilder().path(tenant).path("dispatch/incidents").path(i.id()).build())
        .entity(DispatchViews.incident(i, current.tenant().currency().getCurrencyCode()))
        .build();
  }
}
