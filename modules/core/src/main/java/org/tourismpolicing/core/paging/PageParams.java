package org.tourismpolicing.core.paging;

import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.tourismpolicing.core.problem.ProblemException;

/**
 * The query parameters of every keyset-paged list, for {@code @BeanParam}: {@code cursor} (the
 * {@code nextCursor} of the previous page) and {@code limit}, bounded. Both are checked here, at
 * the edge: a cursor that is not one this server issued answers 400 naming {@code cursor}, a size
 * out of range 400 naming {@code limit}.
 */
public class PageParams {

  /** The page size when the client names none. */
  public static final int DEFAULT_LIMIT = 50;

  /** The largest page a client may ask for, unless the list says otherwise. */
  public static final int MAX_LIMIT = 200;

  @QueryParam("cursor")
  @Parameter(description = "nextCursor of the previous page; leave out for the first page")
  String cursor;

  @QueryParam("limit")
  @Parameter(description = "Page size, 1 to 200 (default 50) unless the operation says otherwise")
  Integer limit;

  public PageParams() {}

  PageParams(String cursor, Integer limit) {
    this.cursor = cursor;
    this.limit = limit;
  }

  /** The page asked for, with the standard bounds. */
  public PageRequest request() {
    return request(DEFAULT_LIMIT, MAX_LIMIT);
  }

  /** The page asked for, with this list's own bounds. */
  public PageRequest request(int defaultLimit, int maxLimit) {
    return new PageRequest(Cursor.decode(cursor), limit(limit, defaultLimit, maxLimit));
  }

  /** A page size asked for, checked against 1..max; {@code null} gives the default. */
  public static int limit(Integer requested, int defaultLimit, int max) {
    if (requested == null) {
      return defaultLimit;
    }
    if (requested < 1 || requested > max) {
      throw ProblemException.invalid("limit", "paging.limit.range", 1, max);
    }
    return requested;
  }
}
