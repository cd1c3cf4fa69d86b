package org.tourismpolicing.referenceapp.support;

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
 * Signs tokens as the identity provider of the integration-test server would: issuer and key that
 * the server trusts, user, roles ({@code groups}) and tenants. Also makes tokens the server must
 * refuse (another key, another issuer, expired).
 */
public final class Tokens {

  private static RSAPrivateKey key;
  private static RSAPrivateKey untrusted;

  private Tokens() {}

  public static String token(String user, List<String> tenants, String... roles) {
    return sign(
        trustedKey(), TestKeys.ISSUER, user, tenants, null, Instant.now().plusSeconds(3600), roles);
  }

  public static String token(String user, String tenant, String... roles) {
    return token(user, List.of(tenant), roles);
  }

  /** A partner-department user's token, scoped to its department. */
  public static String departmentToken(String user, String tenant, String department) {
    return sign(
        trustedKey(),
        TestKeys.ISSUER,
        user,
        List.of(tenant),
        department,
        Instant.now().plusSeconds(3600),
        "partner-department");
  }

  public static String platformAdmin() {
    return token("platform-admin-test", List.of(), "platform-admin");
  }

  /** Signed by a key the server does not know (made once per test run). */
  public static String forgedToken(String user, String tenant, String... roles) {
    return sign(
        untrustedKey(),
        TestKeys.ISSUER,
        user,
        List.of(tenant),
        null,
        Instant.now().plusSeconds(3600),
        roles);
  }

  /** Signed by the trusted key but naming another issuer. */
  public static String wrongIssuerToken(String user, String tenant, String... roles) {
    return sign(
        trustedKey(),
        "urn:someone-else",
        user,
        List.of(tenant),
        null,
        Instant.now().plusSeconds(3600),
        roles);
  }

  public static String expiredToken(String user, String tenant, String... roles) {
    return sign(
        trustedKey(),
        TestKeys.ISSUER,
        user,
        List.of(tenant),
        null,
        Instant.now().minusSeconds(3600),
        roles);
  }

  private static synchronized RSAPrivateKey trustedKey() {
    if (key == null) {
      try {
        key = TestKeys.privateKey(Path.of(System.getProperty("it.keys.dir")));
      } catch (Exception e) {
        throw new IllegalStateException("test keys missing: run through Maven (mvnw verify)", e);
      }
    }
    return key;
  }

  private static synchronized RSAPrivateKey untrustedKey() {
    if (untrusted == null) {
      try {
        KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
        g.initialize(2048);
        untrusted = (RSAPrivateKey) g.generateKeyPair().getPrivate();
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    }
    return untrusted;
  }

  private static String sign(
      RSAPrivateKey signer,
      String issuer,
      String user,
      List<String> tenants,
      String department,
      Instant expires,
      String... roles) {
    try {
      JWTClaimsSet.Builder claims =
          new JWTClaimsSet.Builder()
              .issuer(issuer)
              .subject(user)
              .claim("upn", user)
              .claim("groups", List.of(roles))
              .claim("tenants", tenants)
              .issueTime(Date.from(expires.minusSeconds(7200)))
              .expirationTime(Date.from(expires))
              .jwtID(UUID.randomUUID().toString());
      if (department != null) {
        claims.claim("department", department);
      }
      SignedJWT jwt =
          new SignedJWT(
              new JWSHeader.Builder(JWSAlgorithm.RS256).type(JOSEObjectType.JWT).build(),
              claims.build());
      jwt.sign(new RSASSASigner(signer));
      return jwt.serialize();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
