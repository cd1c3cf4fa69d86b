package org.tourismpolicing.informantrewards.domain;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;

/**
 * Encrypts an informant's identity fields for one tenant: AES-256-GCM from the JDK, a fresh 96-bit
 * random nonce per value, the tenant id and the field name as associated data (a ciphertext copied
 * into another tenant or another field fails to decrypt), stored as {@code
 * keyId:base64(nonce||ciphertext||tag)} so keys can rotate.
 */
public final class IdentityCipher {

  private static final int NONCE_BYTES = 12;
  private static final int TAG_BITS = 128;
  private static final SecureRandom RANDOM = new SecureRandom();

  private final String tenant;
  private final IdentityKeyRing keys;

  public IdentityCipher(String tenant, IdentityKeyRing keys) {
    this.tenant = tenant;
    this.keys = keys;
  }

  /** Thrown when a value cannot be decrypted: unknown key, tampered or moved. Says nothing else. */
  public static final class UnreadableIdentity extends RuntimeException {
    private static final long serialVersionUID = 1L;

    UnreadableIdentity(String why) {
      super(why);
    }
  }

  public String encrypt(String field, String plaintext) {
    if (plaintext == null) {
      return null;
    }
    byte[] nonce = new byte[NONCE_BYTES];
    RANDOM.nextBytes(nonce);
    try {
      Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
      c.init(Cipher.ENCRYPT_MODE, keys.active(), new GCMParameterSpec(TAG_BITS, nonce));
      c.updateAAD(associatedData(field));
      byte[] sealed = c.doFinal(plaintext.getBytes(StandardCharsets.UTF_8));
      byte[] out = ByteBuffer.allocate(nonce.length + sealed.length).put(nonce).put(sealed).array();
      return keys.activeId() + ":" + Base64.getEncoder().encodeToString(out);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-GCM is part of every Java runtime", e);
    }
  }

  public String decrypt(String field, String stored) {
    if (stored == null) {
      return null;
    }
    int colon = stored.indexOf(':');
    if (colon < 1) {
      throw new UnreadableIdentity("not a sealed value");
    }
    String keyId = stored.substring(0, colon);
    SecretKey key =
        keys.key(keyId).orElseThrow(() -> new UnreadableIdentity("unknown key id " + keyId));
    byte[] all;
    try {
      all = Base64.getDecoder().decode(stored.substring(colon + 1));
    } catch (IllegalArgumentException e) {
      throw new UnreadableIdentity("not base64");
    }
    if (all.length < NONCE_BYTES + TAG_BITS / 8) {
      throw new UnreadableIdentity("too short");
    }
    try {
      Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
      c.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, all, 0, NONCE_BYTES));
      c.updateAAD(associatedData(field));
      byte[] plain = c.doFinal(all, NONCE_BYTES, all.length - NONCE_BYTES);
      return new String(plain, StandardCharsets.UTF_8);
    } catch (AEADBadTagException e) {
      throw new UnreadableIdentity(
          "authentication failed: tampered, or another tenant's or field's");
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-GCM is part of every Java runtime", e);
    }
  }

  /** Whether a stored value is under the active key (else the rotation job re-encrypts it). */
  public boolean isUnderActiveKey(String stored) {
    return stored == null || stored.startsWith(keys.activeId() + ":");
  }

  /** Decrypts under whichever key wrote it and encrypts again under the active key. */
  public String reencrypt(String field, String stored) {
    return stored == null || isUnderActiveKey(stored)
        ? stored
        : encrypt(field, decrypt(field, stored));
  }

  private byte[] associatedData(String field) {
    return (tenant + "\n" + field).getBytes(StandardCharsets.UTF_8);
  }
}
