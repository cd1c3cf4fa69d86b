package org.tourismpolicing.dispatch.domain;

import java.util.Arrays;
import java.util.Optional;

/** How a patrol unit moves (its speed comes from the tenant's configuration). */
public enum PatrolMode {
  FOOT("foot"),
  BICYCLE("bicycle"),
  MOTORCYCLE("motorcycle"),
  CAR("car"),
  PLAIN_CLOTHES("plain-clothes");

  private final String code;

  PatrolMode(String code) {
    this.code = code;
  }

  /** The name on the wire and in the tenant's documents. */
  public String code() {
    return code;
  }

  public static Optional<PatrolMode> fromCode(String code) {
    return Arrays.stream(values()).filter(v -> v.code.equals(code)).findFirst();
  }
}
