package org.tourismpolicing.mediation.application;

import java.util.LinkedHashMap;
import java.util.Map;
import org.tourismpolicing.mediation.domain.DisputeCase;

/**
 * What the audit trail keeps of a case before and after a change: its state, never the parties'
 * names or contacts (those stay in the case, which the trail only points to).
 */
final class CaseSummaries {

  private CaseSummaries() {}

  static Map<String, Object> of(DisputeCase c) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("caseNumber", c.caseNumber());
    m.put("status", c.status().code());
    m.put("category", c.category());
    m.put("source", c.source().code());
    if (c.mediatorId() != null) {
      m.put("mediatorId", c.mediatorId());
    }
    if (c.dueAt() != null) {
      m.put("dueAt", c.dueAt().toString());
    }
    if (c.amount() != null) {
      m.put("amount", c.amount().toString());
    }
    if (c.compensation() != null) {
      m.put("compensation", c.compensation().toString());
    }
    if (c.referredTo() != null) {
      m.put("referredTo", c.referredTo().code());
    }
    if (c.fulfilmentStatus() != null) {
      m.put("fulfilment", c.fulfilmentStatus().code());
    }
    m.put("version", c.version());
    return m;
  }
}
