package org.tourismpolicing.blacklist.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.tourismpolicing.blacklist.application.WatchService;
import org.tourismpolicing.blacklist.domain.Watch;
import org.tourismpolicing.core.idempotency.Idempotent;
import org.tourismpolicing.core.idempotency.IdempotentIntake;
import org.tourismpolicing.core.paging.PageParams;
import org.tourismpolicing.core.problem.RequestFields;
import org.tourismpolicing.core.security.Roles;

/**
 * Watches: an integrator is told by a signed webhook when a subject it watches is listed, expires,
 * is suspended or is removed.
 */
@Path("{tenant}/blacklist/watches")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "blacklist", description = "The joint tourism blacklist (涉旅黑名单)")
@SecurityRequirement(name = "jwt")
@RequestScoped
public class WatchResource {

  @Inject WatchService watches;

  @PathParam("tenant")
  @Parameter(description = "Tenant id, e.g. dali-gucheng")
  String tenant;

  @Context UriInfo uri;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Roles.INTEGRATION, Roles.TENANT_ADMIN})
  @Operation(
      summary = "Watch a business by credit code or name",
      description =
          "Give exactly one of creditCode and name. The answer holds the signing secret, shown"
              + " this once: webhooks carry webhook-id, webhook-timestamp and webhook-signature"
              + " (v1, base64 HMAC-SHA256 over id.timestamp.body, Standard Webhooks). The"
              + " callbackUrl must be https and its host must resolve to public addresses only:"
              + " loopback, private, link-local, shared and other special-purpose addresses"
              + " (cloud metadata included) are refused, unless the deployment allows them"
              + " (tp.webhooks.allowed-targets). The same check is made again before each"
              + " delivery, on the address then connected to.")
  @APIResponse(responseCode = "201", description = "Subscribed; the body holds the secret")
  @Idempotent("blacklist.watches")
  @Parameter(ref = IdempotentIntake.PARAMETER)
  public Response subscribe(@NotNull @Valid BlacklistDtos.NewWatch body) {
    var fields = new RequestFields();
    boolean hasName = body.name() != null && !body.name().isBlank();
    fields.require(hasName != (body.creditCode() != null), "creditCode", "watch.subject.one-of");
    var code = BlacklistInputs.creditCode(fields, "creditCode", body.creditCode());
    fields.throwIfInvalid();
    var subscribed =
        code != null
            ? watches.subscribe(Watch.SubjectType.CREDIT_CODE, code.value(), body.callbackUrl())
            : watches.subscribe(Watch.SubjectType.NAME, body.name().strip(), body.callbackUrl());
    return Response.created(uri.getAbsolutePathBuilder().path(subscribed.watch().id()).build())
        .entity(BlacklistViews.watch(subscribed.watch(), subscribed.secret()))
        .build();
  }

  @GET
  @RolesAllowed({Roles.INTEGRATION, Roles.TENANT_ADMIN})
  @Operation(
      summary = "Active watches",
      description = "Oldest first, paged with cursor; never their secrets.")
  public BlacklistDtos.WatchPage list(@BeanParam PageParams paging) {
    var page = watches.list(paging.request());
    return new BlacklistDtos.WatchPage(
        page.items().stream().map(w -> BlacklistViews.watch(w, null)).toList(), page.nextCursor());
  }

  @DELETE
  @Path("{id}")
  @RolesAllowed({Roles.INTEGRATION, Roles.TENANT_ADMIN})
  @Operation(summary = "Cancel a watch", description = "No more webhooks for it.")
  @APIResponse(responseCode = "204", description = "Cancelled")
  public Response cancel(@PathParam("id") String id) {
    watches.cancel(id);
    return Response.noContent().build();
  }

  @GET
  @Path("{id}/deliveries")
  @RolesAllowed({Roles.INTEGRATION, Roles.TENANT_ADMIN})
  @Operation(
      summary = "Webhook deliveries of a watch",
      description =
          "Newest first, with attempts and the next attempt. The target's status code is shown"
              + " for a delivered webhook only; a failed attempt shows the error \"delivery"
              + " failed\" whatever its cause (the cause is in the server's log).")
  public List<BlacklistDtos.DeliveryView> deliveries(
      @PathParam("id") String id,
      @QueryParam("limit") @Parameter(description = "1 to 200, default 50") Integer limit) {
    int size = PageParams.limit(limit, 50, 200);
    return watches.deliveries(id, size).stream().map(BlacklistViews::delivery).toList();
  }
}
