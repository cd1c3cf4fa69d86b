package org.tourismpolicing.core.identifiers;

import java.time.DateTimeException;
import java.time.LocalDate;
import org.tourismpolicing.core.validation.InvalidValueException;

/**
 * A citizen identity number of the People's Republic of China (公民身份号码, GB 11643-1999), as printed
 * on the resident identity card: 6 digits of the administrative division where it was issued, 8
 * digits of the date of birth ({@code yyyyMMdd}), 3 digits of sequence (odd for men, even for
 * women) and a check character computed by ISO 7064 MOD 11-2, {@code 0}-{@code 9} or {@code X}.
 *
 * <p>Input is read through {@link IdentifierText#compact(String)}: spaces, hyphens, zero-width
 * characters, full-width digits and a lower-case {@code x} are accepted, since people type and
 * paste numbers that way. Then the number must have 18 characters (the 15-digit numbers issued
 * before 1999 have no check digit and are refused), start with a province-level code, carry a real
 * date of birth no earlier than 1900 and have the right check character. The check catches every
 * single mistyped character and every swap of two neighbouring ones, which is why it is checked
 * before anyone is looked up by number. A birth date in the future is not refused here: that needs
 * a clock, which a value type should not depend on.
 *
 * <p>The number is personal data. {@link #toString()} gives only the {@link #masked()} form, and
 * error messages never contain the number, its date of birth or the expected check character, so
 * that neither a log line nor an error answer can leak or help guess a number. Use {@link #value()}
 * deliberately where the full number is needed.
 */
public record ResidentIdNumber(String value) {

  private static final int LENGTH = 18;

  /** ISO 7064 MOD 11-2 weights, 2^(18-i) mod 11 for positions 1 to 17. */
  private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};

  /** Check character for each value of the weighted sum mod 11. */
  private static final String CHECK_CHARACTERS = "10X98765432";

  public ResidentIdNumber {
    value = IdentifierText.compact(value);
    InvalidValueException problem = problem(value);
    if (problem != null) {
      throw problem;
    }
  }

  /**
   * Reads and validates a resident identity number.
   *
   * @throws InvalidValueException {@code identifier.resident-id.required}, {@code .length}, {@code
   *     .syntax}, {@code .region}, {@code .birth-date} or {@code .check-digit}
   */
  public static ResidentIdNumber parse(String text) {
    return new ResidentIdNumber(text);
  }

  /** True when {@code text} would be accepted, without throwing. */
  public static boolean isValid(String text) {
    return problem(IdentifierText.compact(text)) == null;
  }

  /** The date of birth encoded in digits 7 to 14. */
  public LocalDate birthDate() {
    return birthDate(value);
  }

  /** The 6-digit administrative division code of the place where the number was first issued. */
  public String regionCode() {
    return value.substring(0, 6);
  }

  /**
   * The number with the date of birth and most of the sequence hidden, such as {@code
   * 110105********002X}: enough to tell numbers apart on a screen or in a log, not enough to use.
   */
  public String masked() {
    return value.substring(0, 6) + "********" + value.substring(14);
  }

  /** The {@link #masked()} form, so that an identity number never lands in a log by accident. */
  @Override
  public String toString() {
    return masked();
  }

  /** The first rule {@code number} breaks, or null when it is valid. */
  private static InvalidValueException problem(String number) {
    if (number.isEmpty()) {
      return new InvalidValueException(
          "identifier.resident-id.required", "a resident identity number is required");
    }
    if (number.length() != LENGTH) {
      return new InvalidValueException(
          "identifier.resident-id.length",
          "a resident identity number has 18 characters, not " + number.length(),
          number.length());
    }
    if (!hasValidSyntax(number)) {
      return new InvalidValueException(
          "identifier.resident-id.syntax",
          "a resident identity number is 17 digits followed by a digit or X");
    }
    String province = number.substring(0, 2);
    if (!isProvinceCode(Integer.parseInt(province))) {
      return new InvalidValueException(
          "identifier.resident-id.region",
          "'" + province + "' is not a province-level region code",
          province);
    }
    if (birthDate(number) == null) {
      return new InvalidValueException(
          "identifier.resident-id.birth-date",
          "the resident identity number does not contain a valid date of birth");
    }
    if (number.charAt(17) != checkCharacter(number)) {
      return new InvalidValueException(
          "identifier.resident-id.check-digit",
          "the check digit of the resident identity number does not match");
    }
    return null;
  }

  private static boolean hasValidSyntax(String number) {
    for (int i = 0; i < LENGTH - 1; i++) {
      if (!isAsciiDigit(number.charAt(i))) {
        return false;
      }
    }
    char last = number.charAt(LENGTH - 1);
    return isAsciiDigit(last) || last == 'X';
  }

  // Character.isDigit would also let through full-width and other scripts' digits.
  private static boolean isAsciiDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /**
   * Province-level codes of GB/T 2260, plus 81 and 82 which begin the numbers on residence permits
   * for Hong Kong and Macao residents. 83, used on residence permits for Taiwan residents since
   * 2018, is deliberately not in this list yet.
   */
  private static boolean isProvinceCode(int code) {
    return (code >= 11 && code <= 15)
        || (code >= 21 && code <= 23)
        || (code >= 31 && code <= 37)
        || (code >= 41 && code <= 46)
        || (code >= 50 && code <= 54)
        || (code >= 61 && code <= 65)
        || code == 71
        || code == 81
        || code == 82;
  }

  /** The birth date in a syntactically valid number, or null when it is not a date from 1900 on. */
  private static LocalDate birthDate(String number) {
    int year = Integer.parseInt(number.substring(6, 10));
    int month = Integer.parseInt(number.substring(10, 12));
    int day = Integer.parseInt(number.substring(12, 14));
    if (year < 1900) {
      return null;
    }
    try {
      return LocalDate.of(year, month, day);
    } catch (DateTimeException notADate) {
      return null;
    }
  }

  /** ISO 7064 MOD 11-2 over the first 17 digits. */
  private static char checkCharacter(String number) {
    int sum = 0;
    for (int i = 0; i < WEIGHTS.length; i++) {
      sum += (number.charAt(i) - '0') * WEIGHTS[i];
    }
    return CHECK_CHARACTERS.charAt(sum % 11);
  }
}
