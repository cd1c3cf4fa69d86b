package org.tourismpolicing.informantrewards.rest;

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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.tourismpolicing.core.idempotency.Idempotent;
import org.tourismpolicing.core.idempotency.IdempotentIntake;
import org.tourismpolicing.core.paging.PageRequest;
import org.tourismpolicing.core.security.CallerIdentity;
import org.tourismpolicing.core.security.Roles;
import org.tourismpolicing.informantrewards.application.TipService;
import org.tourismpolicing.informantrewards.domain.Tip;

/**
 * A registered informant's own tips, with an informant token whose subject is the informant id
 * (answered at registration). Another informant's tip answers 404.
 */
@Path("{tenant}/informant-rewards/me")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "informant rewards (informant)", description = "A registered informant's own tips")
@SecurityRequirement(name = "jwt")
@RequestScoped
public class InformantSelfResource {

  @Inject TipService tips;
  @Inject CallerIdentity caller;

  @PathParam("tenant")
  @Parameter(description = "Tenant id, e.g. dali-gucheng")
  String tenant;

  @GET
  @Path("tips")
  @RolesAllowed(Roles.INFORMANT)
  @Operation(summary = "My tips, newest first (the latest 100)")
  @APIResponse(responseCode = "200", description = "The informant's tips")
  public List<InformantRewardsDtos.InformantTipView> myTips() {
    return tips.list(null, null, caller.name(), PageRequest.first(100)).items().stream()
        .map(t -> InformantRewardsViews.forInformant(t, List.of()))
        .toList();
  }

  @GET
  @Path("tips/{tipId}")
  @RolesAllowed(Roles.INFORMANT)
  @Operation(summary = "One of my tips with its messages")
  @APIResponse(responseCode = "200", description = "The tip")
  @APIResponse(responseCode = "404", description = "Not one of the caller's tips")
  public InformantRewardsDtos.InformantTipView myTip(@PathParam("tipId") String tipId) {
    Tip tip = tips.ownTip(caller.name(), tipId);
    return InformantRewardsViews.forInformant(tip, tips.messages(tip.id()));
  }

  @POST
  @Path("tips/{tipId}/messages")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Roles.INFORMANT)
  @Operation(summary = "Write to the handler of one of my tips")
  @APIResponse(responseCode = "201", description = "Sent")
  @APIResponse(responseCode = "404", description = "Not one of the caller's tips")
  @Idempotent("informant-rewards.own-messages")
  @Parameter(ref = IdempotentIntake.PARAMETER)
  public Response write(
      @PathParam("tipId") String tipId, @NotNull @Valid InformantRewardsDtos.NewMessage body) {
    Tip tip = tips.ownTip(caller.name(), tipId);
    return Response.status(Response.Status.CREATED)
        .entity(InformantRewardsViews.message(tips.informantWrites(tip, body.body())))
        .build();
  }
}
