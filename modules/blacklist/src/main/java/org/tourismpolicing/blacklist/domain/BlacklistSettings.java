package org.tourismpolicing.blacklist.domain;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A tenant's blacklist settings, bound from {@code blacklist.yaml}.
 *
 * @param categories the categories of listing with their validity and sign-off rules
 * @param suspendDuringAppeal whether a listing is paused while an appeal is under review
 * @param publishTo shared lists this tenant may publish its entries to
 * @param screenAgainst shared lists this tenant's screening also searches
 * @param maxEvidenceBytes the largest evidence document accepted
 * @param merchantThreshold the lowest name score at which other modules are told a merchant is
 *     listed
 * @param tipDepartment the issuing department of entries proposed from verified tips
 */
public record BlacklistSettings(
    List<CategoryRule> categories,
    boolean suspendDuringAppeal,
    Set<String> publishTo,
    Set<String> screenAgainst,
    int maxEvidenceBytes,
    double merchantThreshold,
    String tipDepartment) {

  public static final String MODULE = "blacklist";

  public BlacklistSettings {
    categories = List.copyOf(categories);
    publishTo = Set.copyOf(publishTo);
    screenAgainst = Set.copyOf(screenAgainst);
  }

  public Optional<CategoryRule> category(String code) {
    return categories.stream().filter(c -> c.code().equals(code)).findFirst();
  }
}
