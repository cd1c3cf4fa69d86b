package org.tourismpolicing.referenceapp.support;

import java.nio.file.Path;
import java.security.interfaces.RSAPrivateKey;
import org.tourismpolicing.testsupport.SigningKeys;

/**
 * The integration tests' token keys. The build runs test-support's {@link SigningKeys} before
 * starting the test server, which trusts {@code public.pem} as its production key; the tests sign
 * with {@code private.pem}. Made fresh in {@code target/} for every build; never committed.
 */
public final class TestKeys {

  /** The issuer the integration-test servers trust (their {@code mp.jwt.verify.issuer}). */
  public static final String ISSUER = "urn:tourism-policing:test";

  private TestKeys() {}

  /** The private key the build wrote into {@code dir} (see {@link SigningKeys}). */
  public static RSAPrivateKey privateKey(Path dir) throws Exception {
    return SigningKeys.privateKey(dir);
  }
}
