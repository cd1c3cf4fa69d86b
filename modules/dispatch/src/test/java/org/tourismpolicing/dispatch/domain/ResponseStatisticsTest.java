package org.tourismpolicing.dispatch.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tourismpolicing.dispatch.domain.ResponseStatistics.IncidentFacts;

class ResponseStatisticsTest {

  static final Instant T = Instant.parse("2026-10-01T02:00:00Z");
  static final DispatchSettings.ResponseTargets TARGETS =
      new DispatchSettings.ResponseTargets(
          Duration.ofMinutes(1), Duration.ofMinutes(5), Duration.ofMinutes(30));

  static IncidentFacts cleared(
      String zone,
      long toDispatch,
      long toArrival,
      long toClear,
      int rescued,
      DisputeOutcome d,
      long fen) {
    Instant dispatched = T.plusSeconds(toDispatch);
    Instant arrived = dispatched.plusSeconds(toArrival);
    return new IncidentFacts(
        "theft",
        zone,
        null,
        IncidentStatus.CLEARED,
        T,
        dispatched,
        arrived,
        arrived.plusSeconds(toClear),
        1,
        rescued,
        d,
        fen);
  }

  @Test
  void medianAndP90AreNearestRank() {
    List<Long> values = new ArrayList<>();
    for (long i = 1; i <= 10; i++) {
      values.add(i);
    }
    assertThat(ResponseStatistics.percentile(values, 50)).isEqualTo(5);
    assertThat(ResponseStatistics.percentile(values, 90)).isEqualTo(9);
    assertThat(ResponseStatistics.percentile(List.of(7L), 90)).isEqualTo(7);
  }

  @Test
  void theSeedsFigureKindsComeFromIncidents() {
    List<IncidentFacts> facts =
        List.of(
            cleared("north", 30, 200, 600, 1, DisputeOutcome.NONE, 0),
            cleared("north", 50, 400, 900, 0, DisputeOutcome.SETTLED, 0),
            cleared("south", 90, 240, 1200, 2, DisputeOutcome.REFERRED_TO_MEDIATION, 350_000),
            new IncidentFacts(
                "fraud",
                "south",
                "kiosk-1",
                IncidentStatus.CANCELLED,
                T,
                null,
                null,
                null,
                0,
                0,
                DisputeOutcome.NONE,
                0));

    var f = ResponseStatistics.of(facts, TARGETS);

    assertThat(f.incidents()).isEqualTo(4);
    assertThat(f.cleared()).isEqualTo(3);
    assertThat(f.cancelled()).isEqualTo(1);
    assertThat(f.peopleHelped()).isEqualTo(3);
    assertThat(f.peopleRescued()).isEqualTo(3);
    assertThat(f.disputesSettled()).isEqualTo(1);
    assertThat(f.disputesReferredToMediation()).isEqualTo(1);
    assertThat(f.lossRecoveredFen()).isEqualTo(350_000);
    assertThat(f.callToDispatch().count()).isEqualTo(3);
    assertThat(f.callToDispatch().median()).isEqualTo(Duration.ofSeconds(50));
    assertThat(f.callToDispatch().p90()).isEqualTo(Duration.ofSeconds(90));
    // 30 s and 50 s are within the minute; 90 s is not
    assertThat(f.callToDispatch().withinTargetShare()).isEqualTo(2.0 / 3);
    assertThat(f.dispatchToArrival().median()).isEqualTo(Duration.ofSeconds(240));
    assertThat(f.arrivalToClear().p90()).isEqualTo(Duration.ofSeconds(1200));
  }

  @Test
  void groupsSplitByTheirKey() {
    var groups =
        ResponseStatistics.grouped(
            List.of(
                cleared("north", 30, 200, 600, 0, DisputeOutcome.NONE, 0),
                cleared("south", 30, 200, 600, 0, DisputeOutcome.NONE, 0),
                cleared(null, 30, 200, 600, 0, DisputeOutcome.NONE, 0)),
            IncidentFacts::zoneCode,
            TARGETS);

    assertThat(groups).containsOnlyKeys("-", "north", "south");
    assertThat(groups.get("north").incidents()).isEqualTo(1);
  }

  @Test
  void noIntervalsGiveNoFiguresRatherThanZero() {
    var f = ResponseStatistics.of(List.of(), TARGETS);

    assertThat(f.callToDispatch().count()).isZero();
    assertThat(f.callToDispatch().median()).isNull();
    assertThat(f.callToDispatch().withinTargetShare()).isNull();
  }
}
