package org.tourismpolicing.dispatch.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.tourismpolicing.core.conditional.IfMatch;
import org.tourismpolicing.core.idempotency.Idempotent;
import org.tourismpolicing.core.idempotency.IdempotentIntake;
import org.tourismpolicing.core.money.Money;
import org.tourismpolicing.core.paging.PageParams;
import org.tourismpolicing.core.problem.ProblemException;
import org.tourismpolicing.core.problem.ProblemType;
import org.tourismpolicing.core.problem.RequestFields;
import org.tourismpolicing.core.security.CallerIdentity;
import org.tourismpolicing.core.security.Roles;
import org.tourismpolicing.core.tenant.Tenant;
import org.tourismpolicing.dispatch.application.AssignmentService;
import org.tourismpolicing.dispatch.application.CurrentDispatch;
import org.tourismpolicing.dispatch.application.IncidentService;
import org.tourismpolicing.dispatch.application.UnitService;
import org.tourismpolicing.dispatch.domain.DisputeOutcome;
import org.tourismpolicing.dispatch.domain.Incident;
import org.tourismpolicing.dispatch.domain.IncidentSource;
import org.tourismpolicing.dispatch.domain.IncidentStatus;
import org.tourismpolicing.dispatch.domain.PatrolUnit;

/** Incidents: intake by staff, the list, one incident's record, assignment, cancel, outcome. */
@Path("{tenant}/dispatch/incidents")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "dispatch: incidents", description = "Incidents (警情), their units and timeline")
@SecurityRequirement(name = "jwt")
@RequestScoped
public class IncidentResource {

  @Inject IncidentService incidents;
  @Inject AssignmentService assignments;
  @Inject UnitService units;
  @Inject CurrentDispatch current;
  @Inject CallerIdentity caller;

  @PathParam("tenant")
  @Parameter(description = "Tenant id, e.g. dali-gucheng")
  String tenant;

  @Context UriInfo uri;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Roles.DISPATCHER, Roles.OFFICER})
  @Operation(
      summary = "Receive an incident (duty room, patrol self-report, app)",
      description =
          "Priorities the tenant assigns automatically get the best available units at once;"
              + " others wait for a dispatcher. Optional Idempotency-Key: a retry returns the"
              + " first answer.")
  @APIResponse(responseCode = "201", description = "Received; Location names it")
  @Idempotent("dispatch.incidents")
  @Parameter(ref = IdempotentIntake.PARAMETER)
  public Response receive(@NotNull @Valid DispatchDtos.NewIncident body) {
    var fields = new RequestFields();
    IncidentSource source = IncidentSource.fromCode(body.source()).orElse(null);
    fields.require(
        source == IncidentSource.DUTY_ROOM
            || source == IncidentSource.PATROL
            || source == IncidentSource.APP,
        "source",
        "incident.source.staff",
        body.source());
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
                source,
                null,
                body.category(),
                body.priority(),
                position,
                report(body.reporter(), body.description()),
                body.receivedAt()));
    return Response.created(
            uri.getBaseUriBuilder().path(tenant).path("dispatch/incidents").path(i.id()).build())
        .entity(DispatchViews.incident(i, currency()))
        .build();
  }

  static Incident.IncidentReport report(DispatchDtos.ReporterInput reporter, String description) {
    return new Incident.IncidentReport(
        reporter == null ? null : reporter.name(),
        reporter == null ? null : reporter.phone(),
        description,
        null,
        null);
  }

  @GET
  @RolesAllowed({Roles.DISPATCHER, Roles.STATION_LEADER, Roles.TENANT_ADMIN, Roles.OFFICER})
  @Operation(
      summary = "Incidents, newest first",
      description =
          "Officers see only the incidents their units work on (mine=true is implied for them).")
  public DispatchDtos.IncidentPage list(
      @QueryParam("status")
          @Parameter(description = "received, dispatched, en-route, on-scene, cleared, cancelled")
          String status,
      @QueryParam("open") @Parameter(description = "true: not cleared or cancelled") Boolean open,
      @QueryParam("zone") String zone,
      @QueryParam("category") String category,
      @QueryParam("from") @Parameter(description = "local day, inclusive", example = "2026-10-01")
          String from,
      @QueryParam("to") @Parameter(description = "local day, inclusive", example = "2026-10-07")
          String to,
      @BeanParam PageParams paging) {
    var request = paging.request();
    var fields = new RequestFields();
    IncidentStatus st =
        status == null
            ? null
            : fields.convert(
                "status",
                () ->
                    IncidentStatus.fromCode(status)
                        .orElseThrow(
                            () ->
                                ProblemException.invalid(
                                    "status", "incident.status.unknown", status)));
    fields.throwIfInvalid();
    if (isOfficerOnly()) {
      List<Incident> mine = incidents.incidentsOfUnits(units.unitsOfCaller());
      return new DispatchDtos.IncidentPage(
          mine.stream().map(i -> DispatchViews.incident(i, currency())).toList(), null);
    }
    Tenant t = current.tenant();
    var fromAt =
        from == null ? null : Dates.date("from", from).atStartOfDay(t.timeZone()).toInstant();
    var toAt =
        to == null ? null : Dates.date("to", to).plusDays(1).atStartOfDay(t.timeZone()).toInstant();
    var page = incidents.list(st, zone, category, open, fromAt, toAt, request);
    return new DispatchDtos.IncidentPage(
        page.items().stream().map(i -> DispatchViews.incident(i, currency())).toList(),
        page.nextCursor());
  }

  @GET
  @Path("{id}")
  @RolesAllowed({Roles.DISPATCHER, Roles.STATION_LEADER, Roles.TENANT_ADMIN, Roles.OFFICER})
  @Operation(summary = "One incident with its assignments and timeline")
  @APIResponse(responseCode = "200", description = "The incident; ETag carries its version")
  @APIResponse(responseCode = "404", description = "No such incident in this tenant")
  public Response get(@PathParam("id") String id) {
    var record = incidents.record(id);
    if (isOfficerOnly()) {
      checkOfficerOn(
          record.incident(), record.assignments().stream().map(a -> a.unitId()).toList());
    }
    return Response.ok(DispatchViews.record(record, currency())).build();
  }

  @GET
  @Path("{id}/recommendations")
  @RolesAllowed({Roles.DISPATCHER})
  @Operation(
      summary = "The best available units for an incident, by estimated time of arrival",
      description =
          "Home-zone units first, then neighbouring zones (with the tenant's penalty); with"
              + " anyZone=true also units of other zones.")
  public List<DispatchDtos.Recommendation> recommend(
      @PathParam("id") String id,
      @QueryParam("limit") @Parameter(description = "1 to 50, default 5") Integer limit,
      @QueryParam("anyZone") Boolean anyZone) {
    int size = PageParams.limit(limit, 5, 50);
    return assignments.recommend(id, size, Boolean.TRUE.equals(anyZone)).stream()
        .map(DispatchViews::recommendation)
        .toList();
  }

  @POST
  @Path("{id}/assignments")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Roles.DISPATCHER})
  @Operation(
      summary = "Send a unit (dispatcher's choice, any zone)",
      description = "409 if the unit is not patrolling (it is busy, off duty or just taken).")
  @APIResponse(responseCode = "201", description = "Assigned")
  @APIResponse(responseCode = "409", description = "Unit not available or incident closed")
  @Idempotent("dispatch.assignments")
  @Parameter(ref = IdempotentIntake.PARAMETER)
  public Response assign(@PathParam("id") String id, @NotNull @Valid DispatchDtos.AssignUnit body) {
    var a = assignments.assign(id, body.unitId());
    return Response.status(Response.Status.CREATED)
        .entity(DispatchViews.record(incidents.record(id), currency()))
        .header("X-Assignment-Id", a.id())
        .build();
  }

  @POST
  @Path("{id}/assignments/{assignmentId}/release")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Roles.DISPATCHER})
  @Operation(
      summary = "Take a unit off an incident before it arrived",
      description = "The unit goes back on patrol; an automatic incident gets the next best unit.")
  public DispatchDtos.IncidentRecordView release(
      @PathParam("id") String id,
      @PathParam("assignmentId") String assignmentId,
      @Valid DispatchDtos.Release body) {
    assignments.release(id, assignmentId, body == null ? null : body.reason());
    return DispatchViews.record(incidents.record(id), currency());
  }

  @POST
  @Path("{id}/cancel")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Roles.DISPATCHER})
  @Operation(summary = "Cancel an incident not yet cleared; its units go back on patrol")
  @APIResponse(responseCode = "200", description = "The cancelled incident")
  @APIResponse(responseCode = "409", description = "Already cleared or cancelled")
  public DispatchDtos.IncidentRecordView cancel(
      @PathParam("id") String id, @NotNull @Valid DispatchDtos.Cancel body) {
    incidents.cancel(id, body.reason());
    return DispatchViews.record(incidents.record(id), currency());
  }

  @PUT
  @Path("{id}/outcome")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Roles.DISPATCHER, Roles.OFFICER})
  @Operation(
      summary = "Record the outcome: people helped and rescued, dispute, loss recovered",
      description =
          "Once a unit has arrived. dispute=referred-to-mediation hands the case to the mediation"
              + " room (when that module is deployed). Send the version read, or If-Match.")
  @APIResponse(responseCode = "200", description = "The incident with its outcome")
  @APIResponse(responseCode = "409", description = "No unit has arrived yet, or version changed")
  public Response outcome(
      @PathParam("id") String id,
      @BeanParam IfMatch ifMatch,
      @NotNull @Valid DispatchDtos.Outcome body) {
    var fields = new RequestFields();
    DisputeOutcome dispute = DisputeOutcome.fromCode(body.dispute()).orElse(null);
    fields.require(dispute != null, "dispute", "incident.dispute.unknown", body.dispute());
    Money loss =
        body.lossRecovered() == null
            ? Money.zero(current.tenant().currency())
            : fields.convert(
                "lossRecovered.amount",
                () ->
                    Money.parse(
                        body.lossRecovered().amount(),
                        body.lossRecovered().currency() == null
                            ? currency()
                            : body.lossRecovered().currency()));
    fields.throwIfInvalid();
    long expected = ifMatch.expected(body.version(), () -> incidents.get(id).version());
    List<PatrolUnit> acting = isOfficerOnly() ? units.unitsOfCaller() : null;
    incidents.recordOutcome(
        id,
        expected,
        body.peopleHelped(),
        body.peopleRescued(),
        dispute,
        loss,
        body.summary(),
        acting);
    return Response.ok(DispatchViews.record(incidents.record(id), currency())).build();
  }

  private boolean isOfficerOnly() {
    return caller.hasRole(Roles.OFFICER)
        && !caller.hasAnyRole(List.of(Roles.DISPATCHER, Roles.STATION_LEADER, Roles.TENANT_ADMIN));
  }

  private void checkOfficerOn(Incident incident, List<String> unitIds) {
    boolean mine = units.unitsOfCaller().stream().anyMatch(u -> unitIds.contains(u.id()));
    if (!mine) {
      throw new ProblemException(ProblemType.FORBIDDEN, "incident.not-yours", incident.number());
    }
  }

  private String currency() {
    return current.tenant().currency().getCurrencyCode();
  }
}
