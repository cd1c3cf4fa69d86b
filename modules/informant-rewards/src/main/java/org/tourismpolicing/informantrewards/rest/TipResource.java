package org.tourismpolicing.informantrewards.rest;

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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Map;
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
import org.tourismpolicing.core.security.Roles;
import org.tourismpolicing.informantrewards.application.RewardService;
import org.tourismpolicing.informantrewards.application.TipService;
import org.tourismpolicing.informantrewards.domain.Tip;
import org.tourismpolicing.informantrewards.domain.TipStatus;

/**
 * Tips as the police work them: review, verification, messages to the informant, photos, police
 * action and blacklist proposals, and the reward proposal. The informant appears only by pseudonym.
 */
@Path("{tenant}/informant-rewards/tips")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "informant rewards: tips", description = "Review and verification of tips")
@SecurityRequirement(name = "jwt")
@RequestScoped
public class TipResource {

  /** The review steps by their API names. */
  static final Map<String, TipStatus> STEPS =
      Map.of(
          "start-review", TipStatus.UNDER_REVIEW,
          "accept", TipStatus.ACCEPTED,
          "reject", TipStatus.REJECTED,
          "start-verification", TipStatus.VERIFYING,
          "verified-true", TipStatus.VERIFIED_TRUE,
          "verified-false", TipStatus.VERIFIED_FALSE,
          "no-reward", TipStatus.NO_REWARD);

  @Inject TipService tips;
  @Inject RewardService rewards;

  @PathParam("tenant")
  @Parameter(description = "Tenant id, e.g. dali-gucheng")
  String tenant;

  @Context UriInfo uri;

  @GET
  @RolesAllowed({
    Roles.INFORMANT_HANDLER,
    Roles.REWARD_APPROVER,
    Roles.OFFICER,
    Roles.STATION_LEADER
  })
  @Operation(summary = "Tips, newest first, filtered by status and category")
  @APIResponse(responseCode = "200", description = "A page of tips")
  @APIResponse(responseCode = "400", description = "Unknown status, bad cursor or limit")
  public InformantRewardsDtos.TipPage list(
      @QueryParam("status") @Parameter(example = "submitted") String status,
      @QueryParam("category") @Parameter(example = "illegal-lodging") String category,
      @BeanParam PageParams paging) {
    var request = paging.request(20, 100);
    TipStatus s =
        status == null
            ? null
            : TipStatus.fromCode(status)
                .orElseThrow(
                    () -> ProblemException.invalid("status", "tip.status.unknown", status));
    var page = tips.list(s, category, null, request);
    return new InformantRewardsDtos.TipPage(
        page.items().stream().map(t -> InformantRewardsViews.tip(t, null)).toList(),
        page.nextCursor());
  }

  @GET
  @Path("{tipId}")
  @RolesAllowed({
    Roles.INFORMANT_HANDLER,
    Roles.REWARD_APPROVER,
    Roles.OFFICER,
    Roles.STATION_LEADER
  })
  @Operation(summary = "A tip with its messages, photos, reward and payment")
  @APIResponse(
      responseCode = "200",
      description = "The tip; ETag is its version",
      content =
          @Content(
              mediaType = "application/json",
              schema = @Schema(implementation = InformantRewardsDtos.TipFileView.class)))
  @APIResponse(responseCode = "404", description = "No such tip in this tenant")
  public Response get(@PathParam("tipId") String tipId) {
    var file = tips.file(tipId);
    return Response.ok(InformantRewardsViews.file(file)).build();
  }

  @POST
  @Path("{tipId}/steps")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Roles.INFORMANT_HANDLER, Roles.OFFICER})
  @Operation(
      summary = "Move a tip on: review, accept/reject, verify, close without reward",
      description =
          "step is start-review, accept, reject, start-verification, verified-true,"
              + " verified-false or no-reward. The version seen comes in If-Match or the body."
              + " An illegal move answers 409 naming the current status.")
  @APIResponse(responseCode = "200", description = "Moved; ETag is the new version")
  @APIResponse(responseCode = "400", description = "Unknown step")
  @APIResponse(responseCode = "404", description = "No such tip in this tenant")
  @APIResponse(responseCode = "409", description = "Illegal move, or an older version")
  @APIResponse(responseCode = "412", description = "If-Match is not the current version")
  @APIResponse(responseCode = "428", description = "Neither If-Match nor version given")
  public Response step(
      @PathParam("tipId") String tipId,
      @BeanParam IfMatch ifMatch,
      @NotNull @Valid InformantRewardsDtos.TipStep body) {
    TipStatus next = STEPS.get(body.step());
    if (next == null) {
      throw ProblemException.invalid("step", "tip.step.unknown", body.step());
    }
    long expected = ifMatch.expected(body.version(), () -> tips.require(tipId).version());
    Tip tip = tips.move(tipId, expected, next, body.note());
    return Response.ok(InformantRewardsViews.tip(tip, null)).build();
  }

  @POST
  @Path("{tipId}/messages")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Roles.INFORMANT_HANDLER)
  @Operation(summary = "Write to the informant (who sees it as from the handler)")
  @APIResponse(responseCode = "201", description = "Sent")
  @APIResponse(responseCode = "404", description = "No such tip in this tenant")
  @Idempotent("informant-rewards.messages")
  @Parameter(ref = IdempotentIntake.PARAMETER)
  public Response write(
      @PathParam("tipId") String tipId, @NotNull @Valid InformantRewardsDtos.NewMessage body) {
    return Response.status(Response.Status.CREATED)
        .entity(InformantRewardsViews.message(tips.handlerWrites(tipId, body.body())))
        .build();
  }

  @GET
  @Path("{tipId}/photos/{photoId}")
  @Produces({"image/jpeg", "image/png", MediaType.APPLICATION_JSON})
  @RolesAllowed({Roles.INFORMANT_HANDLER, Roles.OFFICER, Roles.STATION_LEADER})
  @Operation(summary = "Download a photo of a tip")
  @APIResponse(responseCode = "200", description = "The photo as received")
  @APIResponse(responseCode = "404", description = "No such tip or photo in this tenant")
  public Response photo(@PathParam("tipId") String tipId, @PathParam("photoId") String photoId) {
    var p = tips.photo(tipId, photoId);
    return Response.ok(p.content(), p.mediaType())
        .header("Content-Disposition", "attachment; filename=\"" + p.id() + "\"")
        .header(HttpHeaders.CACHE_CONTROL, "no-store")
        .build();
  }

  @POST
  @Path("{tipId}/police-action")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Roles.INFORMANT_HANDLER)
  @Operation(
      summary = "Ask for police action on a verified-true tip",
      description =
          "Raises VerifiedTipNeedsPolice through core's outbox; with dispatch deployed, an"
              + " incident is opened shortly after the answer. Works without dispatch (nothing"
              + " consumes it then).")
  @APIResponse(responseCode = "202", description = "Requested")
  @APIResponse(responseCode = "404", description = "No such tip in this tenant")
  @APIResponse(responseCode = "409", description = "The tip is not verified true")
  @Idempotent("informant-rewards.police-action")
  @Parameter(ref = IdempotentIntake.PARAMETER)
  public Response policeAction(
      @PathParam("tipId") String tipId, @NotNull @Valid InformantRewardsDtos.PoliceAction body) {
    Tip tip = tips.requestPolice(tipId, body.summary());
    return Response.accepted(InformantRewardsViews.tip(tip, null)).build();
  }

  @POST
  @Path("{tipId}/listing-proposal")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Roles.INFORMANT_HANDLER)
  @Operation(
      summary = "Propose a blacklist listing of the business a verified-true tip names",
      description =
          "Raises VerifiedTipSupportsListing through core's outbox; with the blacklist deployed,"
              + " a proposed entry is created with the tip as evidence shortly after the answer.")
  @APIResponse(responseCode = "202", description = "Proposed")
  @APIResponse(responseCode = "400", description = "The tip names no business and none is given")
  @APIResponse(responseCode = "404", description = "No such tip in this tenant")
  @APIResponse(responseCode = "409", description = "The tip is not verified true")
  @Idempotent("informant-rewards.listing-proposal")
  @Parameter(ref = IdempotentIntake.PARAMETER)
  public Response proposeListing(
      @PathParam("tipId") String tipId, @NotNull @Valid InformantRewardsDtos.ListingProposal body) {
    Tip tip = tips.proposeListing(tipId, body.businessName(), body.summary());
    return Response.accepted(InformantRewardsViews.tip(tip, null)).build();
  }

  @POST
  @Path("{tipId}/reward")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Roles.INFORMANT_HANDLER)
  @Operation(
      summary = "Propose the reward of a verified-true tip",
      description =
          "Within the tenant's schedule (category × outcome → fixed amount or range in fen)."
              + " A reward approver other than the proposer must approve it.")
  @APIResponse(responseCode = "201", description = "Proposed; Location names the reward")
  @APIResponse(responseCode = "400", description = "Amount missing for a range")
  @APIResponse(responseCode = "404", description = "No such tip in this tenant")
  @APIResponse(responseCode = "409", description = "Not verified true, or a reward exists")
  @APIResponse(responseCode = "422", description = "No rule for the category, or out of range")
  @Idempotent("informant-rewards.rewards")
  @Parameter(ref = IdempotentIntake.PARAMETER)
  public Response proposeReward(
      @PathParam("tipId") String tipId, @NotNull @Valid InformantRewardsDtos.RewardProposal body) {
    var reward = rewards.propose(tipId, body.amountFen(), body.note());
    return Response.created(
            uri.getBaseUriBuilder()
                .path(tenant)
                .path("informant-rewards/rewards")
                .path(reward.id())
                .build())
        .entity(InformantRewardsViews.reward(reward))
        .build();
  }
}
