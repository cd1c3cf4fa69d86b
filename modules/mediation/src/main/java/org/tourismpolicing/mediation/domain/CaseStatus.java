package org.tourismpolicing.mediation.domain;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * The stages of a dispute case and the moves between them. Registered → accepted → in mediation →
 * agreement reached or not reached; a case may be withdrawn by the parties until it is decided, and
 * one that cannot be mediated at all is closed as not reached (referred elsewhere) straight away.
 */
public enum CaseStatus implements Coded {
  REGISTERED,
  ACCEPTED,
  IN_MEDIATION,
  AGREEMENT_REACHED,
  NOT_REACHED,
  WITHDRAWN;

  private static final Map<CaseStatus, Set<CaseStatus>> NEXT =
      Map.of(
          REGISTERED, EnumSet.of(ACCEPTED, NOT_REACHED, WITHDRAWN),
          ACCEPTED, EnumSet.of(IN_MEDIATION, NOT_REACHED, WITHDRAWN),
          IN_MEDIATION, EnumSet.of(AGREEMENT_REACHED, NOT_REACHED, WITHDRAWN),
          AGREEMENT_REACHED, EnumSet.noneOf(CaseStatus.class),
          NOT_REACHED, EnumSet.noneOf(CaseStatus.class),
          WITHDRAWN, EnumSet.noneOf(CaseStatus.class));

  public boolean canMoveTo(CaseStatus next) {
    return NEXT.get(this).contains(next);
  }

  /** Decided: the mediation itself is over (fulfilment may still be followed up). */
  public boolean isClosed() {
    return this == AGREEMENT_REACHED || this == NOT_REACHED || this == WITHDRAWN;
  }
}
