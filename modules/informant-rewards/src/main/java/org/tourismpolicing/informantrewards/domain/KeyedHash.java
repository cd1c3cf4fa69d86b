package org.tourismpolicing.informantrewards.domain;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * HMAC-SHA256 under a tenant's hash key: finds the same phone number twice (duplicates, per-phone
 * rate limits) without storing or decrypting it, and cannot be reversed by hashing every possible
 * number without the key.
 */
public final class KeyedHash {

  private final SecretKeySpec key;

  public KeyedHash(byte[] key) {
    if (key.length < 32) {
      throw new IllegalArgumentException("the hash key must have at least 32 bytes");
    }
    this.key = new SecretKeySpec(key, "HmacSHA256");
  }

  public String of(String value) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(key);
      return HexFormat.of().formatHex(mac.doFinal(value.getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
    }
  }
}
