package org.tourismpolicing.core.paging;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class PageTest {

  private static final Function<String, List<?>> KEY = s -> List.of(s);

  @Test
  void noNextCursorWhenEverythingFits() {
    Page<String> page = Page.of(List.of("a", "b"), 3, KEY);

    assertThat(page.items()).containsExactly("a", "b");
    assertThat(page.nextCursor()).isNull();
  }

  @Test
  void noNextCursorWhenExactlyTheLimitWasFetched() {
    Page<String> page = Page.of(List.of("a", "b", "c"), 3, KEY);

    assertThat(page.items()).containsExactly("a", "b", "c");
    assertThat(page.nextCursor()).isNull();
  }

  @Test
  void theExtraRowOnlyTellsThereIsMore() {
    Page<String> page = Page.of(List.of("a", "b", "c", "d"), 3, KEY);

    assertThat(page.items()).containsExactly("a", "b", "c");
    assertThat(page.nextCursor()).isNotNull();
    assertThat(Cursor.decode(page.nextCursor())).containsExactly("c");
  }

  @Test
  void emptyPage() {
    Page<String> page = Page.of(List.of(), 20, KEY);

    assertThat(page.items()).isEmpty();
    assertThat(page.nextCursor()).isNull();
  }

  @Test
  void mappingKeepsTheCursor() {
    Page<String> page = Page.of(List.of("a", "bb", "ccc"), 2, KEY);

    Page<Integer> lengths = page.map(String::length);

    assertThat(lengths.items()).containsExactly(1, 2);
    assertThat(lengths.nextCursor()).isEqualTo(page.nextCursor());
  }

  @Test
  void readingPageByPageVisitsEveryItemOnce() {
    List<String> all = List.of("a", "b", "c", "d", "e", "f", "g");
    StringBuilder seen = new StringBuilder();
    String cursor = null;
    int pages = 0;
    do {
      List<Object> key = Cursor.decode(cursor);
      String after = key == null ? null : (String) key.get(0);
      List<String> fetched =
          all.stream().filter(s -> after == null || s.compareTo(after) > 0).limit(4).toList();
      Page<String> page = Page.of(fetched, 3, KEY);
      page.items().forEach(seen::append);
      cursor = page.nextCursor();
      pages++;
    } while (cursor != null);

    assertThat(seen).hasToString("abcdefg");
    assertThat(pages).isEqualTo(3);
  }
}
