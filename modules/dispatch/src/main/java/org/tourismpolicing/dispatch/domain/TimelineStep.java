package org.tourismpolicing.dispatch.domain;

import java.util.Arrays;
import java.util.Optional;

/** The steps of an incident's timeline. */
public enum TimelineStep {
  RECEIVED("received"),
  DISPATCHED("dispatched"),
  ACKNOWLEDGED("acknowledged"),
  ARRIVED("arrived"),
  CLEARING("clearing"),
  CLEARED("cleared"),
  CANCELLED("cancelled"),
  RELEASED("released"),
  TIMED_OUT("timed-out"),
  OUTCOME("outcome-recorded"),
  QUEUED("queued");

  private final String code;

  TimelineStep(String code) {
    this.code = code;
  }

  /** The name on the wire and in the tenant's documents. */
  public String code() {
    return code;
  }

  public static Optional<TimelineStep> fromCode(String code) {
    return Arrays.stream(values()).filter(v -> v.code.equals(code)).findFirst();
  }
}
