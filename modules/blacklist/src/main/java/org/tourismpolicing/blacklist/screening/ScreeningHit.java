package org.tourismpolicing.blacklist.screening;

import java.util.List;
import java.util.UUID;

/** A listed subject that matches a query, with its score (0 to 1) and the features that made it. */
public record ScreeningHit(UUID entryId, double score, List<MatchedFeature> features) {

  /**
   * One reason for a hit.
   *
   * @param feature stable code, e.g. {@code credit-code-exact}, {@code name-normalised-exact},
   *     {@code name-pinyin}, {@code name-token-order}, {@code name-similar}, {@code alias}
   * @param score this feature's own score (0 to 1)
   * @param explanation a short English sentence saying what matched (e.g. which forms)
   */
  public record MatchedFeature(String feature, double score, String explanation) {}
}
