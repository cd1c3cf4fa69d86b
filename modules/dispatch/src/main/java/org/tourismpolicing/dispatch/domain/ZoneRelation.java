package org.tourismpolicing.dispatch.domain;

import java.util.Arrays;
import java.util.Optional;

/** How a unit's home zone relates to an incident's zone; the ranking prefers the first. */
public enum ZoneRelation {
  HOME("home"),
  NEIGHBOUR("neighbour"),
  OTHER("other");

  private final String code;

  ZoneRelation(String code) {
    this.code = code;
  }

  /** The name on the wire and in the tenant's documents. */
  public String code() {
    return code;
  }

  public static Optional<ZoneRelation> fromCode(String code) {
    return Arrays.stream(values()).filter(v -> v.code.equals(code)).findFirst();
  }
}
