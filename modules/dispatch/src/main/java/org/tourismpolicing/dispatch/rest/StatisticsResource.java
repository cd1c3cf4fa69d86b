package org.tourismpolicing.dispatch.rest;

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
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.tourismpolicing.core.problem.ProblemException;
import org.tourismpolicing.core.security.Roles;
import org.tourismpolicing.dispatch.application.CurrentDispatch;
import org.tourismpolicing.dispatch.application.DispatchStatistics;

/** Response statistics for station leaders. */
@Path("{tenant}/dispatch/statistics")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "dispatch: statistics", description = "Incidents, rescues, disputes, response times")
@SecurityRequirement(name = "jwt")
@RequestScoped
public class StatisticsResource {

  @Inject DispatchStatistics statistics;
  @Inject CurrentDispatch current;
  @Inject Clock clock;

  @PathParam("tenant")
  @Parameter(description = "Tenant id, e.g. dali-gucheng")
  String tenant;

  @GET
  @RolesAllowed({Roles.STATION_LEADER, Roles.TENANT_ADMIN})
  @Operation(
      summary = "Figures for incidents received on local days from..to",
      description =
          "Incidents, cleared, cancelled, people helped and rescued, disputes settled and referred"
              + " to mediation, loss recovered; response times (call→dispatch, dispatch→arrival,"
              + " arrival→clear: median, p90, share within the tenant's target). groupBy: none,"
              + " zone, kiosk, category. Default: the last 30 days.")
  public DispatchDtos.StatisticsView report(
      @QueryParam("from") @Parameter(example = "2026-10-01") String from,
      @QueryParam("to") @Parameter(example = "2026-10-07") String to,
      @QueryParam("groupBy") @Parameter(example = "zone") String groupBy) {
    var today = current.tenant().today(clock);
    var end = to == null ? today : Dates.date("to", to);
    var start = from == null ? end.minusDays(29) : Dates.date("from", from);
    DispatchStatistics.GroupBy by;
    try {
      by =
          groupBy == null
              ? DispatchStatistics.GroupBy.NONE
              : DispatchStatistics.GroupBy.valueOf(groupBy.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw ProblemException.invalid("groupBy", "statistics.group-by.unknown", groupBy);
    }
    var report = statistics.report(start, end, by);
    String currency = current.tenant().currency().getCurrencyCode();
    return new DispatchDtos.StatisticsView(
        report.from(),
        report.to(),
        by.name().toLowerCase(Locale.ROOT),
        DispatchViews.figures(report.total(), currency),
        DispatchViews.figures(report.groups(), currency));
  }
}
