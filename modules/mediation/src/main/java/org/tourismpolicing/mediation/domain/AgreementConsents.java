package org.tourismpolicing.mediation.domain;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.tourismpolicing.core.problem.FieldError;
import org.tourismpolicing.core.problem.ProblemException;

/**
 * The rule of an agreement's consents: an agreement binds only when every party of the case
 * consented, each once; a consent for someone who is not a party is an error of the request. A case
 * without parties cannot reach an agreement.
 */
public final class AgreementConsents {

  private AgreementConsents() {}

  /**
   * Checks {@code consents} (party id → method, in request order by index) against the case's
   * parties.
   *
   * @param partyIdsOfConsents the party id of each consent, as sent (to name the offending entry)
   */
  public static void check(List<String> partyIdsOfConsents, Set<String> partiesOfCase) {
    List<FieldError> errors = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < partyIdsOfConsents.size(); i++) {
      String party = partyIdsOfConsents.get(i);
      if (!partiesOfCase.contains(party)) {
        errors.add(FieldError.of("consents[" + i + "].party", "agreement.consent.not-a-party"));
      } else if (!seen.add(party)) {
        errors.add(FieldError.of("consents[" + i + "].party", "agreement.consent.twice"));
      }
    }
    if (!errors.isEmpty()) {
      throw ProblemException.invalid(errors);
    }
    if (partiesOfCase.isEmpty()) {
      throw ProblemException.ruleViolation("agreement.no-parties");
    }
    if (!seen.containsAll(partiesOfCase)) {
      throw ProblemException.ruleViolation(
          "agreement.consent.missing", partiesOfCase.size() - seen.size());
    }
  }
}
