package org.tourismpolicing.core.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.tourismpolicing.core.outbox.DeadLetters;
import org.tourismpolicing.core.outbox.OutboxMessage;
import org.tourismpolicing.core.paging.Page;
import org.tourismpolicing.core.paging.PageParams;
import org.tourismpolicing.core.security.Roles;

/**
 * The tenant admin's view of the outbox's dead letters: cross-module hand-offs (a verified tip's
 * incident, a walk-in's incident, a referral's mediation case, a tip's blacklist proposal) that
 * failed every attempt, with the last error; and the retry once the cause is fixed.
 */
@Path("{tenant}/outbox/dead-letters")
@Produces(MediaType.APPLICATION_JSON)
@Tag(
    name = "core: outbox",
    description = "Cross-module hand-offs that failed every delivery attempt, and their retry")
@SecurityRequirement(name = "jwt")
@RequestScoped
public class DeadLetterResource {

  @Inject DeadLetters deadLetters;

  @PathParam("tenant")
  @Parameter(description = "Tenant id, e.g. dali-gucheng")
  String tenant;

  @Schema(description = "A hand-off that ran out of delivery attempts")
  public record DeadLetterView(
      @Schema(example = "6f1c2d9e-3b7a-4c11-9f0e-2a5d8b7c4e10") String id,
      @Schema(example = "VerifiedTipNeedsPolice") String eventType,
      @Schema(example = "dispatch.tip-incidents") String consumer,
      @Schema(description = "DEAD here; PENDING after a retry", example = "DEAD") String state,
      int attempts,
      Instant createdAt,
      Instant deadAt,
      @Schema(
              description = "What the last attempt failed with",
              example = "problem validation.detail; category: incident.category.unknown [other]")
          String lastError) {}

  @Schema(description = "One page of dead letters, newest first")
  public record DeadLetterPage(
      List<DeadLetterView> items,
      @Schema(description = "Pass as cursor for the next page; absent on the last")
          String nextCursor) {}

  @GET
  @RolesAllowed(Roles.TENANT_ADMIN)
  @Operation(
      summary = "Dead letters, newest first",
      description =
          "Hand-offs between modules that failed every attempt (tp.outbox.max-attempts). Keyset"
              + " paging with cursor and limit.")
  @APIResponse(responseCode = "200", description = "One page of dead letters")
  @APIResponse(
      responseCode = "400",
      description = "A cursor not issued by this list, or a bad limit")
  public DeadLetterPage list(@BeanParam PageParams page) {
    Page<DeadLetterView> found = deadLetters.list(page.request()).map(DeadLetterResource::view);
    return new DeadLetterPage(found.items(), found.nextCursor());
  }

  @POST
  @Path("{id}/retry")
  @RolesAllowed(Roles.TENANT_ADMIN)
  @Operation(
      summary = "Retry a dead letter",
      description =
          "Sends the hand-off back to its consumer with a fresh set of attempts, due now. 404 for"
              + " an unknown id (or another tenant's), 409 when it is not dead.")
  @APIResponse(responseCode = "200", description = "Due again, with a fresh set of attempts")
  @APIResponse(responseCode = "404", description = "No such dead letter in this tenant")
  @APIResponse(
      responseCode = "409",
      description = "The hand-off is not dead (pending or delivered)")
  public DeadLetterView retry(
      @PathParam("id") @Parameter(description = "The dead letter's id") String id) {
    return view(deadLetters.retry(id));
  }

  static DeadLetterView view(OutboxMessage m) {
    return new DeadLetterView(
        m.id(),
        m.eventType(),
        m.consumer(),
        m.state().name(),
        m.attempts(),
        m.createdAt(),
        m.deadAt(),
        m.lastError());
  }
}
