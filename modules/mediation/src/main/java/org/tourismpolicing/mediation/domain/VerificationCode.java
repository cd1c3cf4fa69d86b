package org.tourismpolicing.mediation.domain;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Locale;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The verification code printed on a mediation agreement, with which anyone holding the paper can
 * have it confirmed by the room: 16 characters of an HMAC-SHA256 of the agreement (tenant, case
 * number, terms, compensation, time of agreement) under the deployment's key, in Crockford's base32
 * (no I, L, O, U), then one check character (ISO 7064 MOD 37-2 over the 32 symbols and five more),
 * written in groups of four: {@code 7K3M-Q9XD-2HFA-W8RT-C}. The code is stored with the case when
 * the agreement is made, so it stays the same for that agreement whatever happens to the key; the
 * check character catches a mistyped code before anything is looked up.
 */
public final class VerificationCode {

  private static final String SYMBOLS = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

  /** Symbols of the check character: the 32 data symbols and five more (MOD 37-2). */
  private static final String CHECK_SYMBOLS = SYMBOLS + "*~$=U";

  private static final int DATA_LENGTH = 16;

  private VerificationCode() {}

  /** The code of an agreement described by {@code agreement} under {@code key}. */
  public static String derive(byte[] key, String agreement) {
    byte[] mac;
    try {
      Mac hmac = Mac.getInstance("HmacSHA256");
      hmac.init(new SecretKeySpec(key, "HmacSHA256"));
      mac = hmac.doFinal(agreement.getBytes(StandardCharsets.UTF_8));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
    }
    StringBuilder data = new StringBuilder(DATA_LENGTH);
    // 16 symbols of 5 bits: the first 80 bits of the MAC
    for (int i = 0; i < DATA_LENGTH; i++) {
      int bit = i * 5;
      int value = ((mac[bit / 8] & 0xFF) << 8 | (mac[bit / 8 + 1] & 0xFF)) >> (11 - bit % 8) & 0x1F;
      data.append(SYMBOLS.charAt(value));
    }
    return format(data.toString() + checkCharacter(data.toString()));
  }

  /**
   * The code in its canonical form (upper case, hyphens in place), or empty when it is not a code:
   * wrong length, a symbol outside the alphabet, or a check character that does not match.
   */
  public static Optional<String> normalize(String text) {
    if (text == null) {
      return Optional.empty();
    }
    String compact = text.replace("-", "").replace(" ", "").toUpperCase(Locale.ROOT);
    if (compact.length() != DATA_LENGTH + 1) {
      return Optional.empty();
    }
    String data = compact.substring(0, DATA_LENGTH);
    for (char c : data.toCharArray()) {
      if (SYMBOLS.indexOf(c) < 0) {
        return Optional.empty();
      }
    }
    if (checkCharacter(data) != compact.charAt(DATA_LENGTH)) {
      return Optional.empty();
    }
    return Optional.of(format(compact));
  }

  /** ISO 7064 MOD 37-2 (pure system, radix 2) over the data symbols' values. */
  static char checkCharacter(String data) {
    int p = 0;
    for (char c : data.toCharArray()) {
      p = ((p + SYMBOLS.indexOf(c)) * 2) % 37;
    }
    return CHECK_SYMBOLS.charAt((38 - p) % 37);
  }

  private static String format(String compact) {
    return String.join(
        "-",
        compact.substring(0, 4),
        compact.substring(4, 8),
        compact.substring(8, 12),
        compact.substring(12, 16),
        compact.substring(16));
  }
}
