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
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.tourismpolicing.core.paging.PageParams;
import org.tourismpolicing.core.security.Roles;
import org.tourismpolicing.informantrewards.application.IdentityService;

/**
 * Informants for staff: pseudonyms only, except for the informant handler's unsealing, which needs
 * a reason and is audited (the identity itself never enters the trail).
 */
@Path("{tenant}/informant-rewards/informants")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "informant rewards: informants", description = "Pseudonyms and sealed identity")
@SecurityRequirement(name = "jwt")
@RequestScoped
public class InformantResource {

  @Inject IdentityService identities;

  @PathParam("tenant")
  @Parameter(description = "Tenant id, e.g. dali-gucheng")
  String tenant;

  @GET
  @RolesAllowed({Roles.INFORMANT_HANDLER, Roles.STATION_LEADER})
  @Operation(summary = "Informants by pseudonym, newest first; page with cursor")
  @APIResponse(responseCode = "200", description = "Pseudonyms and dates, no identity")
  @APIResponse(responseCode = "400", description = "Bad cursor or limit")
  public InformantRewardsDtos.InformantPage list(@BeanParam PageParams paging) {
    var page = identities.list(paging.request());
    return new InformantRewardsDtos.InformantPage(
        page.items().stream().map(InformantRewardsViews::informant).toList(), page.nextCursor());
  }

  @POST
  @Path("{informantId}/unseal")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Roles.INFORMANT_HANDLER)
  @Operation(
      summary = "Unseal an informant's identity (informant handler only, with a reason)",
      description =
          "The reason (at least 10 characters) and the handler go to the audit trail; the identity"
              + " is only in this answer, which no cache may keep.")
  @APIResponse(
      responseCode = "200",
      description = "Phone, real name and payment account",
      content =
          @Content(
              mediaType = "application/json",
              schema = @Schema(implementation = InformantRewardsDtos.Unsealed.class)))
  @APIResponse(responseCode = "400", description = "Reason missing or too short")
  @APIResponse(responseCode = "404", description = "No such informant in this tenant")
  @APIResponse(responseCode = "503", description = "The tenant has no identity keys")
  public Response unseal(
      @PathParam("informantId") String informantId,
      @NotNull @Valid InformantRewardsDtos.UnsealRequest body) {
    var id = identities.unseal(informantId, body.reason());
    CacheControl noStore = new CacheControl();
    noStore.setNoStore(true);
    return Response.ok(
            new InformantRewardsDtos.Unsealed(
                id.informant().id(),
                id.informant().pseudonym(),
                id.phone(),
                id.realName(),
                id.paymentAccount()))
        .cacheControl(noStore)
        .build();
  }

  @POST
  @Path("key-rotation")
  @RolesAllowed(Roles.TENANT_ADMIN)
  @Operation(
      summary = "Re-encrypt every identity under the tenant's active key",
      description =
          "After a new key id was put first in tp.informant-rewards.keys.<tenant> (the old one"
              + " kept after it): values under older keys are re-encrypted, so the old key can then"
              + " be removed.")
  @APIResponse(responseCode = "200", description = "How many informants were re-encrypted")
  @APIResponse(responseCode = "503", description = "The tenant has no identity keys")
  public InformantRewardsDtos.Rotation rotate() {
    return new InformantRewardsDtos.Rotation(identities.reencryptAll());
  }
}
