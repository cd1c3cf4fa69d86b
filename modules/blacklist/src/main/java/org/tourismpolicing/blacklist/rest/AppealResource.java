package org.tourismpolicing.blacklist.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.tourismpolicing.blacklist.application.AppealService;
import org.tourismpolicing.blacklist.domain.Appeal;
import org.tourismpolicing.blacklist.domain.AppealStatus;
import org.tourismpolicing.core.conditional.IfMatch;
import org.tourismpolicing.core.problem.RequestFields;
import org.tourismpolicing.core.security.Roles;

/** Appeals against listings: review and decision. */
@Path("{tenant}/blacklist/appeals")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "blacklist", description = "The joint tourism blacklist (涉旅黑名单)")
@SecurityRequirement(name = "jwt")
@RequestScoped
public class AppealResource {

  @Inject AppealService appeals;

  @PathParam("tenant")
  @Parameter(description = "Tenant id, e.g. dali-gucheng")
  String tenant;

  @GET
  @Path("{id}")
  @RolesAllowed({Roles.STATION_LEADER, Roles.OFFICER, Roles.TENANT_ADMIN, Roles.PARTNER_DEPARTMENT})
  @Operation(summary = "One appeal", description = "The ETag is the version, for If-Match.")
  public Response get(@PathParam("id") String id) {
    return answer(appeals.get(id));
  }

  @POST
  @Path("{id}/review")
  @RolesAllowed({Roles.STATION_LEADER, Roles.PARTNER_DEPARTMENT})
  @Operation(
      summary = "Start reviewing an appeal",
      description =
          "The listing is suspended meanwhile when the tenant's appeals.suspendDuringReview says so"
              + " (default). Needs If-Match.")
  public Response review(@PathParam("id") String id, @BeanParam IfMatch ifMatch) {
    long version = ifMatch.expected(() -> appeals.get(id).version());
    return answer(appeals.startReview(id, version));
  }

  @POST
  @Path("{id}/decision")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Roles.STATION_LEADER, Roles.PARTNER_DEPARTMENT})
  @Operation(
      summary = "Decide an appeal under review",
      description =
          "upheld: the listing stands (active again if it was suspended); overturned: the listing"
              + " ends as revoked-by-appeal. Needs If-Match.")
  public Response decide(
      @PathParam("id") String id,
      @BeanParam IfMatch ifMatch,
      @NotNull @Valid BlacklistDtos.AppealDecision body) {
    var fields = new RequestFields();
    AppealStatus outcome =
        BlacklistInputs.code(fields, "outcome", AppealStatus.class, body.outcome());
    fields.require(outcome == null || outcome.isDecided(), "outcome", "appeal.outcome.invalid");
    fields.throwIfInvalid();
    long version = ifMatch.expected(() -> appeals.get(id).version());
    return answer(appeals.decide(id, version, outcome, body.note()));
  }

  private static Response answer(Appeal a) {
    return Response.ok(BlacklistViews.appeal(a)).build();
  }
}
