package org.tourismpolicing.dispatch.domain;

import java.util.Arrays;
import java.util.Optional;

/** Where an incident came from. */
public enum IncidentSource {
  COMMAND_CENTRE("110-centre"),
  DUTY_ROOM("duty-room"),
  KIOSK_WALK_IN("kiosk-walk-in"),
  PATROL("patrol-self-report"),
  APP("app"),
  /** A verified citizen tip the informant handler handed to the police. */
  INFORMANT_TIP("informant-tip");

  private final String code;

  IncidentSource(String code) {
    this.code = code;
  }

  /** The name on the wire and in the tenant's documents. */
  public String code() {
    return code;
  }

  public static Optional<IncidentSource> fromCode(String code) {
    return Arrays.stream(values()).filter(v -> v.code.equals(code)).findFirst();
  }
}
