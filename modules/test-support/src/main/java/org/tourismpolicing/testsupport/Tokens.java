package org.tourismpolicing.testsupport;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.nio.file.Path;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateKey;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.UUID;

/**
 * Tokens as the integrator's identity provider would issue them to the Arquillian server: its
 * issuer, its key, the user, roles ({@code groups}) and tenants. Also one signed by a key the
 * server has never seen.
 */
public final class Tokens {

  private static RSAPrivateKey trusted;

  private Tokens() {}

  /** A token of {@code user} for one tenant with the given roles. */
  public static String token(String user, String tenant, String... roles) {
    return sign(trustedKey(), user, List.of(tenant), roles);
  }

  /** A platform administrator's token (entitled to every tenant). */
  public static String platformAdmin() {
    return sign(trustedKey(), "platform-admin-it", List.of(), "platform-admin");
  }

  /** Well-formed, but signed by a key the server does not trust. */
  public static String forged(String user, String tenant, String... roles) {
    try {
      KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
      g.initialize(2048);
      return sign((RSAPrivateKey) g.generateKeyPair().getPrivate(), user, List.of(tenant), roles);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static synchronized RSAPrivateKey trustedKey() {
    if (trusted == null) {
      try {
        trusted = SigningKeys.privateKey(Path.of(property("it.keys.dir")));
      } catch (Exception e) {
        throw new IllegalStateException("test keys missing: run through Maven (mvn verify)", e);
      }
    }
    return trusted;
  }

  private static String sign(
      RSAPrivateKey key, String user, List<String> tenants, String... roles) {
    try {
      Instant now = Instant.now();
      JWTClaimsSet claims =
          new JWTClaimsSet.Builder()
              .issuer(property("it.jwt.issuer"))
              .subject(user)
              .claim("upn", user)
              .claim("groups", List.of(roles))
              .claim("tenants", tenants)
              .issueTime(Date.from(now.minusSeconds(60)))
              .expirationTime(Date.from(now.plusSeconds(3600)))
              .jwtID(UUID.randomUUID().toString())
              .build();
      SignedJWT jwt =
          new SignedJWT(
              new JWSHeader.Builder(JWSAlgorithm.RS256).type(JOSEObjectType.JWT).build(), claims);
      jwt.sign(new RSASSASigner(key));
      return jwt.serialize();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  static String property(String name) {
    String value = System.getProperty(name);
    if (value == null) {
      throw new IllegalStateException(name + " is not set: run through Maven (mvn verify)");
    }
    return value;
  }
}
