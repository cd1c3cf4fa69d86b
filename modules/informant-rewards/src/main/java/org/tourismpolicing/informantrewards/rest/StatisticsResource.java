package org.tourismpolicing.informantrewards.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.tourismpolicing.core.problem.ProblemException;
import org.tourismpolicing.core.security.Roles;
import org.tourismpolicing.informantrewards.application.InformantTenant;
import org.tourismpolicing.informantrewards.application.StatisticsService;

/** The tip line's figures (informants, tips, verification, rewards paid), without identity. */
@Path("{tenant}/informant-rewards/statistics")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "informant rewards: statistics", description = "Figures of the tip line")
@SecurityRequirement(name = "jwt")
@RequestScoped
public class StatisticsResource {

  @Inject StatisticsService statistics;
  @Inject InformantTenant current;
  @Inject Clock clock;

  @PathParam("tenant")
  @Parameter(description = "Tenant id, e.g. dali-gucheng")
  String tenant;

  @GET
  @RolesAllowed({
    Roles.STATION_LEADER,
    Roles.INFORMANT_HANDLER,
    Roles.REWARD_APPROVER,
    Roles.TENANT_ADMIN
  })
  @Operation(
      summary = "Informants active, tips by category and outcome, verification rate, rewards paid",
      description =
          "For local days from..to of the tenant (inclusive; default: the year so far; at most 366"
              + " days). Tips are counted by submission day, payments by payment day.")
  @APIResponse(responseCode = "200", description = "The figures")
  @APIResponse(responseCode = "400", description = "Bad date, to before from, or over 366 days")
  public InformantRewardsDtos.Statistics get(
      @QueryParam("from") @Parameter(example = "2026-01-01") String from,
      @QueryParam("to") @Parameter(example = "2026-12-31") String to) {
    LocalDate today = current.tenant().today(clock);
    LocalDate f = from == null ? today.withDayOfYear(1) : Dates.date("from", from);
    LocalDate t = to == null ? today : Dates.date("to", to);
    if (t.isBefore(f)) {
      throw ProblemException.invalid("to", "informant.range");
    }
    // the figures are computed from every tip of the span: a span is bounded like the ledger's
    if (ChronoUnit.DAYS.between(f, t) >= Dates.MAX_SPAN_DAYS) {
      throw ProblemException.invalid("to", "informant.range.too-long", Dates.MAX_SPAN_DAYS);
    }
    return InformantRewardsViews.statistics(statistics.between(f, t));
  }
}
