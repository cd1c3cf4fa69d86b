package org.tourismpolicing.kioskregistry.domain;

import java.util.Arrays;
import java.util.Optional;

/**
 * How a walk-in ended. {@code POLICE_ACTION} hands it on for police action: the kiosk registry
 * announces it (an event carrying ids) and the dispatch module, when deployed, opens an incident.
 */
public enum WalkInOutcome {
  RESOLVED("resolved"),
  REFERRED("referred"),
  POLICE_ACTION("police-action"),
  UNRESOLVED("unresolved");

  private final String code;

  WalkInOutcome(String code) {
    this.code = code;
  }

  public String code() {
    return code;
  }

  public static Optional<WalkInOutcome> fromCode(String code) {
    return Arrays.stream(values()).filter(o -> o.code.equals(code)).findFirst();
  }
}
