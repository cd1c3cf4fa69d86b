package org.tourismpolicing.mediation.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.tourismpolicing.core.ratelimit.RateLimited;
import org.tourismpolicing.mediation.application.CaseService;
import org.tourismpolicing.mediation.application.MediationTenant;
import org.tourismpolicing.mediation.application.SatisfactionService;

/**
 * What the public reaches without a login: a party's one-time satisfaction link, and the check of a
 * printed agreement's verification code. Neither shows names or contacts.
 */
@Path("{tenant}/mediation/public")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "mediation (public)", description = "One-time satisfaction links of the parties")
@RequestScoped
public class PublicMediationResource {

  @Inject SatisfactionService satisfaction;
  @Inject MediationTenant current;
  @Inject CaseService cases;

  @PathParam("tenant")
  @Parameter(description = "Tenant id, e.g. dali-gucheng")
  String tenant;

  @GET
  @Path("satisfaction/{token}")
  @PermitAll
  @Operation(
      summary = "What a satisfaction link is about",
      description = "The case number, the room and whether the link can still be answered.")
  public MediationDtos.PublicSatisfactionView viewLink(@PathParam("token") String token) {
    var v = satisfaction.view(token);
    return new MediationDtos.PublicSatisfactionView(
        current.settings().roomNames().values(),
        v.dispute().caseNumber(),
        v.party().role().code(),
        v.dispute().status().code(),
        v.usable(),
        v.link().expiresAt());
  }

  @POST
  @Path("satisfaction/{token}")
  @Consumes(MediaType.APPLICATION_JSON)
  @PermitAll
  @Operation(
      summary = "Rate the mediation (1 to 5, with a comment)",
      description =
          "Works once: a used link answers 409 (satisfaction.link.used), so does an"
              + " expired one (satisfaction.link.expired); an unknown link 404.")
  public MediationDtos.SatisfactionReceipt answer(
      @PathParam("token") String token, @NotNull @Valid MediationDtos.SatisfactionAnswer body) {
    var link = satisfaction.respond(token, body.rating(), body.comment());
    return new MediationDtos.SatisfactionReceipt(
        satisfaction.view(token).dispute().caseNumber(), link.rating(), link.usedAt());
  }

  @POST
  @Path("agreement-check")
  @Consumes(MediaType.APPLICATION_JSON)
  @PermitAll
  @Operation(
      summary = "Check a printed agreement's verification code (public, no login)",
      description =
          "Anyone shown a paper agreement confirms that the room made it: case number, date,"
              + " compensation and fulfilment, never names or contacts. The code travels in the"
              + " body, not the URL. Rate-limited per client"
              + " (tp.rate-limit.mediation-agreement-check.*).")
  @APIResponse(responseCode = "200", description = "The room made this agreement")
  @APIResponse(responseCode = "400", description = "Missing or mistyped code (check character)")
  @APIResponse(responseCode = "404", description = "No agreement of this tenant has this code")
  @APIResponse(responseCode = "429", description = "Too many checks; Retry-After says when")
  // 30 checks a minute per client and tenant, unless the deployment says otherwise
  @RateLimited(value = "mediation-agreement-check", capacity = 30, period = "PT1M")
  public MediationDtos.AgreementCheck checkAgreement(
      @NotNull @Valid MediationDtos.AgreementCode body) {
    return AgreementChecks.check(cases, current, body.code(), "code");
  }
}
