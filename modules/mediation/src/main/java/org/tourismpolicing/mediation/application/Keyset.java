package org.tourismpolicing.mediation.application;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import org.tourismpolicing.core.problem.ProblemException;

/**
 * The position of a newest-first list's last row, (time, id), as carried in a page cursor: lists
 * continue strictly before it, so rows with the same time are neither skipped nor repeated.
 */
record Keyset(Instant at, String id) {

  static final Keyset FIRST = new Keyset(null, null);

  static String key(Instant at, String id) {
    return at + "|" + id;
  }

  /** The position a decoded cursor names; {@link #FIRST} for none. */
  static Keyset parse(String cursorKey) {
    if (cursorKey == null) {
      return FIRST;
    }
    int bar = cursorKey.indexOf('|');
    if (bar < 0) {
      throw ProblemException.invalid("cursor", "paging.cursor.invalid");
    }
    try {
      return new Keyset(Instant.parse(cursorKey.substring(0, bar)), cursorKey.substring(bar + 1));
    } catch (DateTimeParseException e) {
      throw ProblemException.invalid("cursor", "paging.cursor.invalid");
    }
  }
}
