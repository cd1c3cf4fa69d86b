package org.tourismpolicing.informantrewards.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.SecureRandom;
import java.util.Base64;
import org.junit.jupiter.api.Test;

/**
 * AES-256-GCM of identity fields: round trip, a fresh nonce each time, tampering and moving a value
 * to another tenant or field detected, rotation (old keys still decrypt, re-encryption moves values
 * to the active key), and the keyed hash of phones.
 */
class IdentityCryptoTest {

  private static final SecureRandom RANDOM = new SecureRandom();

  static String key() {
    byte[] k = new byte[32];
    RANDOM.nextBytes(k);
    return Base64.getEncoder().encodeToString(k);
  }

  private final String k1 = key();
  private final String k2 = key();
  private final IdentityCipher dali =
      new IdentityCipher("dali-gucheng", IdentityKeyRing.parse("k1:" + k1));

  @Test
  void aValueRoundTripsAndNeverShowsInItsCiphertext() {
    String sealed = dali.encrypt("phone", "13800138000");
    assertThat(sealed).startsWith("k1:").doesNotContain("13800138000");
    assertThat(dali.decrypt("phone", sealed)).isEqualTo("13800138000");
    assertThat(dali.decrypt("real-name", dali.encrypt("real-name", "张三"))).isEqualTo("张三");
    // a fresh 96-bit nonce each time: equal values give different ciphertexts
    assertThat(dali.encrypt("phone", "13800138000")).isNotEqualTo(sealed);
    byte[] raw = Base64.getDecoder().decode(sealed.substring(3));
    assertThat(raw).hasSize(12 + "13800138000".length() + 16);
    assertThat(dali.encrypt("phone", null)).isNull();
  }

  @Test
  void aTamperedValueIsRefused() {
    String sealed = dali.encrypt("phone", "13800138000");
    byte[] raw = Base64.getDecoder().decode(sealed.substring(3));
    raw[raw.length - 20] ^= 1;
    String tampered = "k1:" + Base64.getEncoder().encodeToString(raw);
    assertThatThrownBy(() -> dali.decrypt("phone", tampered))
        .isInstanceOf(IdentityCipher.UnreadableIdentity.class)
        .hasMessageNotContaining("13800138000");
    assertThatThrownBy(() -> dali.decrypt("phone", "k1:AAAA"))
        .isInstanceOf(IdentityCipher.UnreadableIdentity.class);
    assertThatThrownBy(() -> dali.decrypt("phone", "no-key-id"))
        .isInstanceOf(IdentityCipher.UnreadableIdentity.class);
  }

  @Test
  void aValueMovedToAnotherTenantOrFieldIsRefused() {
    String sealed = dali.encrypt("phone", "13800138000");
    IdentityCipher lijiangSameKey =
        new IdentityCipher("lijiang-gucheng", IdentityKeyRing.parse("k1:" + k1));
    assertThatThrownBy(() -> lijiangSameKey.decrypt("phone", sealed))
        .isInstanceOf(IdentityCipher.UnreadableIdentity.class);
    assertThatThrownBy(() -> dali.decrypt("real-name", sealed))
        .isInstanceOf(IdentityCipher.UnreadableIdentity.class);
  }

  @Test
  void afterRotationOldValuesDecryptAndAreReencryptedUnderTheActiveKey() {
    String old = dali.encrypt("payment-account", "6222 0000 1111 2222");
    IdentityCipher rotated =
        new IdentityCipher("dali-gucheng", IdentityKeyRing.parse("k2:" + k2 + ",k1:" + k1));
    assertThat(rotated.decrypt("payment-account", old)).isEqualTo("6222 0000 1111 2222");
    assertThat(rotated.isUnderActiveKey(old)).isFalse();
    String moved = rotated.reencrypt("payment-account", old);
    assertThat(moved).startsWith("k2:");
    assertThat(rotated.isUnderActiveKey(moved)).isTrue();
    assertThat(rotated.reencrypt("payment-account", moved)).isSameAs(moved);
    // once k1 is removed, only what was re-encrypted can be read
    IdentityCipher k2Only = new IdentityCipher("dali-gucheng", IdentityKeyRing.parse("k2:" + k2));
    assertThat(k2Only.decrypt("payment-account", moved)).isEqualTo("6222 0000 1111 2222");
    assertThatThrownBy(() -> k2Only.decrypt("payment-account", old))
        .isInstanceOf(IdentityCipher.UnreadableIdentity.class)
        .hasMessageContaining("unknown key id k1");
  }

  @Test
  void badKeyRingsAreRefusedWithoutShowingTheKey() {
    assertThatThrownBy(() -> IdentityKeyRing.parse("k1:" + k1.substring(0, 20)))
        .isInstanceOf(IllegalArgumentException.class);
    String shortKey = Base64.getEncoder().encodeToString(new byte[16]);
    assertThatThrownBy(() -> IdentityKeyRing.parse("k1:" + shortKey))
        .hasMessageContaining("32 bytes")
        .hasMessageNotContaining(shortKey);
    assertThatThrownBy(() -> IdentityKeyRing.parse("k1:" + k1 + ",k1:" + k2))
        .hasMessageContaining("twice");
    assertThatThrownBy(() -> IdentityKeyRing.parse(k1)).hasMessageContaining("<id>:<base64>");
    assertThatThrownBy(() -> IdentityKeyRing.parse(" "))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void theKeyedHashFindsTheSamePhoneOnlyUnderTheSameKey() {
    byte[] key = Base64.getDecoder().decode(k1);
    KeyedHash h = new KeyedHash(key);
    String a = h.of("phone:" + PhoneNumbers.normalise("+86 138-0013-8000").orElseThrow());
    String b = h.of("phone:" + PhoneNumbers.normalise("13800138000").orElseThrow());
    assertThat(a).isEqualTo(b).hasSize(64).doesNotContain("13800138000");
    assertThat(new KeyedHash(Base64.getDecoder().decode(k2)).of("phone:13800138000"))
        .isNotEqualTo(a);
    assertThatThrownBy(() -> new KeyedHash(new byte[8]))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void phoneNumbersAreNormalised() {
    assertThat(PhoneNumbers.normalise("138 0013 8000")).contains("13800138000");
    assertThat(PhoneNumbers.normalise("0086 13800138000")).contains("13800138000");
    assertThat(PhoneNumbers.normalise("12800138000")).isEmpty();
    assertThat(PhoneNumbers.normalise("1380013800")).isEmpty();
    assertThat(PhoneNumbers.normalise("0872-2670110")).isEmpty();
    assertThat(PhoneNumbers.normalise(null)).isEmpty();
    // as pasted: full width, an IME's ideographic space, a zero-width space, a leading 86
    assertThat(PhoneNumbers.normalise("＋８６　１３８－００１３－８０００")).contains("13800138000");
    assertThat(PhoneNumbers.normalise("\u200B138 0013 8000")).contains("13800138000");
    assertThat(PhoneNumbers.normalise("8613800138000")).contains("13800138000");
    assertThat(PhoneNumbers.normalise("+852 6123 4567")).isEmpty();
  }
}
