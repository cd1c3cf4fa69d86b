package org.tourismpolicing.informantrewards.application;

import java.util.List;
import java.util.Map;

/** {@code informant-rewards.yaml} as bound after it passed its schema. */
record InformantDocument(
    String numberPrefix,
    List<CategoryDoc> categories,
    List<RewardDoc> rewards,
    BudgetDoc budget,
    PhotosDoc photos,
    String duplicateWindow) {

  record CategoryDoc(String code, Map<String, String> names) {}

  record RewardDoc(String category, String outcome, Long amountFen, Long minFen, Long maxFen) {}

  record BudgetDoc(String period, long limitFen) {}

  record PhotosDoc(Long maxBytes, Integer maxPerTip) {}
}
