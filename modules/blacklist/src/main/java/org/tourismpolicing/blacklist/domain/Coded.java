package org.tourismpolicing.blacklist.domain;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * An enumeration whose wire form is its name in lower case with hyphens ({@code IN_MEDIATION} →
 * {@code in-mediation}), as codes are written everywhere else in the API and the tenant documents.
 */
public interface Coded {

  String name();

  default String code() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  static <E extends Enum<E> & Coded> Optional<E> fromCode(Class<E> type, String code) {
    if (code == null) {
      return Optional.empty();
    }
    return Arrays.stream(type.getEnumConstants()).filter(e -> e.code().equals(code)).findFirst();
  }

  /** Every code of {@code type}, for messages that list what is accepted. */
  static <E extends Enum<E> & Coded> String codes(Class<E> type) {
    List<String> codes = Arrays.stream(type.getEnumConstants()).map(Coded::code).toList();
    return String.join(", ", codes);
  }
}
