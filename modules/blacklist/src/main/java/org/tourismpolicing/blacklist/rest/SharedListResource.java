package org.tourismpolicing.blacklist.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.tourismpolicing.blacklist.application.SharedListService;
import org.tourismpolicing.core.security.Roles;

/**
 * Shared lists: a tenant publishes chosen active entries to a list that the deployment's other
 * tenants (those whose configuration names it in screenAgainst) screen against.
 */
@Path("{tenant}/blacklist/shared-lists/{list}/entries/{entryId}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "blacklist", description = "The joint tourism blacklist (涉旅黑名单)")
@SecurityRequirement(name = "jwt")
@RequestScoped
public class SharedListResource {

  @Inject SharedListService shared;

  @PathParam("tenant")
  @Parameter(description = "Tenant id, e.g. dali-gucheng")
  String tenant;

  @PUT
  @RolesAllowed({Roles.STATION_LEADER, Roles.TENANT_ADMIN})
  @Operation(
      summary = "Publish an active entry to a shared list",
      description =
          "The list must be one of the tenant's sharedLists.publishTo. Only what screening needs"
              + " is copied; the row leaves the list when the entry stops being active.")
  public BlacklistDtos.SharedEntryView publish(
      @PathParam("list") @Parameter(example = "dali-prefecture") String list,
      @PathParam("entryId") String entryId) {
    var row = shared.publish(list, entryId);
    return new BlacklistDtos.SharedEntryView(
        row.listCode(), row.entryId(), row.publisherTenant(), row.withdrawn(), row.updatedAt());
  }

  @DELETE
  @RolesAllowed({Roles.STATION_LEADER, Roles.TENANT_ADMIN})
  @Operation(
      summary = "Withdraw an entry from a shared list",
      description = "Others stop seeing it.")
  @APIResponse(responseCode = "204", description = "Withdrawn")
  public Response withdraw(
      @PathParam("list") @Parameter(example = "dali-prefecture") String list,
      @PathParam("entryId") String entryId) {
    shared.withdraw(list, entryId);
    return Response.noContent().build();
  }
}
