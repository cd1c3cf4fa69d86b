package org.tourismpolicing.blacklist.application;

import java.util.List;
import java.util.Map;

/** {@code blacklist.yaml} as bound after it passed its schema. */
record BlacklistDocument(
    List<CategoryDoc> categories,
    AppealsDoc appeals,
    SharedListsDoc sharedLists,
    EvidenceDoc evidence,
    ScreeningDoc screening,
    String tipDepartment) {

  record CategoryDoc(
      String code, Map<String, String> names, String defaultValidity, Boolean leaderSignOff) {}

  record AppealsDoc(Boolean suspendDuringReview) {}

  record SharedListsDoc(List<String> publishTo, List<String> screenAgainst) {}

  record EvidenceDoc(Integer maxBytes) {}

  record ScreeningDoc(Double merchantThreshold) {}
}
