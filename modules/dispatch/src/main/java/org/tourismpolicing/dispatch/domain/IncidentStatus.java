package org.tourismpolicing.dispatch.domain;

import java.util.Arrays;
import java.util.Optional;

/**
 * Where an incident stands, derived from its units: received (waiting for a unit) → dispatched → en
 * route (a unit acknowledged) → on scene → cleared; or cancelled before it is cleared.
 */
public enum IncidentStatus {
  RECEIVED("received"),
  DISPATCHED("dispatched"),
  EN_ROUTE("en-route"),
  ON_SCENE("on-scene"),
  CLEARED("cleared"),
  CANCELLED("cancelled");

  private final String code;

  IncidentStatus(String code) {
    this.code = code;
  }

  public String code() {
    return code;
  }

  public static Optional<IncidentStatus> fromCode(String code) {
    return Arrays.stream(values()).filter(v -> v.code.equals(code)).findFirst();
  }

  public boolean isClosed() {
    return this == CLEARED || this == CANCELLED;
  }
}
