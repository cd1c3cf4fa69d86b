package org.tourismpolicing.core.identifiers;

import org.tourismpolicing.core.validation.InvalidValueException;

/**
 * A unified social credit code (统一社会信用代码, GB 32100-2015), the 18-character identifier of every
 * company, individual business, public institution and social organisation, as printed on its
 * business licence: 1 character registration authority (9 = market regulation), 1 character
 * organisation category, 6 digits of the administrative division, 9 characters of organisation code
 * (GB 11714) and a check character.
 *
 * <p>Input is read through {@link IdentifierText#compact(String)}: spaces, hyphens, zero-width
 * characters and full-width forms as people paste them are accepted, and letters upper-cased. The
 * code must then have 18 characters from {@code 0-9} and {@code A-Y} without {@code I, O, Z, S, V}
 * (left out because they are easily confused with 1, 0, 2, 5 and U), digits in positions 3 to 8,
 * and the right check character: with the index of each of the first 17 characters in that
 * alphabet, weights 3^i mod 31 ({@code 1, 3, 9, 27, 19, ...}) and {@code c = 31 - (sum mod 31)},
 * where 31 stands for 0, the 18th character is the alphabet's {@code c}-th. This catches every
 * single mistyped character and every swap of two neighbouring ones.
 *
 * <p>The embedded organisation code (positions 9 to 17) has a check digit of its own, but that one
 * is deliberately not validated: codes of individual businesses (个体工商户) and some others are
 * assigned without one, and refusing them would refuse real licences.
 *
 * <p>Credit codes are public (they are printed on every licence and published in the national
 * enterprise credit system), so {@link #toString()} gives the whole code.
 */
public record UnifiedSocialCreditCode(String value) {

  /** The 31 characters a code may contain; a character's index is its value in the check. */
  static final String CHARSET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

  private static final int LENGTH = 18;

  private static final int[] WEIGHTS = {
    1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28
  };

  public UnifiedSocialCreditCode {
    value = IdentifierText.compact(value);
    InvalidValueException problem = problem(value);
    if (problem != null) {
      throw problem;
    }
  }

  /**
   * Reads and validates a unified social credit code.
   *
   * @throws InvalidValueException {@code identifier.credit-code.required}, {@code .length}, {@code
   *     .charset}, {@code .region} or {@code .check-digit}
   */
  public static UnifiedSocialCreditCode parse(String text) {
    return new UnifiedSocialCreditCode(text);
  }

  /** True when {@code text} would be accepted, without throwing. */
  public static boolean isValid(String text) {
    return problem(IdentifierText.compact(text)) == null;
  }

  /** The registration authority, such as {@code 9} for market regulation (工商). */
  public char registrationAuthority() {
    return value.charAt(0);
  }

  /** The 6-digit administrative division code of the registering authority. */
  public String regionCode() {
    return value.substring(2, 8);
  }

  @Override
  public String toString() {
    return value;
  }

  /** The first rule {@code code} breaks, or null when it is valid. */
  private static InvalidValueException problem(String code) {
    if (code.isEmpty()) {
      return new InvalidValueException(
          "identifier.credit-code.required", "a unified social credit code is required");
    }
    if (code.length() != LENGTH) {
      return new InvalidValueException(
          "identifier.credit-code.length",
          "a unified social credit code has 18 characters, not " + code.length(),
          code.length());
    }
    for (int i = 0; i < LENGTH; i++) {
      char c = code.charAt(i);
      if (CHARSET.indexOf(c) < 0) {
        return new InvalidValueException(
            "identifier.credit-code.charset",
            "character '" + c + "' at position " + (i + 1) + " is not allowed in a credit code",
            String.valueOf(c),
            i + 1);
      }
    }
    String region = code.substring(2, 8);
    if (!region.chars().allMatch(c -> c >= '0' && c <= '9')) {
      return new InvalidValueException(
          "identifier.credit-code.region",
          "positions 3 to 8 of a credit code are a region code of 6 digits, not '" + region + "'",
          region);
    }
    if (code.charAt(LENGTH - 1) != checkCharacter(code)) {
      return new InvalidValueException(
          "identifier.credit-code.check-digit",
          "the check character of unified social credit code " + code + " does not match",
          code);
    }
    return null;
  }

  private static char checkCharacter(String code) {
    int sum = 0;
    for (int i = 0; i < WEIGHTS.length; i++) {
      sum += CHARSET.indexOf(code.charAt(i)) * WEIGHTS[i];
    }
    int c = 31 - sum % 31;
    return CHARSET.charAt(c == 31 ? 0 : c);
  }
}
