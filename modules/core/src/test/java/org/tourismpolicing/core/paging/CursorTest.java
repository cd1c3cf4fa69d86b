package org.tourismpolicing.core.paging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.tourismpolicing.core.problem.FieldError;
import org.tourismpolicing.core.problem.ProblemException;
import org.tourismpolicing.core.problem.ProblemType;

class CursorTest {

  private static final Instant AT = Instant.parse("2026-05-01T02:03:04.123456Z");

  static void assertInvalidCursor(Runnable decoding) {
    assertThatThrownBy(decoding::run)
        .isInstanceOfSatisfying(
            ProblemException.class,
            e -> {
              assertThat(e.type()).isEqualTo(ProblemType.VALIDATION);
              assertThat(e.fieldErrors())
                  .containsExactly(FieldError.of("cursor", "paging.cursor.invalid"));
            });
  }

  private static String raw(String text) {
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(text.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void typedKeysRoundTrip() {
    List<Object> key = List.of(AT, "0190a1b2-7c3d", 42L, LocalDate.of(2026, 10, 1), "南门|a:b");
    String cursor = Cursor.encode(key);

    assertThat(cursor).matches("[A-Za-z0-9_-]+");
    assertThat(Cursor.decode(cursor)).isEqualTo(key);
  }

  @Test
  void noCursorIsTheFirstPage() {
    assertThat(Cursor.decode(null)).isNull();
    assertThat(Cursor.decode("")).isNull();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "not a cursor!",
        "%%%",
        "AAAA",
        "djE6c291dGgtZ2F0ZQ", // the old "v1:south-gate"
        "____",
      })
  void garbageIsRefusedNamingTheCursor(String cursor) {
    assertInvalidCursor(() -> Cursor.decode(cursor));
  }

  @Test
  void wellEncodedButForgedValuesAreRefused() {
    assertInvalidCursor(() -> Cursor.decode(raw("k1\ntnot-a-time")));
    assertInvalidCursor(() -> Cursor.decode(raw("k1\nn12abc")));
    assertInvalidCursor(() -> Cursor.decode(raw("k1\nn99999999999999999999999")));
    assertInvalidCursor(() -> Cursor.decode(raw("k1\nd2026-02-30")));
    assertInvalidCursor(() -> Cursor.decode(raw("k1\nx1")));
    assertInvalidCursor(() -> Cursor.decode(raw("k1\n")));
    assertInvalidCursor(() -> Cursor.decode(raw("k1")));
    assertInvalidCursor(() -> Cursor.decode(raw("k2\nsa")));
    assertInvalidCursor(() -> Cursor.decode(raw("k1\ns" + "x".repeat(201))));
    assertInvalidCursor(() -> Cursor.decode(raw("k1\nsa\u0000b")));
    assertInvalidCursor(() -> Cursor.decode("A".repeat(Cursor.MAX_LENGTH + 4)));
  }

  @Test
  void bytesThatAreNoUtf8AreRefused() {
    String cursor =
        Base64.getUrlEncoder().encodeToString(new byte[] {'k', '1', '\n', 's', (byte) 0xff});

    assertInvalidCursor(() -> Cursor.decode(cursor));
  }

  @Test
  void aTamperedCursorIsRefusedOrNamesAnotherKeyOfTheSameShape() {
    String cursor = Cursor.encode(List.of(AT, "0190a1b2"));
    for (int i = 0; i < cursor.length(); i++) {
      String tampered =
          cursor.substring(0, i) + (cursor.charAt(i) == 'A' ? 'B' : 'A') + cursor.substring(i + 1);
      try {
        List<Object> key = Cursor.decode(tampered);
        // what still decodes is a key of the same shape: harmless, it only moves the page
        Keyset.newestFirst("x.at", "x.id").check(key);
      } catch (ProblemException refused) {
        assertThat(refused.fieldErrors()).extracting(FieldError::field).containsExactly("cursor");
      }
    }
  }

  @Test
  void keysThatHaveNoCursorFormAreAProgrammingError() {
    assertThatThrownBy(() -> Cursor.encode(List.of(1.5)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Cursor.encode(List.of("line\nbreak")))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
