package org.tourismpolicing.dispatch.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tourismpolicing.core.geo.GeoPoint;
import org.tourismpolicing.core.money.Money;
import org.tourismpolicing.core.problem.ProblemException;

class IncidentTest {

  static final Instant T = Instant.parse("2026-10-01T06:00:00Z");

  static Incident incident(int unitsRequired) {
    return new Incident(
        "JQ-20261001-AAAAAA",
        IncidentSource.COMMAND_CENTRE,
        "110-1",
        "fight",
        1,
        GeoPoint.wgs84(25.6935, 100.1630),
        "south",
        new Incident.IncidentReport(null, null, "fight", null, null),
        true,
        unitsRequired,
        T,
        LocalDate.of(2026, 10, 1),
        "110");
  }

  @Test
  void theStatusAndFirstTimesFollowTheUnits() {
    Incident i = incident(2);
    assertThat(i.unitsMissing()).isEqualTo(2);

    i.follow(List.of(AssignmentStatus.ASSIGNED), T.plusSeconds(20));
    assertThat(i.status()).isEqualTo(IncidentStatus.DISPATCHED);
    assertThat(i.unitsMissing()).isEqualTo(1);

    i.follow(List.of(AssignmentStatus.ACKNOWLEDGED, AssignmentStatus.ASSIGNED), T.plusSeconds(40));
    assertThat(i.status()).isEqualTo(IncidentStatus.EN_ROUTE);

    i.follow(List.of(AssignmentStatus.ON_SCENE, AssignmentStatus.ACKNOWLEDGED), T.plusSeconds(200));
    i.follow(List.of(AssignmentStatus.ON_SCENE, AssignmentStatus.ON_SCENE), T.plusSeconds(260));
    assertThat(i.status()).isEqualTo(IncidentStatus.ON_SCENE);
    // once a unit is there, nobody more is sought
    assertThat(i.unitsMissing()).isZero();

    i.follow(List.of(AssignmentStatus.CLEARING), T.plusSeconds(900));
    assertThat(i.status()).isEqualTo(IncidentStatus.ON_SCENE);
    i.follow(List.of(), T.plusSeconds(1000));

    assertThat(i.status()).isEqualTo(IncidentStatus.CLEARED);
    assertThat(i.dispatchedAt()).isEqualTo(T.plusSeconds(20));
    assertThat(i.acknowledgedAt()).isEqualTo(T.plusSeconds(40));
    assertThat(i.arrivedAt()).isEqualTo(T.plusSeconds(200));
    assertThat(i.clearedAt()).isEqualTo(T.plusSeconds(1000));
  }

  @Test
  void losingItsOnlyUnitBeforeArrivalPutsItBackInTheQueue() {
    Incident i = incident(1);
    i.follow(List.of(AssignmentStatus.ASSIGNED), T.plusSeconds(10));
    i.follow(List.of(), T.plusSeconds(70));

    assertThat(i.status()).isEqualTo(IncidentStatus.RECEIVED);
    assertThat(i.unitsMissing()).isEqualTo(1);
    assertThat(i.dispatchedAt()).isEqualTo(T.plusSeconds(10));
  }

  @Test
  void aClosedIncidentCannotBeCancelledAndIgnoresUnits() {
    Incident i = incident(1);
    i.cancel("hoax call", T.plusSeconds(5));
    i.follow(List.of(AssignmentStatus.ASSIGNED), T.plusSeconds(10));

    assertThat(i.status()).isEqualTo(IncidentStatus.CANCELLED);
    assertThatThrownBy(() -> i.cancel("again", T.plusSeconds(20)))
        .isInstanceOf(ProblemException.class);
  }

  @Test
  void theOutcomeWaitsForAnArrival() {
    Incident i = incident(1);
    assertThatThrownBy(() -> i.recordOutcome(1, 0, DisputeOutcome.NONE, Money.cny(0), null, T))
        .isInstanceOf(ProblemException.class);

    i.follow(List.of(AssignmentStatus.ON_SCENE), T.plusSeconds(100));
    i.recordOutcome(
        2, 1, DisputeOutcome.SETTLED, Money.cny(150_000), "returned", T.plusSeconds(200));

    assertThat(i.peopleRescued()).isEqualTo(1);
    assertThat(i.lossRecoveredFen()).isEqualTo(150_000);
  }
}
