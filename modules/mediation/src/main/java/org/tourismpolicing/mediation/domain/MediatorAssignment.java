package org.tourismpolicing.mediation.domain;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Chooses who takes a new case: among the mediators on duty now, the one with the fewest open cases
 * (registered, accepted or in mediation); a tie goes to the lower code, so the choice is the same
 * whoever asks. Nobody on duty: no choice, the case waits for a mediator by hand.
 */
public final class MediatorAssignment {

  /** A mediator as the choice sees them. */
  public record Candidate(String mediatorId, String code, boolean onDuty, long openCases) {}

  private MediatorAssignment() {}

  public static Optional<Candidate> lightestOnDuty(List<Candidate> candidates) {
    return candidates.stream()
        .filter(Candidate::onDuty)
        .min(Comparator.comparingLong(Candidate::openCases).thenComparing(Candidate::code));
  }
}
