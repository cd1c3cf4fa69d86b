package org.tourismpolicing.blacklist.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.tourismpolicing.blacklist.application.PublicLookup;
import org.tourismpolicing.core.problem.ProblemException;
import org.tourismpolicing.core.problem.RequestFields;
import org.tourismpolicing.core.ratelimit.RateLimited;

/**
 * The public check a tourist or partner makes before dealing with a business: no login, limited per
 * client. Only businesses of this tenant's list that are active and public; the legal
 * representative's name masked. Persons are never shown publicly.
 */
@Path("{tenant}/blacklist/public")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "blacklist", description = "The joint tourism blacklist (涉旅黑名单)")
@RequestScoped
public class PublicLookupResource {

  @Inject PublicLookup lookup;

  @PathParam("tenant")
  @Parameter(description = "Tenant id, e.g. dali-gucheng")
  String tenant;

  @GET
  @Path("lookup")
  @PermitAll
  @Operation(
      summary = "Check a business (public, no login)",
      description =
          "By credit code (exact) or name (Chinese-aware). Only active, public listings of"
              + " businesses; personal data masked. Rate-limited per client"
              + " (tp.rate-limit.blacklist-public-lookup.*).")
  @APIResponse(
      responseCode = "200",
      description = "The active public listings that match (an empty list: none)")
  @APIResponse(responseCode = "400", description = "Neither a name nor a valid credit code")
  @APIResponse(responseCode = "429", description = "Too many lookups; Retry-After says when")
  // 30 lookups a minute per client and tenant, unless the deployment says otherwise
  @RateLimited(value = "blacklist-public-lookup", capacity = 30, period = "PT1M")
  public BlacklistDtos.PublicLookupResult lookup(
      @QueryParam("name") @Parameter(example = "古城某某客栈") String name,
      @QueryParam("creditCode") @Parameter(example = "91532901MA6K7Y2E3J") String creditCode) {
    var fields = new RequestFields();
    boolean hasName = name != null && !name.isBlank();
    fields.require(hasName || creditCode != null, "name", "lookup.question.empty");
    fields.require(name == null || name.length() <= 100, "name", "lookup.name.too-long", 100);
    var code = BlacklistInputs.creditCode(fields, "creditCode", creditCode);
    fields.throwIfInvalid();
    if (code == null && !hasName) {
      throw ProblemException.invalid("name", "lookup.question.empty");
    }
    return new BlacklistDtos.PublicLookupResult(
        lookup.find(hasName ? name : null, code == null ? null : code.value()).stream()
            .map(
                l ->
                    new BlacklistDtos.PublicListing(
                        l.name(),
                        l.creditCode(),
                        l.address(),
                        l.legalRepresentative(),
                        l.category(),
                        l.categoryName(),
                        l.departments(),
                        l.effectiveFrom(),
                        l.effectiveTo(),
                        BlacklistViews.round(l.score())))
            .toList());
  }
}
