package org.tourismpolicing.kioskregistry.domain;

/**
 * Estimated walking time for a tourist: straight-line distance stretched by a detour factor (old
 * town lanes wind) at a tourist's pace. Both come from the tenant's documents.
 */
public record WalkingEstimate(double speedMetresPerSecond, double detourFactor) {

  public static final WalkingEstimate DEFAULT = new WalkingEstimate(1.2, 1.3);

  public WalkingEstimate {
    if (!(speedMetresPerSecond > 0) || !(detourFactor >= 1)) {
      throw new IllegalArgumentException("walking speed must be positive and detour at least 1");
    }
  }

  /** Whole minutes, rounded up, at least one. */
  public int minutes(double straightLineMetres) {
    double seconds = straightLineMetres * detourFactor / speedMetresPerSecond;
    return Math.max(1, (int) Math.ceil(seconds / 60.0));
  }
}
