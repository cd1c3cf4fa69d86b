package org.tourismpolicing.mediation.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.tourismpolicing.core.security.Roles;
import org.tourismpolicing.mediation.application.CaseService;
import org.tourismpolicing.mediation.application.MediationTenant;

/**
 * Confirms a printed mediation agreement by its verification code, for the station's staff and the
 * partner departments an agreement is shown to (market regulation, culture and tourism).
 */
@Path("{tenant}/mediation/agreements")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "mediation", description = "Dispute cases of the mediation room (Dali: 阿鹏调解室)")
@SecurityRequirement(name = "jwt")
@RequestScoped
public class AgreementCheckResource {

  @Inject CaseService cases;
  @Inject MediationTenant current;

  @PathParam("tenant")
  @Parameter(description = "Tenant id, e.g. dali-gucheng")
  String tenant;

  @GET
  @Path("{code}")
  @RolesAllowed({
    Roles.MEDIATOR,
    Roles.STATION_LEADER,
    Roles.TENANT_ADMIN,
    Roles.PARTNER_DEPARTMENT
  })
  @Operation(
      summary = "Check a printed agreement's verification code",
      description =
          "Confirms that the room made the agreement: case number, date, compensation and"
              + " whether it was fulfilled, without names or contacts. A mistyped code (check"
              + " character) answers 400, an unknown one 404.")
  public MediationDtos.AgreementCheck check(
      @PathParam("code") @Parameter(example = "7K3M-Q9XD-2HFA-W8RT-C") String code) {
    return AgreementChecks.check(cases, current, code, "code");
  }
}
