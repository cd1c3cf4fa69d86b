package org.tourismpolicing.informantrewards.domain;

import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/**
 * A tenant's identity encryption keys: {@code k2:<base64>,k1:<base64>}, each a 256-bit AES key
 * under an id; the first is the active key (new ciphertext), the others only decrypt what was
 * written before a rotation.
 */
public final class IdentityKeyRing {

  private static final Pattern KEY_ID = Pattern.compile("[A-Za-z0-9_-]{1,20}");

  private final String activeId;
  private final Map<String, SecretKey> keys;

  private IdentityKeyRing(String activeId, Map<String, SecretKey> keys) {
    this.activeId = activeId;
    this.keys = Collections.unmodifiableMap(keys);
  }

  /**
   * Reads a key ring from its configuration form.
   *
   * @throws IllegalArgumentException naming what is wrong (never the key material)
   */
  public static IdentityKeyRing parse(String spec) {
    if (spec == null || spec.isBlank()) {
      throw new IllegalArgumentException("no keys given");
    }
    Map<String, SecretKey> keys = new LinkedHashMap<>();
    String first = null;
    for (String part : spec.split(",")) {
      String[] idAndKey = part.trim().split(":", 2);
      if (idAndKey.length != 2 || !KEY_ID.matcher(idAndKey[0]).matches()) {
        throw new IllegalArgumentException("each key must be written <id>:<base64>");
      }
      byte[] key;
      try {
        key = Base64.getDecoder().decode(idAndKey[1].trim());
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("key " + idAndKey[0] + " is not base64");
      }
      if (key.length != 32) {
        throw new IllegalArgumentException("key " + idAndKey[0] + " must be 32 bytes (AES-256)");
      }
      if (keys.put(idAndKey[0], new SecretKeySpec(key, "AES")) != null) {
        throw new IllegalArgumentException("key id " + idAndKey[0] + " is given twice");
      }
      if (first == null) {
        first = idAndKey[0];
      }
    }
    return new IdentityKeyRing(first, keys);
  }

  public String activeId() {
    return activeId;
  }

  public SecretKey active() {
    return keys.get(activeId);
  }

  public Optional<SecretKey> key(String id) {
    return Optional.ofNullable(keys.get(id));
  }
}
