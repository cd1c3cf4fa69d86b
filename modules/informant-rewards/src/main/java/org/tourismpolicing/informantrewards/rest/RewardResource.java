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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.eclipse.microprofile.openapi.annotations.Operation;
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
    return Response.ok(InformantRewardsViews.reward(rewards.require(rewardId))).build();
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
      @BeanParam IfMatch ifMatch,
      @NotNull @Valid InformantRewardsDtos.RewardApproval body) {
    long expected = ifMatch.expected(body.version(), () -> rewards.require(rewardId).version());
    return Response.ok(InformantRewardsViews.reward(rewards.approve(rewardId, expected))).build();
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
  @Idempotent(value = "informant-rewards.payments", required = true)
  @Parameter(ref = IdempotentIntake.PARAMETER)
  public Response pay(
      @PathParam("rewardId") String rewardId,
      @NotNull @Valid InformantRewardsDtos.RewardPaymentInput body) {
    PaymentMethod method =
        PaymentMethod.fromCode(body.method())
            .orElseThrow(
                () -> ProblemException.invalid("method", "reward.method.unknown", body.method()));
    var payment =
        rewards.pay(
            rewardId,
            new RewardPayout.PaymentRequest(method, body.reference(), body.receiptCode()));
    return Response.status(Response.Status.CREATED)
        .entity(InformantRewardsViews.payment(payment))
        .build();
  }

  @GET
  @Path("ledger")
  @RolesAllowed({Roles.INFORMANT_HANDLER, Roles.REWARD_APPROVER, Roles.STATION_LEADER})
  @Operation(
      summary = "Payments of a span of local days (the append-only ledger)",
      description =
          "from and to are local dates of the tenant, inclusive; default this month; at most"
              + " 366 days. Lines oldest first, paged with cursor; totalFen is the whole span's.")
  @APIResponse(responseCode = "200", description = "The ledger lines and their total")
  @APIResponse(
      responseCode = "400",
      description = "Bad date, to before from, a span over 366 days, bad cursor or limit")
  public InformantRewardsDtos.Ledger ledger(
      @QueryParam("from") @Parameter(example = "2026-11-01") String from,
      @QueryParam("to") @Parameter(example = "2026-11-30") String to,
      @BeanParam PageParams paging) {
    LocalDate today = current.tenant().today(clock);
    LocalDate f = from == null ? today.withDayOfMonth(1) : Dates.date("from", from);
    LocalDate t = to == null ? today : Dates.date("to", to);
    if (t.isBefore(f)) {
      throw ProblemException.invalid("to", "informant.range");
    }
    if (ChronoUnit.DAYS.between(f, t) >= Dates.MAX_SPAN_DAYS) {
      throw ProblemException.invalid("to", "informant.range.too-long", Dates.MAX_SPAN_DAYS);
    }
    var request = paging.request();
    var zone = current.tenant().timeZone();
    var start = f.atStartOfDay(zone).toInstant();
    var end = t.plusDays(1).atStartOfDay(zone).toInstant();
    var page = rewards.ledger(start, end, request);
    return new InformantRewardsDtos.Ledger(
        f,
        t,
        page.items().stream().map(InformantRewardsViews::payment).toList(),
        rewards.paidFen(start, end),
        page.nextCursor());
  }
}
