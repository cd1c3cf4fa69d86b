package org.tourismpolicing.dispatch.domain;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.tourismpolicing.core.i18n.LocalizedText;

/**
 * A tenant's dispatch settings, bound from its {@code dispatch.yaml}: incident categories and
 * priorities, the patrol modes' speeds, the assignment rules (neighbouring-zone and stale-position
 * penalties, acknowledgement time limit), response-time targets and the units it starts with.
 *
 * @param detourFactor street distance over straight-line distance in the tenant's streets (old
 *     towns with lanes: about 1.3–1.5)
 * @param walkInCategories incident category for each kiosk walk-in kind; key {@code *} for others
 * @param tipCategories incident category for each informant tip category; key {@code *} for others
 */
public record DispatchSettings(
    List<Category> categories,
    List<PriorityLevel> priorities,
    Map<PatrolMode, Double> speedsKmh,
    double detourFactor,
    Duration neighbourZonePenalty,
    Duration stalePositionPenalty,
    Duration stalePositionAfter,
    Duration acknowledgeWithin,
    ResponseTargets targets,
    Map<String, String> walkInCategories,
    Map<String, String> tipCategories,
    String numberPrefix,
    List<UnitDefinition> units) {

  public static final String MODULE = "dispatch";

  private static final double FOOT_KMH = 4.5;

  /** Speeds (km/h) of a tenant that names none: walking and riding through a crowded old town. */
  public static Map<PatrolMode, Double> defaultSpeeds() {
    Map<PatrolMode, Double> speeds = new LinkedHashMap<>();
    speeds.put(PatrolMode.FOOT, FOOT_KMH);
    speeds.put(PatrolMode.PLAIN_CLOTHES, 4.5);
    speeds.put(PatrolMode.BICYCLE, 12.0);
    speeds.put(PatrolMode.MOTORCYCLE, 22.0);
    speeds.put(PatrolMode.CAR, 18.0);
    return speeds;
  }

  public DispatchSettings {
    categories = List.copyOf(categories);
    priorities = List.copyOf(priorities);
    speedsKmh = Map.copyOf(speedsKmh);
    walkInCategories = Map.copyOf(walkInCategories);
    tipCategories = Map.copyOf(tipCategories);
    units = List.copyOf(units);
  }

  public Optional<Category> category(String code) {
    return categories.stream().filter(c -> c.code().equals(code)).findFirst();
  }

  public Optional<PriorityLevel> priority(int level) {
    return priorities.stream().filter(p -> p.level() == level).findFirst();
  }

  /** The incident category for a kiosk walk-in of {@code kind}. */
  public String categoryForWalkIn(String kind) {
    String mapped = walkInCategories.get(kind);
    if (mapped == null) {
      mapped = walkInCategories.getOrDefault("*", "other");
    }
    return mapped;
  }

  /**
   * The incident category of a verified informant tip: the configured mapping, else the dispatch
   * category of the same code, else the mapping of {@code *}, else {@code other}.
   */
  public String categoryForTip(String tipCategory) {
    String mapped = tipCategories.get(tipCategory);
    if (mapped != null) {
      return mapped;
    }
    if (categories.stream().anyMatch(c -> c.code().equals(tipCategory))) {
      return tipCategory;
    }
    return tipCategories.getOrDefault("*", "other");
  }

  /**
   * The speed of {@code mode}. A unit whose mode the tenant's document no longer names (it was
   * removed after the unit was created) is ranked at walking speed rather than refused.
   */
  public double speedKmh(PatrolMode mode) {
    return speedsKmh.getOrDefault(mode, speedsKmh.getOrDefault(PatrolMode.FOOT, FOOT_KMH));
  }

  /** The tenant's mode named {@code code}: the five shipped ones and those its document adds. */
  public Optional<PatrolMode> mode(String code) {
    return PatrolMode.fromCode(code).filter(speedsKmh::containsKey);
  }

  /** An incident category and its default priority (1 is the most urgent). */
  public record Category(String code, LocalizedText names, int priority) {}

  /**
   * A priority level: whether its incidents are assigned without a dispatcher, and how many units
   * they need.
   */
  public record PriorityLevel(
      int level, LocalizedText names, boolean autoAssign, int unitsRequired) {}

  /** Response-time targets the statistics measure against. */
  public record ResponseTargets(
      Duration callToDispatch, Duration dispatchToArrival, Duration arrivalToClear) {}

  /** A unit the tenant's document defines (imported idempotently by call sign). */
  public record UnitDefinition(
      String callSign, PatrolMode mode, List<String> officers, String homeZone) {}
}
