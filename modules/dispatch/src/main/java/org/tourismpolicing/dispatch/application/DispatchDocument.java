package org.tourismpolicing.dispatch.application;

import java.util.List;
import java.util.Map;

/** {@code dispatch.yaml} as bound after it passed its schema. */
record DispatchDocument(
    String numberPrefix,
    List<PriorityDoc> priorities,
    List<CategoryDoc> categories,
    Map<String, String> walkInCategories,
    Map<String, String> tipCategories,
    Map<String, Double> speedsKmh,
    AssignmentDoc assignment,
    TargetsDoc targets,
    List<UnitDoc> units) {

  record PriorityDoc(
      int level, Map<String, String> names, Boolean autoAssign, Integer unitsRequired) {}

  record CategoryDoc(String code, Map<String, String> names, int priority) {}

  record AssignmentDoc(
      Double detourFactor,
      String neighbourZonePenalty,
      String stalePositionAfter,
      String stalePositionPenalty,
      String acknowledgeWithin) {}

  record TargetsDoc(String callToDispatch, String dispatchToArrival, String arrivalToClear) {}

  record UnitDoc(String callSign, String mode, String homeZone, List<String> officers) {}
}
