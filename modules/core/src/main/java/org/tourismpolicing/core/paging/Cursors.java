package org.tourismpolicing.core.paging;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.tourismpolicing.core.problem.ProblemException;

/** Opaque page cursors: the sort key of the last item, base64url-encoded. */
public final class Cursors {

  private Cursors() {}

  public static String encode(String sortKey) {
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(("v1:" + sortKey).getBytes(StandardCharsets.UTF_8));
  }

  /** The sort key after which the next page starts, or null for the first page. */
  public static String decode(String cursor) {
    if (cursor == null || cursor.isEmpty()) {
      return null;
    }
    try {
      String s = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
      if (!s.startsWith("v1:")) {
        throw ProblemException.invalid("cursor", "paging.cursor.invalid");
      }
      return s.substring(3);
    } catch (IllegalArgumentException e) {
      throw ProblemException.invalid("cursor", "paging.cursor.invalid");
    }
  }

  /** The page size asked for, checked against 1..max; {@code null} gives the default. */
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
