package org.tourismpolicing.core.rest;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.tourismpolicing.core.problem.ProblemException;
import org.tourismpolicing.core.problem.RequestFields;
import org.tourismpolicing.core.security.CallerIdentity;
import org.tourismpolicing.core.security.DevMode;
import org.tourismpolicing.core.security.DevModeTokens;
import org.tourismpolicing.core.security.Roles;
import org.tourismpolicing.core.tenant.TenantDirectory;
import org.tourismpolicing.core.tenant.TenantId;

/**
 * Development mode only: one call gives a new user a signed token for a demo tenant and role, so
 * every protected endpoint can be tried from the OpenAPI UI or curl. Answers 404 in production.
 */
@Path("dev/tokens")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "development mode", description = "Demo tokens; absent in production")
@RequestScoped
public class DevTokenResource {

  @Inject TenantDirectory tenants;
  @Inject Clock clock;

  @Inject
  @ConfigProperty(name = "tp.dev-mode.token-lifetime", defaultValue = "PT12H")
  Duration lifetime;

  @GET
  @PermitAll
  @Operation(
      summary = "Get a demo token (development mode only)",
      description =
          "Example: /api/dev/tokens?tenant=dali-gucheng&role=dispatcher. Repeat role for several;"
              + " department is needed for partner-department.")
  public CoreDtos.DevToken token(
      @QueryParam("tenant") @Parameter(example = "dali-gucheng") String tenant,
      @QueryParam("role") @Parameter(example = "[\"dispatcher\"]") List<String> roles,
      @QueryParam("user") @Parameter(description = "User name; default demo-<role>") String user,
      @QueryParam("department") @Parameter(example = "market-regulation") String department) {
    if (!DevMode.isEnabled()) {
      throw ProblemException.notFound("path", "dev/tokens");
    }
    var fields = new RequestFields();
    List<String> wanted = roles == null || roles.isEmpty() ? List.of(Roles.DISPATCHER) : roles;
    for (String role : wanted) {
      fields.require(
          Roles.ALL.contains(role),
          "role",
          "dev-token.role.unknown",
          role,
          String.join(", ", Roles.ALL));
    }
    boolean platform = wanted.contains(Roles.PLATFORM_ADMIN);
    if (!platform) {
      fields.require(tenant != null, "tenant", "validation.required");
      fields.require(
          tenant == null
              || (TenantId.isValid(tenant) && tenants.find(TenantId.of(tenant)).isPresent()),
          "tenant",
          "tenant-not-found.detail",
          tenant);
    }
    fields.require(
        !wanted.contains(Roles.PARTNER_DEPARTMENT) || department != null,
        "department",
        "validation.required");
    fields.throwIfInvalid();
    String subject = user != null && !user.isBlank() ? user : "demo-" + wanted.get(0);
    List<String> tenantClaim = tenant == null ? List.of() : List.of(tenant);
    Instant now = clock.instant();
    Instant expires = now.plus(lifetime);
    JWTClaimsSet.Builder claims =
        new JWTClaimsSet.Builder()
            .issuer(DevMode.ISSUER)
            .subject(subject)
            .claim("upn", subject)
            .claim("groups", wanted)
            .claim(CallerIdentity.TENANTS_CLAIM, tenantClaim)
            .issueTime(Date.from(now))
            .expirationTime(Date.from(expires))
            .jwtID(UUID.randomUUID().toString());
    if (department != null) {
      claims.claim(CallerIdentity.DEPARTMENT_CLAIM, department);
    }
    SignedJWT jwt =
        new SignedJWT(
            new JWSHeader.Builder(JWSAlgorithm.RS256).type(JOSEObjectType.JWT).build(),
            claims.build());
    try {
      jwt.sign(new RSASSASigner(DevModeTokens.signingKey()));
    } catch (JOSEException e) {
      throw new IllegalStateException("cannot sign a development token", e);
    }
    return new CoreDtos.DevToken(
        jwt.serialize(), "Bearer", expires, subject, tenantClaim, wanted, department);
  }
}
