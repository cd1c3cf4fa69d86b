package org.tourismpolicing.dispatch.domain;

import java.util.Arrays;
import java.util.Optional;

/** What became of a dispute the police attended. */
public enum DisputeOutcome {
  NONE("none"),
  SETTLED("settled"),
  REFERRED_TO_MEDIATION("referred-to-mediation");

  private final String code;

  DisputeOutcome(String code) {
    this.code = code;
  }

  /** The name on the wire and in the tenant's documents. */
  public String code() {
    return code;
  }

  public static Optional<DisputeOutcome> fromCode(String code) {
    return Arrays.stream(values()).filter(v -> v.code.equals(code)).findFirst();
  }
}
