package org.tourismpolicing.dispatch.domain;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * A patrol unit's state: off duty → patrolling (available) → assigned → en route → on scene →
 * clearing → patrolling. "Assigned" is entered only by an assignment, and a unit leaves an incident
 * before arriving only when the assignment is released (by a dispatcher or the acknowledgement
 * time-out), never by a report of its own.
 */
public enum UnitState {
  OFF_DUTY("off-duty"),
  PATROLLING("patrolling"),
  ASSIGNED("assigned"),
  EN_ROUTE("en-route"),
  ON_SCENE("on-scene"),
  CLEARING("clearing");

  private final String code;

  UnitState(String code) {
    this.code = code;
  }

  public String code() {
    return code;
  }

  public static Optional<UnitState> fromCode(String code) {
    return Arrays.stream(values()).filter(v -> v.code.equals(code)).findFirst();
  }

  /** True while the unit works on an incident. */
  public boolean isBusy() {
    return this == ASSIGNED || this == EN_ROUTE || this == ON_SCENE || this == CLEARING;
  }

  /** The states a unit (or a dispatcher for it) may report next from this one. */
  public Set<UnitState> reportable() {
    return switch (this) {
      case OFF_DUTY -> EnumSet.of(PATROLLING);
      case PATROLLING -> EnumSet.of(OFF_DUTY);
      case ASSIGNED -> EnumSet.of(EN_ROUTE);
      case EN_ROUTE -> EnumSet.of(ON_SCENE);
      case ON_SCENE -> EnumSet.of(CLEARING, PATROLLING);
      case CLEARING -> EnumSet.of(PATROLLING);
    };
  }

  public boolean canReport(UnitState next) {
    return reportable().contains(next);
  }
}
