package org.tourismpolicing.core.paging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.tourismpolicing.core.problem.FieldError;
import org.tourismpolicing.core.problem.ProblemException;

class PageParamsTest {

  @Test
  void withoutParametersTheFirstPageOfTheDefaultSize() {
    PageRequest r = new PageParams().request();

    assertThat(r.after()).isNull();
    assertThat(r.limit()).isEqualTo(PageParams.DEFAULT_LIMIT);
  }

  @Test
  void theCursorIsDecodedAtTheEdge() {
    Instant at = Instant.parse("2026-10-01T00:00:00Z");
    String cursor = Cursor.encode(List.of(at, "id-1"));

    PageRequest r = new PageParams(cursor, 10).request();

    assertThat(r.after()).containsExactly(at, "id-1");
    assertThat(r.limit()).isEqualTo(10);
  }

  @Test
  void aGarbledCursorIsRefusedBeforeAnyQuery() {
    CursorTest.assertInvalidCursor(() -> new PageParams("garbled!", null).request());
  }

  @ParameterizedTest
  @ValueSource(ints = {0, -1, 201, Integer.MAX_VALUE})
  void aSizeOutOfRangeIsRefusedWithTheRange(int limit) {
    assertThatThrownBy(() -> new PageParams(null, limit).request())
        .isInstanceOfSatisfying(
            ProblemException.class,
            e ->
                assertThat(e.fieldErrors())
                    .containsExactly(FieldError.of("limit", "paging.limit.range", 1, 200)));
  }

  @Test
  void aListMayHaveItsOwnBounds() {
    assertThat(new PageParams(null, null).request(20, 100).limit()).isEqualTo(20);
    assertThat(new PageParams(null, 100).request(20, 100).limit()).isEqualTo(100);
    assertThatThrownBy(() -> new PageParams(null, 101).request(20, 100))
        .isInstanceOf(ProblemException.class);
  }
}
