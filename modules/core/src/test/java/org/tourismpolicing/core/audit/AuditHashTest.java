package org.tourismpolicing.core.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class AuditHashTest {

  private static final Instant AT = Instant.parse("2026-05-01T02:03:04.123456Z");

  /**
   * The fields of one record in the order {@link AuditHash#of} takes them: tenant, seq, recordedAt,
   * actor, action, subjectType, subjectId, before, after, prevHash.
   */
  private static final List<Object> RECORD =
      List.of(
          "dali-gucheng",
          7L,
          AT,
          "531101",
          "kiosk.status-changed",
          "kiosk",
          "0190a1b2-0000-7000-8000-000000000001",
          "{\"status\":\"open\"}",
          "{\"status\":\"suspended\"}",
          "ab".repeat(32));

  private static String hash(List<Object> f) {
    return AuditHash.of(
        (String) f.get(0),
        (Long) f.get(1),
        (Instant) f.get(2),
        (String) f.get(3),
        (String) f.get(4),
        (String) f.get(5),
        (String) f.get(6),
        (String) f.get(7),
        (String) f.get(8),
        (String) f.get(9));
  }

  private static List<Object> with(List<Object> fields, int index, Object value) {
    List<Object> changed = new ArrayList<>(fields);
    changed.set(index, value);
    return changed;
  }

  @Test
  void isASha256InHexAndDeterministic() {
    assertThat(hash(RECORD)).matches("[0-9a-f]{64}").isEqualTo(hash(new ArrayList<>(RECORD)));
  }

  static Stream<Arguments> changes() {
    return Stream.of(
        arguments("tenant", 0, "lijiang-gucheng"),
        arguments("seq", 1, 8L),
        arguments("recordedAt", 2, AT.plusNanos(1000)),
        arguments("actor", 3, "531102"),
        arguments("action", 4, "kiosk.updated"),
        arguments("subjectType", 5, "amenity"),
        arguments("subjectId", 6, "0190a1b2-0000-7000-8000-000000000002"),
        arguments("before", 7, "{\"status\":\"closed\"}"),
        arguments("after", 8, "{\"status\":\"open\"}"),
        arguments("prevHash", 9, "cd".repeat(32)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("changes")
  void everyFieldChangesTheHash(String field, int index, Object value) {
    assertThat(hash(with(RECORD, index, value))).isNotEqualTo(hash(RECORD));
  }

  /** Moving text from one field into the next must not give the same hash. */
  @Test
  void fieldBoundariesCount() {
    List<Object> shifted = with(with(RECORD, 3, "5311"), 4, "01kiosk.status-changed");

    assertThat(hash(shifted)).isNotEqualTo(hash(RECORD));
  }

  @Test
  void absentStatesHashLikeEmptyOnes() {
    List<Object> absent = with(with(RECORD, 7, null), 8, null);
    List<Object> empty = with(with(RECORD, 7, ""), 8, "");

    assertThat(hash(absent)).isEqualTo(hash(empty));
  }

  @Test
  void genesisIsSixtyFourZeros() {
    assertThat(AuditHash.GENESIS).hasSize(64).matches("0+");
  }

  /** Verification recomputes the hash from a stored record: the same fields, the same hash. */
  @Test
  void aStoredRecordHashesLikeItsFields() {
    AuditRecord record =
        new AuditRecord(
            7L,
            AT,
            "531101",
            "kiosk.status-changed",
            "kiosk",
            "0190a1b2-0000-7000-8000-000000000001",
            "{\"status\":\"open\"}",
            "{\"status\":\"suspended\"}",
            "ab".repeat(32),
            hash(RECORD));

    assertThat(AuditHash.of("dali-gucheng", record)).isEqualTo(record.hash());
    assertThat(AuditHash.of("lijiang-gucheng", record)).isNotEqualTo(record.hash());
  }
}
