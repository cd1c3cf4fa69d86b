package org.tourismpolicing.core.paging;

import java.util.List;

/**
 * Which page of a keyset-paged list to read: the sort key to continue after ({@code null} for the
 * first page) and how many rows at most.
 */
public record PageRequest(List<Object> after, int limit) {

  public PageRequest {
    if (limit < 1) {
      throw new IllegalArgumentException("limit " + limit);
    }
    after = after == null ? null : List.copyOf(after);
  }

  /** The first {@code limit} rows. */
  public static PageRequest first(int limit) {
    return new PageRequest(null, limit);
  }

  /**
   * The page after {@code page} (which this request read), of the same size; null after the last.
   */
  public PageRequest next(Page<?> page) {
    return page.nextCursor() == null
        ? null
        : new PageRequest(Cursor.decode(page.nextCursor()), limit);
  }
}
