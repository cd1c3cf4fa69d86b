package org.tourismpolicing.mediation.application;

import java.util.List;
import java.util.Map;

/** {@code mediation.yaml} as bound after it passed its schema. */
record MediationDocument(
    Room room,
    List<CategoryDoc> categories,
    String referralCategory,
    DeadlinesDoc deadlines,
    List<String> taskDepartments,
    EvidenceDoc evidence,
    SatisfactionDoc satisfaction,
    List<MediatorDoc> mediators) {

  record Room(Map<String, String> names, Map<String, String> address, String phone) {}

  record CategoryDoc(String code, Map<String, String> names) {}

  record DeadlinesDoc(
      String acceptWithin, String decideWithin, String fulfilmentWithin, String taskWithin) {}

  record EvidenceDoc(Long maxBytes, Integer maxPerCase, List<String> mediaTypes) {}

  record SatisfactionDoc(String linkValidity) {}

  record MediatorDoc(String code, String name, String badge, String phone) {}
}
