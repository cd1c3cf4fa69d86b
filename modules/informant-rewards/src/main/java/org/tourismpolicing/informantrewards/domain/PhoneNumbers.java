package org.tourismpolicing.informantrewards.domain;

import java.util.Optional;
import java.util.regex.Pattern;
import org.tourismpolicing.core.identifiers.IdentifierText;

/**
 * Mainland mobile numbers as informants give them ({@code 138 0000 1234}, {@code +86-138…},
 * full-width digits), read by core's {@link IdentifierText#phone(String)} and kept to the 11
 * digits, so the same phone always has the same keyed hash.
 */
public final class PhoneNumbers {

  private static final Pattern MOBILE = Pattern.compile("1[3-9][0-9]{9}");

  private PhoneNumbers() {}

  public static Optional<String> normalise(String typed) {
    if (typed == null) {
      return Optional.empty();
    }
    String digits = IdentifierText.phone(typed);
    return MOBILE.matcher(digits).matches() ? Optional.of(digits) : Optional.empty();
  }
}
