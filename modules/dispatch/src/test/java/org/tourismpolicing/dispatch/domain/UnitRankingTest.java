package org.tourismpolicing.dispatch.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.tourismpolicing.core.geo.GeoPoint;
import org.tourismpolicing.dispatch.domain.UnitRanking.Candidate;
import org.tourismpolicing.dispatch.domain.UnitRanking.Ranked;

class UnitRankingTest {

  static final Instant NOW = Instant.parse("2026-10-01T06:00:00Z");
  // Wuhua Tower, Dali old town
  static final GeoPoint INCIDENT = GeoPoint.wgs84(25.6935, 100.1630);

  static DispatchSettings settings() {
    return new DispatchSettings(
        List.of(),
        List.of(),
        DispatchSettings.defaultSpeeds(),
        1.4,
        Duration.ofMinutes(2),
        Duration.ofMinutes(3),
        Duration.ofMinutes(5),
        Duration.ofMinutes(1),
        new DispatchSettings.ResponseTargets(
            Duration.ofMinutes(1), Duration.ofMinutes(5), Duration.ofMinutes(30)),
        Map.of(),
        Map.of(),
        "JQ",
        List.of());
  }

  static Candidate unit(String id, PatrolMode mode, String zone, GeoPoint at, Instant when) {
    return new Candidate(id, id, mode, zone, at, when);
  }

  /** {@code metres} north of the incident. */
  static GeoPoint north(double metres) {
    return GeoPoint.wgs84(INCIDENT.latitude() + metres / 111_195.0, INCIDENT.longitude());
  }

  List<Ranked> rank(List<Candidate> candidates, boolean other) {
    return new UnitRanking(settings())
        .rank(
            INCIDENT,
            "south",
            Set.of("north"),
            candidates,
            z -> GeoPoint.wgs84(25.70, 100.16),
            NOW,
            other);
  }

  @Test
  void aMotorcycleFartherAwayArrivesBeforeAWalkerNearer() {
    var ranked =
        rank(
            List.of(
                unit("walker", PatrolMode.FOOT, "south", north(400), NOW),
                unit("moto", PatrolMode.MOTORCYCLE, "south", north(1200), NOW)),
            false);

    assertThat(ranked).extracting(r -> r.candidate().unitId()).containsExactly("moto", "walker");
    // 400 m × 1.4 at 4.5 km/h = 448 s; 1200 m × 1.4 at 22 km/h = 275 s
    assertThat(ranked.get(1).etaSeconds()).isBetween(445, 451);
    assertThat(ranked.get(0).etaSeconds()).isBetween(273, 277);
    assertThat(ranked.get(0).distanceMetres()).isBetween(1675, 1685);
  }

  @Test
  void theHomeZoneIsPreferredUnlessANeighbourIsMuchCloser() {
    var ranked =
        rank(
            List.of(
                unit("home", PatrolMode.FOOT, "south", north(300), NOW),
                unit("neighbour-near", PatrolMode.FOOT, "north", north(50), NOW),
                unit("neighbour-same", PatrolMode.FOOT, "north", north(300), NOW)),
            false);

    // 300 m on foot ≈ 336 s; 50 m ≈ 56 s + 120 s penalty = 176 s; same distance + penalty loses
    assertThat(ranked)
        .extracting(r -> r.candidate().unitId())
        .containsExactly("neighbour-near", "home", "neighbour-same");
    assertThat(ranked.get(0).relation()).isEqualTo(ZoneRelation.NEIGHBOUR);
    assertThat(ranked.get(1).relation()).isEqualTo(ZoneRelation.HOME);
  }

  @Test
  void unitsOfOtherZonesAreLeftOutUnlessTheDispatcherAsks() {
    var far = unit("far", PatrolMode.CAR, "lake", north(100), NOW);
    var home = unit("home", PatrolMode.FOOT, "south", north(2000), NOW);

    assertThat(rank(List.of(far, home), false))
        .extracting(r -> r.candidate().unitId())
        .containsExactly("home");
    assertThat(rank(List.of(far, home), true))
        .extracting(r -> r.candidate().unitId())
        .containsExactly("home", "far");
  }

  @Test
  void aStalePositionCostsThePenaltyAndIsMarked() {
    var fresh = unit("fresh", PatrolMode.FOOT, "south", north(200), NOW.minusSeconds(30));
    var stale = unit("stale", PatrolMode.FOOT, "south", north(100), NOW.minusSeconds(600));

    var ranked = rank(List.of(stale, fresh), false);

    assertThat(ranked).extracting(r -> r.candidate().unitId()).containsExactly("fresh", "stale");
    assertThat(ranked.get(1).positionStale()).isTrue();
    assertThat(ranked.get(1).scoreSeconds() - ranked.get(1).etaSeconds()).isEqualTo(180);
  }

  @Test
  void aUnitThatNeverReportedIsPlacedAtItsHomeZonesCentre() {
    var silent = unit("silent", PatrolMode.MOTORCYCLE, "south", null, null);

    var ranked = rank(List.of(silent), false);

    assertThat(ranked).singleElement().satisfies(r -> assertThat(r.positionStale()).isTrue());
    // the south zone's centre (25.70, 100.16) is 782.8 m from the incident as the crow flies,
    // times 1.4 on the road network: 1,096 m, worked out by hand
    assertThat(ranked.get(0).distanceMetres()).isEqualTo(1096);
  }

  @Test
  void equalScoresAreOrderedByDistanceThenCallSign() {
    var b = unit("b", PatrolMode.FOOT, "south", north(100), NOW);
    var a = unit("a", PatrolMode.FOOT, "south", north(100), NOW);

    assertThat(rank(List.of(b, a), false))
        .extracting(r -> r.candidate().unitId())
        .containsExactly("a", "b");
  }
}
