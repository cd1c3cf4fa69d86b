package org.tourismpolicing.informantrewards.domain;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Mainland mobile numbers as informants give them ({@code 138 0000 1234}, {@code +86-138…}),
 * normalised to the 11 digits, so the same phone always has the same keyed hash.
 */
public final class PhoneNumbers {

  private static final Pattern MOBILE = Pattern.compile("1[3-9][0-9]{9}");

  private PhoneNumbers() {}

  public static Optional<String> normalise(String typed) {
    if (typed == null) {
      return Optional.empty();
    }
    String digits = typed.replaceAll("[\\s()-]", "");
    if (digits.startsWith("+86")) {
      digits = digits.substring(3);
    } else if (digits.startsWith("0086")) {
      digits = digits.substring(4);
    }
    return MOBILE.matcher(digits).matches() ? Optional.of(digits) : Optional.empty();
  }
}
