package org.tourismpolicing.dispatch.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.tourismpolicing.core.problem.ProblemException;
import org.tourismpolicing.core.problem.ProblemType;

class UnitStateTest {

  static final Instant T = Instant.parse("2026-10-01T06:00:00Z");

  @ParameterizedTest
  @CsvSource({
    "OFF_DUTY, PATROLLING",
    "PATROLLING, OFF_DUTY",
    "ASSIGNED, EN_ROUTE",
    "EN_ROUTE, ON_SCENE",
    "ON_SCENE, CLEARING",
    "ON_SCENE, PATROLLING",
    "CLEARING, PATROLLING"
  })
  void allowedReports(UnitState from, UnitState to) {
    assertThat(from.canReport(to)).isTrue();
  }

  @ParameterizedTest
  @CsvSource({
    "OFF_DUTY, ASSIGNED",
    "OFF_DUTY, EN_ROUTE",
    "PATROLLING, ASSIGNED",
    "PATROLLING, ON_SCENE",
    "ASSIGNED, PATROLLING",
    "ASSIGNED, ON_SCENE",
    "EN_ROUTE, PATROLLING",
    "EN_ROUTE, CLEARING",
    "ON_SCENE, OFF_DUTY",
    "CLEARING, ON_SCENE",
    "CLEARING, OFF_DUTY"
  })
  void refusedReports(UnitState from, UnitState to) {
    assertThat(from.canReport(to)).isFalse();
  }

  @Test
  void anIllegalReportIsAConflictNamingTheCurrentState() {
    PatrolUnit unit = new PatrolUnit("N1", PatrolMode.FOOT, List.of("1"), "north", T);

    assertThatThrownBy(() -> unit.report(UnitState.ON_SCENE, T))
        .isInstanceOfSatisfying(
            ProblemException.class,
            e -> {
              assertThat(e.type()).isEqualTo(ProblemType.CONFLICT);
              assertThat(e.args()).containsExactly("N1", "off-duty", "on-scene");
            });
    assertThat(unit.state()).isEqualTo(UnitState.OFF_DUTY);
  }

  @Test
  void backOnPatrolForgetsTheIncident() {
    PatrolUnit unit = new PatrolUnit("N1", PatrolMode.FOOT, List.of("1"), "north", T);
    unit.report(UnitState.PATROLLING, T);
    unit.assignTo("incident-1", T);
    unit.report(UnitState.EN_ROUTE, T);
    unit.report(UnitState.ON_SCENE, T);
    unit.report(UnitState.CLEARING, T);
    unit.report(UnitState.PATROLLING, T.plusSeconds(60));

    assertThat(unit.incidentId()).isNull();
    assertThat(unit.stateSince()).isEqualTo(T.plusSeconds(60));
  }

  @Test
  void anOlderPositionDoesNotReplaceANewerOne() {
    PatrolUnit unit = new PatrolUnit("N1", PatrolMode.FOOT, List.of(), "north", T);
    assertThat(unit.reportPosition(org.tourismpolicing.core.geo.GeoPoint.wgs84(25.7, 100.16), T))
        .isTrue();
    assertThat(
            unit.reportPosition(
                org.tourismpolicing.core.geo.GeoPoint.wgs84(25.6, 100.1), T.minusSeconds(5)))
        .isFalse();
    assertThat(unit.position().latitude()).isEqualTo(25.7);
    assertThat(unit.positionStale(T.plusSeconds(299), java.time.Duration.ofMinutes(5))).isFalse();
    assertThat(unit.positionStale(T.plusSeconds(301), java.time.Duration.ofMinutes(5))).isTrue();
  }
}
