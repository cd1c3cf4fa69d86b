package org.tourismpolicing.mediation.rest;

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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.tourismpolicing.core.idempotency.Idempotent;
import org.tourismpolicing.core.idempotency.IdempotentIntake;
import org.tourismpolicing.core.paging.PageParams;
import org.tourismpolicing.core.problem.ProblemException;
import org.tourismpolicing.core.problem.RequestFields;
import org.tourismpolicing.core.security.Roles;
import org.tourismpolicing.mediation.application.MediationTenant;
import org.tourismpolicing.mediation.application.OutreachService;
import org.tourismpolicing.mediation.domain.OutreachKind;
import org.tourismpolicing.mediation.domain.OutreachTarget;

/** The outreach log: knock, call, visit, guard the door (敲门、叩门、串门、守门). */
@Path("{tenant}/mediation/outreach-visits")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "mediation", description = "Dispute cases of the mediation room (Dali: 阿鹏调解室)")
@SecurityRequirement(name = "jwt")
@RequestScoped
public class OutreachResource {

  @Inject OutreachService outreach;
  @Inject MediationTenant current;

  @PathParam("tenant")
  @Parameter(description = "Tenant id, e.g. dali-gucheng")
  String tenant;

  @Context UriInfo uri;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Roles.MEDIATOR, Roles.OFFICER})
  @Operation(summary = "Log an outreach visit with its findings")
  @APIResponse(responseCode = "201", description = "Logged; Location names it")
  @Idempotent("mediation.outreach-visits")
  @Parameter(ref = IdempotentIntake.PARAMETER)
  public Response log(@NotNull @Valid MediationDtos.NewVisit body) {
    var fields = new RequestFields();
    OutreachKind kind = MediationInputs.code(fields, "kind", OutreachKind.class, body.kind());
    OutreachTarget target =
        MediationInputs.code(fields, "targetType", OutreachTarget.class, body.targetType());
    var code = MediationInputs.creditCode(fields, "creditCode", body.creditCode());
    fields.require(
        code == null || target != OutreachTarget.COMMUNITY,
        "creditCode",
        "party.credit-code.not-merchant");
    fields.throwIfInvalid();
    var v =
        outreach.log(
            kind, target, body.targetName(), code, body.zone(), body.visitedAt(), body.findings());
    return Response.created(uri.getAbsolutePathBuilder().path(v.id()).build())
        .entity(MediationViews.visit(v))
        .build();
  }

  @GET
  @RolesAllowed({Roles.MEDIATOR, Roles.OFFICER, Roles.STATION_LEADER, Roles.TENANT_ADMIN})
  @Operation(summary = "Outreach visits, newest first")
  public MediationDtos.VisitPage list(@BeanParam PageParams paging) {
    var page = outreach.list(paging.request());
    return new MediationDtos.VisitPage(
        page.items().stream().map(MediationViews::visit).toList(), page.nextCursor());
  }

  @GET
  @Path("{id}")
  @RolesAllowed({Roles.MEDIATOR, Roles.OFFICER, Roles.STATION_LEADER, Roles.TENANT_ADMIN})
  @Operation(summary = "One outreach visit")
  public MediationDtos.VisitView get(@PathParam("id") String id) {
    return MediationViews.visit(outreach.get(id));
  }

  @POST
  @Path("{id}/case")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Roles.MEDIATOR})
  @Operation(
      summary = "Open a case from the visit's finding",
      description = "Once per visit (409 after); a merchant visited becomes a party.")
  @APIResponse(responseCode = "201", description = "Opened; Location names the case")
  @Idempotent("mediation.outreach-cases")
  @Parameter(ref = IdempotentIntake.PARAMETER)
  public Response openCase(
      @PathParam("id") String id, @NotNull @Valid MediationDtos.VisitCase body) {
    if (current.settings().category(body.category()).isEmpty()) {
      throw ProblemException.invalid("category", "case.category.unknown", body.category());
    }
    var opened = outreach.openCase(id, body.category(), body.description());
    return Response.created(
            uri.getBaseUriBuilder().path(tenant).path("mediation/cases").path(opened.id()).build())
        .entity(MediationViews.summary(opened, opened.registeredAt()))
        .build();
  }
}
