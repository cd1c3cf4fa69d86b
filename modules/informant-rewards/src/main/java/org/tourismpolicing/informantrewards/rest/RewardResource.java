package org.tourismpolicing.informantrewards.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
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
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.tourismpolicing.core.idempotency.IdempotentIntake;
import org.tourismpolicing.core.problem.ProblemException;
import org.tourismpolicing.core.problem.RequestFields;
import org.tourismpolicing.core.security.Roles;
import org.tourismpolicing.informantrewards.application.InformantTenant;
import org.tourismpolicing.informantrewards.application.RewardPayout;
import org.tourismpolicing.informantrewards.application.RewardService;
import org.tourismpolicing.informantrewards.domain.PaymentMethod;

/**
 * Rewards after the proposal: approval by a second person within the period's budget, payment once
 * into the append-only ledger, and the ledger itself.
 */
@Path("{tenant}/informant-rewards/rewards")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "informant rewards: rewards", description = "Four-eyes approval, budget and payments")
@SecurityRequirement(name = "jwt")
@RequestScoped
public class RewardResource {

  @Inject RewardService rewards;
  @Inject IdempotentIntake intake;
  @Inject InformantTenant current;
  @Inject java.time.Clock clock;

  @PathParam("tenant")
  @Parameter(description = "Tenant id, e.g. dali-gucheng")
  String tenant;

  @Context UriInfo uri;

  @GET
  @Path("{rewardId}")
  @RolesAllowed({Roles.INFORMANT_HANDLER, Roles.REWARD_APPROVER, Roles.STATION_LEADER})
  @Operation(summary = "A reward")
  @APIResponse(responseCode = "200", description = "The reward; ETag is its version")
  @APIResponse(responseCode = "404", description = "No such reward in this tenant")
  public Response get(@PathParam("rewardId") String rewardId) {
    var r = rewards.require(rewardId);
    return Response.ok(InformantRewardsViews.reward(r)).tag(Versions.etag(r.version())).build();
  }

  @POST
  @Path("{rewardId}/approval")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Roles.REWARD_APPROVER)
  @Operation(
      summary = "Approve a proposed reward (four-eyes, within the budget)",
      description =
          "The approver must not be the proposer (422 reward.four-eyes). The amount is counted"
              + " against the current period's budget; what would pass the limit answers 422"
              + " reward.budget-exceeded.")
  @APIResponse(responseCode = "200", description = "Approved; the tip's reward is decided")
  @APIResponse(responseCode = "404", description = "No such reward in this tenant")
  @APIResponse(responseCode = "409", description = "Not proposed any more, or an older version")
  @APIResponse(responseCode = "412", description = "If-Match is not the current version")
  @APIResponse(responseCode = "422", description = "Same person as the proposer, or over budget")
  @APIResponse(responseCode = "428", description = "Neither If-Match nor version given")
  public Response approve(
      @PathParam("rewardId") String rewardId,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      @NotNull @Valid InformantRewardsDtos.RewardApproval body) {
    long expected =
        Versions.expected(ifMatch, body.version(), () -> rewards.require(rewardId).version());
    var r = rewards.approve(rewardId, expected);
    return Response.ok(InformantRewardsViews.reward(r)).tag(Versions.etag(r.version())).build();
  }

  @POST
  @Path("{rewardId}/payment")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Roles.INFORMANT_HANDLER)
  @Operation(
      summary = "Pay an approved reward (once)",
      description =
          "Idempotency-Key is required: a retry with the same key answers the first payment"
              + " again. Any other second payment answers 409 reward.already-paid; the ledger"
              + " holds one line per reward. Cash needs the receipt code the informant shows;"
              + " bank transfer and mobile payment need a payout installed by the deployment"
              + " (else 422 reward.method-unavailable).")
  @APIResponse(responseCode = "201", description = "Paid; the ledger line")
  @APIResponse(
      responseCode = "400",
      description = "Unknown method, missing key, wrong receipt code")
  @APIResponse(responseCode = "404", description = "No such reward in this tenant")
  @APIResponse(responseCode = "409", description = "Not approved, or already paid")
  @APIResponse(responseCode = "422", description = "Method not available, or key reused")
  public Response pay(
      @PathParam("rewardId") String rewardId,
      @HeaderParam(IdempotentIntake.HEADER) @Parameter(required = true) String key,
      @NotNull @Valid InformantRewardsDtos.RewardPaymentInput body) {
    var fields = new RequestFields();
    fields.require(key != null && !key.isBlank(), IdempotentIntake.HEADER, "validation.required");
    PaymentMethod method = PaymentMethod.fromCode(body.method()).orElse(null);
    fields.require(method != null, "method", "reward.method.unknown", body.method());
    fields.throwIfInvalid();
    return intake.handle(
        "informant-rewards.payments." + rewardId,
        key,
        body,
        () -> {
          var payment =
              rewards.pay(
                  rewardId,
                  new RewardPayout.PaymentRequest(method, body.reference(), body.receiptCode()));
          return Response.status(Response.Status.CREATED)
              .entity(InformantRewardsViews.payment(payment))
              .build();
        });
  }

  @GET
  @Path("ledger")
  @RolesAllowed({Roles.INFORMANT_HANDLER, Roles.REWARD_APPROVER, Roles.STATION_LEADER})
  @Operation(
      summary = "Payments of a span of local days (the append-only ledger)",
      description = "from and to are local dates of the tenant, inclusive; default this month.")
  @APIResponse(responseCode = "200", description = "The ledger lines and their total")
  @APIResponse(responseCode = "400", description = "Bad date, or to before from")
  public InformantRewardsDtos.Ledger ledger(
      @QueryParam("from") @Parameter(example = "2026-11-01") String from,
      @QueryParam("to") @Parameter(example = "2026-11-30") String to) {
    LocalDate today = current.tenant().today(clock);
    LocalDate f = from == null ? today.withDayOfMonth(1) : Versions.date("from", from);
    LocalDate t = to == null ? today : Versions.date("to", to);
    if (t.isBefore(f)) {
      throw ProblemException.invalid("to", "informant.range");
    }
    var zone = current.tenant().timeZone();
    var items =
        rewards
            .ledger(f.atStartOfDay(zone).toInstant(), t.plusDays(1).atStartOfDay(zone).toInstant())
            .stream()
            .map(InformantRewardsViews::payment)
            .toList();
    return new InformantRewardsDtos.Ledger(
        f, t, items, items.stream().mapToLong(InformantRewardsDtos.PaymentView::amountFen).sum());
  }
}
