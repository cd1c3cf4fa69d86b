package org.tourismpolicing.mediation.rest;

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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.tourismpolicing.core.security.Roles;
import org.tourismpolicing.core.tenant.Tenant;
import org.tourismpolicing.mediation.application.MediationTenant;
import org.tourismpolicing.mediation.application.StatisticsService;

/** The mediation room's figures for station leaders. */
@Path("{tenant}/mediation/statistics")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "mediation", description = "Dispute cases of the mediation room (Dali: 阿鹏调解室)")
@SecurityRequirement(name = "jwt")
@RequestScoped
public class StatisticsResource {

  @Inject StatisticsService statistics;
  @Inject MediationTenant current;
  @Inject Clock clock;

  @PathParam("tenant")
  @Parameter(description = "Tenant id, e.g. dali-gucheng")
  String tenant;

  @GET
  @RolesAllowed({Roles.STATION_LEADER, Roles.TENANT_ADMIN})
  @Operation(
      summary = "Figures of a period",
      description =
          "Cases by category and source, agreement rate, median time to close, satisfaction and"
              + " response rates, department task turnaround; days of the tenant's calendar"
              + " (default: the last 30 days up to today), at most 366.")
  public MediationDtos.StatisticsView figures(
      @QueryParam("from") @Parameter(example = "2026-10-01") String from,
      @QueryParam("to") @Parameter(example = "2026-10-31") String to) {
    Tenant t = current.tenant();
    LocalDate end = to == null ? t.today(clock) : MediationInputs.date("to", to);
    LocalDate start = from == null ? end.minusDays(29) : MediationInputs.date("from", from);
    return MediationViews.statistics(
        start, end, t.timeZone().getId(), statistics.period(start, end));
  }
}
