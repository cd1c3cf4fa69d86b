package org.tourismpolicing.blacklist.it;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import org.tourismpolicing.testsupport.SigningKeys;

/**
 * A partner-department user's token as the integrator's identity provider issues it: the test
 * support's tokens carry no department claim, which the blacklist's department scope reads.
 */
final class DepartmentTokens {

  private DepartmentTokens() {}

  static String of(String user, String tenant, String department) {
    try {
      Instant now = Instant.now();
      JWTClaimsSet claims =
          new JWTClaimsSet.Builder()
              .issuer(System.getProperty("it.jwt.issuer"))
              .subject(user)
              .claim("upn", user)
              .claim("groups", List.of("partner-department"))
              .claim("tenants", List.of(tenant))
              .claim("department", department)
              .issueTime(Date.from(now.minusSeconds(60)))
              .expirationTime(Date.from(now.plusSeconds(3600)))
              .jwtID(UUID.randomUUID().toString())
              .build();
      SignedJWT jwt =
          new SignedJWT(
              new JWSHeader.Builder(JWSAlgorithm.RS256).type(JOSEObjectType.JWT).build(), claims);
      jwt.sign(
          new RSASSASigner(SigningKeys.privateKey(Path.of(System.getProperty("it.keys.dir")))));
      return jwt.serialize();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
