package org.tourismpolicing.core.paging;

import java.util.List;
import java.util.function.Function;

/**
 * One page of a list answer. {@code nextCursor} is opaque to clients: pass it back as {@code
 * cursor} for the next page; it is absent on the last page. Keyset paging keeps every page as cheap
 * as the first, however deep a client reads.
 */
public record Page<T>(List<T> items, String nextCursor) {

  public <R> Page<R> map(Function<T, R> f) {
    return new Page<>(items.stream().map(f).toList(), nextCursor);
  }

  /**
   * Builds a page from {@code limit + 1} fetched rows: the extra row only tells that there is more.
   *
   * @param sortKey the row's values of the list's sort key, in order
   */
  public static <T> Page<T> of(List<T> fetched, int limit, Function<T, List<?>> sortKey) {
    if (fetched.size() <= limit) {
      return new Page<>(List.copyOf(fetched), null);
    }
    List<T> items = List.copyOf(fetched.subList(0, limit));
    return new Page<>(items, Cursor.encode(sortKey.apply(items.get(limit - 1))));
  }
}
