package org.tourismpolicing.dispatch.application;

import java.time.Instant;
import org.tourismpolicing.dispatch.domain.Incident;
import org.tourismpolicing.dispatch.domain.PatrolUnit;

/** Short forms of incidents and units for the board and its live stream. */
public final class Summaries {

  private Summaries() {}

  /** An incident on the board. */
  public record IncidentSummary(
      String id,
      String number,
      String source,
      String category,
      int priority,
      String status,
      String zone,
      double latitude,
      double longitude,
      int unitsRequired,
      int unitsActive,
      Instant receivedAt,
      Instant updatedAt) {}

  /** A unit on the board. */
  public record UnitSummary(
      String id,
      String callSign,
      String mode,
      String homeZone,
      String state,
      String incidentId,
      Double latitude,
      Double longitude,
      Instant positionAt) {}

  public static IncidentSummary of(Incident i) {
    return new IncidentSummary(
        i.id(),
        i.number(),
        i.source().code(),
        i.category(),
        i.priority(),
        i.status().code(),
        i.zoneCode(),
        i.position().latitude(),
        i.position().longitude(),
        i.unitsRequired(),
        i.unitsActive(),
        i.receivedAt(),
        i.updatedAt());
  }

  public static UnitSummary of(PatrolUnit u) {
    return new UnitSummary(
        u.id(),
        u.callSign(),
        u.mode().code(),
        u.homeZone(),
        u.state().code(),
        u.incidentId(),
        u.position() == null ? null : u.position().latitude(),
        u.position() == null ? null : u.position().longitude(),
        u.positionAt());
  }
}
