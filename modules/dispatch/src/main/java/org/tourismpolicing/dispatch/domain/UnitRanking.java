package org.tourismpolicing.dispatch.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.tourismpolicing.core.geo.GeoPoint;

/**
 * Ranks available units for an incident by estimated time of arrival: street distance (straight
 * line × the tenant's detour factor) at the unit's mode's speed, plus a penalty when the unit's
 * home zone is a neighbour of the incident's zone rather than the zone itself, and another when its
 * position is stale (it may have moved). Units from zones that are neither are ranked last and only
 * offered when {@code includeOtherZones} (a dispatcher's choice, never the automatic assignment).
 */
public final class UnitRanking {

  private final DispatchSettings settings;

  public UnitRanking(DispatchSettings settings) {
    this.settings = settings;
  }

  /** What the ranking needs to know of an available unit. */
  public record Candidate(
      String unitId,
      String callSign,
      PatrolMode mode,
      String homeZone,
      GeoPoint position,
      Instant positionAt) {}

  /** A candidate with its estimate; {@code scoreSeconds} orders the list. */
  public record Ranked(
      Candidate candidate,
      ZoneRelation relation,
      int distanceMetres,
      int etaSeconds,
      int scoreSeconds,
      boolean positionStale) {}

  /**
   * @param incidentZone the incident's zone, or null when it is outside every zone (then every unit
   *     counts as a neighbour)
   * @param neighbours the zones next to the incident's zone
   * @param zoneCentre where a unit that never reported a position is assumed to be: the centre of
   *     its home zone
   */
  public List<Ranked> rank(
      GeoPoint incident,
      String incidentZone,
      Set<String> neighbours,
      List<Candidate> candidates,
      Function<String, GeoPoint> zoneCentre,
      Instant now,
      boolean includeOtherZones) {
    List<Ranked> ranked = new ArrayList<>(candidates.size());
    for (Candidate c : candidates) {
      ZoneRelation relation = relation(c.homeZone(), incidentZone, neighbours);
      if (relation == ZoneRelation.OTHER && !includeOtherZones) {
        continue;
      }
      boolean stale =
          c.position() == null
              || c.positionAt() == null
              || c.positionAt().plus(settings.stalePositionAfter()).isBefore(now);
      GeoPoint from = c.position() != null ? c.position() : zoneCentre.apply(c.homeZone());
      if (from == null) {
        continue;
      }
      double metres = from.distanceMetresTo(incident) * settings.detourFactor();
      int eta = etaSeconds(metres, c.mode());
      long score = eta;
      if (relation == ZoneRelation.NEIGHBOUR) {
        score += settings.neighbourZonePenalty().toSeconds();
      } else if (relation == ZoneRelation.OTHER) {
        // never ahead of a unit of the zone or a neighbour
        score += 24L * 3600;
      }
      if (stale) {
        score += settings.stalePositionPenalty().toSeconds();
      }
      ranked.add(
          new Ranked(
              c,
              relation,
              (int) Math.round(metres),
              eta,
              (int) Math.min(Integer.MAX_VALUE, score),
              stale));
    }
    ranked.sort(
        Comparator.comparingInt(Ranked::scoreSeconds)
            .thenComparingInt(Ranked::distanceMetres)
            .thenComparing(r -> r.candidate().callSign()));
    return ranked;
  }

  /** Seconds to cover {@code metres} of street at the mode's speed. */
  public int etaSeconds(double metres, PatrolMode mode) {
    double metresPerSecond = settings.speedKmh(mode) / 3.6;
    return (int) Math.ceil(metres / metresPerSecond);
  }

  static ZoneRelation relation(String homeZone, String incidentZone, Set<String> neighbours) {
    if (incidentZone == null) {
      return ZoneRelation.NEIGHBOUR;
    }
    if (incidentZone.equals(homeZone)) {
      return ZoneRelation.HOME;
    }
    return neighbours.contains(homeZone) ? ZoneRelation.NEIGHBOUR : ZoneRelation.OTHER;
  }
}
