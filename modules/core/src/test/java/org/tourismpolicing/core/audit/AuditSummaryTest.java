package org.tourismpolicing.core.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AuditSummaryTest {

  @Test
  void summariesAreJsonOfWhatTheCallerPassed() {
    Map<String, Object> state = new LinkedHashMap<>();
    state.put("code", "south-gate");
    state.put("status", "suspended");
    state.put("stock", 3);
    assertThat(AuditTrail.summary(state))
        .isEqualTo("{\"code\":\"south-gate\",\"status\":\"suspended\",\"stock\":3}");
    assertThat(AuditTrail.summary(null)).isNull();
    assertThat(AuditTrail.summary("{\"already\":\"json\"}")).isEqualTo("{\"already\":\"json\"}");
  }

  @Test
  void longSummariesAreCutSoOneRecordCannotGrowWithoutBound() {
    String huge = "x".repeat(50_000);
    String summary = AuditTrail.summary(Map.of("note", huge));
    assertThat(summary).hasSize(16_001).endsWith("…");
  }
}
