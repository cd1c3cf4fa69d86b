package org.tourismpolicing.blacklist.screening;

/**
 * One screening question; at least one of name, credit code and ID-number hash is given.
 *
 * @param kind restricts hits to businesses or persons, or null for both
 * @param threshold the lowest score (0 to 1) a hit needs to be returned
 * @param limit the most hits returned, best first
 */
public record ScreeningQuery(
    SubjectKind kind,
    String name,
    String creditCode,
    String idNumberHash,
    double threshold,
    int limit) {

  /**
   * The threshold when the caller sets none: the labelled name variants in the module's tests reach
   * their recall and precision floors at it (see docs/performance.md).
   */
  public static final double DEFAULT_THRESHOLD = 0.8;

  /** The number of hits when the caller sets none. */
  public static final int DEFAULT_LIMIT = 10;
}
