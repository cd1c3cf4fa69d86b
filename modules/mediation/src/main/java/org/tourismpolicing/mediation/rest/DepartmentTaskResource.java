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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.tourismpolicing.core.conditional.IfMatch;
import org.tourismpolicing.core.paging.PageParams;
import org.tourismpolicing.core.problem.RequestFields;
import org.tourismpolicing.core.security.Roles;
import org.tourismpolicing.mediation.application.DepartmentTaskService;
import org.tourismpolicing.mediation.domain.TaskStatus;

/**
 * Tasks of the mediation room for partner departments. A partner-department user sees and answers
 * only its department's tasks (the token's {@code department} claim); others' are 404.
 */
@Path("{tenant}/mediation/department-tasks")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "mediation", description = "Dispute cases of the mediation room (Dali: 阿鹏调解室)")
@SecurityRequirement(name = "jwt")
@RequestScoped
public class DepartmentTaskResource {

  @Inject DepartmentTaskService tasks;
  @Inject Clock clock;

  @PathParam("tenant")
  @Parameter(description = "Tenant id, e.g. dali-gucheng")
  String tenant;

  @GET
  @RolesAllowed({
    Roles.PARTNER_DEPARTMENT,
    Roles.MEDIATOR,
    Roles.STATION_LEADER,
    Roles.TENANT_ADMIN
  })
  @Operation(
      summary = "List department tasks",
      description = "Newest first. A partner-department user gets its own department's tasks only.")
  public MediationDtos.TaskPage list(
      @QueryParam("department") @Parameter(example = "market-regulation") String department,
      @QueryParam("status") @Parameter(description = "open or answered") String status,
      @BeanParam PageParams paging) {
    var fields = new RequestFields();
    TaskStatus s = MediationInputs.code(fields, "status", TaskStatus.class, status);
    fields.throwIfInvalid();
    var page = tasks.list(department, s, paging.request());
    var now = clock.instant();
    return new MediationDtos.TaskPage(
        page.items().stream().map(t -> MediationViews.task(t, now)).toList(), page.nextCursor());
  }

  @GET
  @Path("{id}")
  @RolesAllowed({
    Roles.PARTNER_DEPARTMENT,
    Roles.MEDIATOR,
    Roles.STATION_LEADER,
    Roles.TENANT_ADMIN
  })
  @Operation(summary = "One department task")
  public Response get(@PathParam("id") String id) {
    return Response.ok(MediationViews.task(tasks.get(id), clock.instant())).build();
  }

  @POST
  @Path("{id}/answer")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Roles.PARTNER_DEPARTMENT})
  @Operation(
      summary = "Answer a task of your department",
      description = "Once: an answered task answers 409.")
  public Response answer(
      @PathParam("id") String id,
      @BeanParam IfMatch ifMatch,
      @NotNull @Valid MediationDtos.TaskAnswer body) {
    long expected = ifMatch.expected(body.version(), () -> tasks.get(id).version());
    var t = tasks.answer(id, expected, body.answer());
    return Response.ok(MediationViews.task(t, clock.instant())).build();
  }
}
