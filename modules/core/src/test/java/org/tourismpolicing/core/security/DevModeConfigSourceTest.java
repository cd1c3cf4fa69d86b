package org.tourismpolicing.core.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.tourismpolicing.core.security.DevModeTest.withProperty;

import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.ServiceLoader;
import org.eclipse.microprofile.config.spi.ConfigSource;
import org.junit.jupiter.api.Test;

class DevModeConfigSourceTest {

  private final DevModeConfigSource source = new DevModeConfigSource();

  private static PublicKey parsePem(String pem) throws Exception {
    String body =
        pem.replace("-----BEGIN PUBLIC KEY-----", "")
            .replace("-----END PUBLIC KEY-----", "")
            .replaceAll("\\s", "");
    return KeyFactory.getInstance("RSA")
        .generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(body)));
  }

  @Test
  void emptyWhenOff() {
    withProperty(
        "false",
        () -> {
          assertThat(source.getPropertyNames()).isEmpty();
          assertThat(source.getProperties()).isEmpty();
          assertThat(source.getValue(DevModeConfigSource.PUBLIC_KEY)).isNull();
          assertThat(source.getValue(DevModeConfigSource.ISSUER)).isNull();
        });
  }

  @Test
  void trustsTheDevelopmentKeyAndIssuerWhenOn() {
    withProperty(
        "true",
        () -> {
          assertThat(source.getPropertyNames())
              .containsExactlyInAnyOrder(
                  DevModeConfigSource.PUBLIC_KEY, DevModeConfigSource.ISSUER);
          assertThat(source.getValue(DevModeConfigSource.ISSUER)).isEqualTo(DevMode.ISSUER);
          String pem = source.getValue(DevModeConfigSource.PUBLIC_KEY);
          assertThat(pem)
              .startsWith("-----BEGIN PUBLIC KEY-----\n")
              .endsWith("\n-----END PUBLIC KEY-----");
          assertThat(source.getProperties())
              .containsEntry(DevModeConfigSource.PUBLIC_KEY, pem)
              .containsEntry(DevModeConfigSource.ISSUER, DevMode.ISSUER)
              .hasSize(2);
          assertThat(source.getValue("mp.jwt.verify.audiences")).isNull();
        });
  }

  @Test
  void thePublishedKeyVerifiesWhatTheTokenEndpointSigns() {
    withProperty(
        "true",
        () -> {
          try {
            byte[] data = "header.payload".getBytes(StandardCharsets.US_ASCII);
            Signature signer = Signature.getInstance("SHA256withRSA");
            signer.initSign(DevModeTokens.signingKey());
            signer.update(data);
            byte[] signature = signer.sign();

            Signature verifier = Signature.getInstance("SHA256withRSA");
            verifier.initVerify(parsePem(source.getValue(DevModeConfigSource.PUBLIC_KEY)));
            verifier.update(data);
            assertThat(verifier.verify(signature)).isTrue();
            assertThat(DevModeKeys.publicKey().getModulus().bitLength()).isEqualTo(2048);
          } catch (Exception e) {
            throw new AssertionError(e);
          }
        });
  }

  @Test
  void theSigningKeyIsOnlyHandedOutInDevelopmentMode() {
    withProperty(
        "false",
        () ->
            assertThatThrownBy(DevModeTokens::signingKey)
                .isInstanceOf(IllegalStateException.class));
  }

  @Test
  void outranksSystemPropertiesAndEnvironment() {
    // MicroProfile Config: system properties 400, environment variables 300
    assertThat(source.getOrdinal()).isGreaterThan(400);
    assertThat(source.getName()).isNotBlank();
  }

  @Test
  void isRegisteredAsAConfigSource() {
    assertThat(ServiceLoader.load(ConfigSource.class).stream().map(ServiceLoader.Provider::type))
        .contains(DevModeConfigSource.class);
  }
}
