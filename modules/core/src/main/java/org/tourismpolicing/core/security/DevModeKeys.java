package org.tourismpolicing.core.security;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.util.Base64;

/**
 * The signing key of development mode: made in memory when first needed, never written anywhere, so
 * tokens die with the server. One per application class loader.
 */
public final class DevModeKeys {

  private static volatile KeyPair keys;

  private DevModeKeys() {}

  static KeyPair keys() {
    KeyPair k = keys;
    if (k == null) {
      synchronized (DevModeKeys.class) {
        k = keys;
        if (k == null) {
          try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            k = generator.generateKeyPair();
            keys = k;
          } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("RSA is part of every Java runtime", e);
          }
        }
      }
    }
    return k;
  }

  static RSAPrivateKey privateKey() {
    return (RSAPrivateKey) keys().getPrivate();
  }

  static RSAPublicKey publicKey() {
    return (RSAPublicKey) keys().getPublic();
  }

  /** The public key in PEM form, as {@code mp.jwt.verify.publickey} takes it. */
  static String publicKeyPem() {
    String body =
        Base64.getMimeEncoder(64, "\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII))
            .encodeToString(publicKey().getEncoded());
    return "-----BEGIN PUBLIC KEY-----\n" + body + "\n-----END PUBLIC KEY-----";
  }
}
