package org.tourismpolicing.core.paging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.tourismpolicing.core.problem.FieldError;
import org.tourismpolicing.core.problem.ProblemException;
import org.tourismpolicing.core.problem.ProblemType;

class CursorsTest {

  private static void assertInvalidCursor(String cursor) {
    assertThatThrownBy(() -> Cursors.decode(cursor))
        .isInstanceOfSatisfying(
            ProblemException.class,
            e -> {
              assertThat(e.type()).isEqualTo(ProblemType.VALIDATION);
              assertThat(e.fieldErrors())
                  .containsExactly(FieldError.of("cursor", "paging.cursor.invalid"));
            });
  }

  @ParameterizedTest
  @ValueSource(strings = {"south-gate", "2026-05-01T02:03:04Z|0190a1b2", "南门", "a:b:c", ""})
  void sortKeysRoundTrip(String key) {
    String cursor = Cursors.encode(key);

    assertThat(cursor).matches("[A-Za-z0-9_-]+");
    assertThat(Cursors.decode(cursor)).isEqualTo(key);
  }

  @Test
  void noCursorIsTheFirstPage() {
    assertThat(Cursors.decode(null)).isNull();
    assertThat(Cursors.decode("")).isNull();
  }

  @Test
  void aCursorNotInBase64IsRefused() {
    assertInvalidCursor("not a cursor!");
  }

  @Test
  void aTamperedCursorIsRefused() {
    String cursor = Cursors.encode("south-gate");
    String tampered = (cursor.charAt(0) == 'A' ? 'B' : 'A') + cursor.substring(1);

    assertInvalidCursor(tampered);
  }

  @Test
  void aCursorOfAnotherVersionIsRefused() {
    String v2 =
        Base64.getUrlEncoder()
            .withoutPadding()
            .encodeToString("v2:south-gate".getBytes(StandardCharsets.UTF_8));

    assertInvalidCursor(v2);
  }

  @Test
  void limitDefaultsWhenNotAsked() {
    assertThat(Cursors.limit(null, 20, 100)).isEqualTo(20);
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 50, 100})
  void limitWithinRangeIsTaken(int limit) {
    assertThat(Cursors.limit(limit, 20, 100)).isEqualTo(limit);
  }

  @ParameterizedTest
  @ValueSource(ints = {0, -1, 101, Integer.MAX_VALUE})
  void limitOutOfRangeIsRefusedWithTheRange(int limit) {
    assertThatThrownBy(() -> Cursors.limit(limit, 20, 100))
        .isInstanceOfSatisfying(
            ProblemException.class,
            e -> {
              assertThat(e.type().status()).isEqualTo(400);
              assertThat(e.fieldErrors())
                  .containsExactly(FieldError.of("limit", "paging.limit.range", 1, 100));
            });
  }
}
