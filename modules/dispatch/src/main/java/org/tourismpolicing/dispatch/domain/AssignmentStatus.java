package org.tourismpolicing.dispatch.domain;

import java.util.Arrays;
import java.util.Optional;

/** Where one unit's assignment to one incident stands. */
public enum AssignmentStatus {
  ASSIGNED("assigned"),
  ACKNOWLEDGED("acknowledged"),
  ON_SCENE("on-scene"),
  CLEARING("clearing"),
  COMPLETED("completed"),
  RELEASED("released"),
  TIMED_OUT("timed-out");

  private final String code;

  AssignmentStatus(String code) {
    this.code = code;
  }

  /** The name on the wire and in the tenant's documents. */
  public String code() {
    return code;
  }

  public static Optional<AssignmentStatus> fromCode(String code) {
    return Arrays.stream(values()).filter(v -> v.code.equals(code)).findFirst();
  }
}
