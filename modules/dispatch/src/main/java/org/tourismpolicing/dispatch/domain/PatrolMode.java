package org.tourismpolicing.dispatch.domain;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * How a patrol unit moves. The five modes below exist in every tenant; a tenant names more in its
 * dispatch document ({@code speedsKmh: {boat: 15, horse: 8}}), with their speeds, and only the
 * modes of its own settings are accepted for its units ({@link DispatchSettings#mode}).
 *
 * @param code the name on the wire, in the tenant's documents and in the database
 */
public record PatrolMode(String code) {

  /** Longest code: the database column holds 20 characters. */
  public static final int MAX_LENGTH = 20;

  private static final Pattern CODE = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

  public static final PatrolMode FOOT = new PatrolMode("foot");
  public static final PatrolMode BICYCLE = new PatrolMode("bicycle");
  public static final PatrolMode MOTORCYCLE = new PatrolMode("motorcycle");
  public static final PatrolMode CAR = new PatrolMode("car");
  public static final PatrolMode PLAIN_CLOTHES = new PatrolMode("plain-clothes");

  public PatrolMode {
    if (!isCode(code)) {
      throw new IllegalArgumentException("not a patrol mode code: " + code);
    }
  }

  /** The mode named {@code code}, if it is well formed (lower case words joined by hyphens). */
  public static Optional<PatrolMode> fromCode(String code) {
    return isCode(code) ? Optional.of(new PatrolMode(code)) : Optional.empty();
  }

  private static boolean isCode(String code) {
    return code != null && code.length() <= MAX_LENGTH && CODE.matcher(code).matches();
  }

  @Override
  public String toString() {
    return code;
  }
}
