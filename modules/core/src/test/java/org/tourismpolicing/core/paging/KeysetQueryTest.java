package org.tourismpolicing.core.paging;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class KeysetQueryTest {

  private static final Instant AT = Instant.parse("2026-10-01T00:00:00Z");

  @Test
  void filtersWithoutAValueAreLeftOutAndValuesAreBound() {
    var q =
        KeysetQuery.select("select w from WalkIn w", Object.class)
            .where("w.kioskId = :kiosk", "kiosk", "k-1")
            .where("w.kind = :kind", "kind", null)
            .whereIf(true, "w.deleted = false");
    Map<String, Object> bound = new LinkedHashMap<>();

    String jpql = q.jpql(Keyset.newestFirst("w.occurredAt", "w.id"), PageRequest.first(10), bound);

    assertThat(jpql)
        .isEqualTo(
            "select w from WalkIn w where w.kioskId = :kiosk and w.deleted = false"
                + " order by w.occurredAt desc, w.id desc");
    assertThat(bound).containsExactly(Map.entry("kiosk", "k-1"));
  }

  @Test
  void theNextPageStartsStrictlyAfterTheKeyInTheListsOrder() {
    var q = KeysetQuery.select("select w from WalkIn w", Object.class);
    Map<String, Object> bound = new LinkedHashMap<>();

    String jpql =
        q.jpql(
            Keyset.newestFirst("w.occurredAt", "w.id"),
            new PageRequest(List.of(AT, "id-9"), 10),
            bound);

    assertThat(jpql)
        .isEqualTo(
            "select w from WalkIn w where ((w.occurredAt < :keyset0) or (w.occurredAt = :keyset0"
                + " and w.id < :keyset1)) order by w.occurredAt desc, w.id desc");
    assertThat(bound).containsExactly(Map.entry("keyset0", AT), Map.entry("keyset1", "id-9"));
  }

  @Test
  void anAscendingKeyContinuesAbove() {
    Map<String, Object> bound = new LinkedHashMap<>();

    String jpql =
        KeysetQuery.select("select k from Kiosk k", Object.class)
            .where("k.zoneCode = :zone", "zone", "south")
            .jpql(Keyset.byText("k.code"), new PageRequest(List.of("south-gate"), 5), bound);

    assertThat(jpql)
        .isEqualTo(
            "select k from Kiosk k where k.zoneCode = :zone and ((k.code > :keyset0))"
                + " order by k.code");
  }

  @Test
  void aCursorOfAnotherListsShapeIsRefused() {
    var q = KeysetQuery.select("select k from Kiosk k", Object.class);
    // a kiosk list's cursor (a code) sent to a list ordered by time and id, and the reverse
    CursorTest.assertInvalidCursor(
        () ->
            q.jpql(
                Keyset.newestFirst("w.occurredAt", "w.id"),
                new PageRequest(List.of("south-gate"), 5),
                new LinkedHashMap<>()));
    CursorTest.assertInvalidCursor(
        () ->
            q.jpql(
                Keyset.byText("k.code"),
                new PageRequest(List.of(AT, "id"), 5),
                new LinkedHashMap<>()));
    CursorTest.assertInvalidCursor(
        () ->
            q.jpql(
                Keyset.newestFirst("w.occurredAt", "w.id"),
                new PageRequest(List.of("2026-10-01T00:00:00Z", "id"), 5),
                new LinkedHashMap<>()));
  }
}
