package org.tourismpolicing.core.paging;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.tourismpolicing.core.problem.ProblemException;

/**
 * Page cursors: the sort key of a page's last row, opaque to clients (base64url) and read back
 * strictly. Each value carries its type (time, date, number, text), every value must parse as its
 * type, and the list of types must be exactly the list's sort key ({@link Keyset}); anything else —
 * a garbled, truncated, hand-made or other list's cursor — answers 400 naming {@code cursor}, never
 * reaches a query, and so can never end in a 500.
 */
public final class Cursor {

  /** Longer than any cursor this code issues. */
  static final int MAX_LENGTH = 1000;

  private static final String VERSION = "k1";
  private static final int MAX_TEXT = 200;

  private Cursor() {}

  /** The cursor naming {@code key} (values of type Instant, LocalDate, Long/Integer or String). */
  public static String encode(List<?> key) {
    StringBuilder s = new StringBuilder(VERSION);
    for (Object value : key) {
      s.append('\n');
      if (value instanceof Instant t) {
        s.append('t').append(t);
      } else if (value instanceof LocalDate d) {
        s.append('d').append(d);
      } else if (value instanceof Long || value instanceof Integer) {
        s.append('n').append(((Number) value).longValue());
      } else if (value instanceof String text) {
        if (!isText(text)) {
          throw new IllegalArgumentException("not a cursor text: " + text);
        }
        s.append('s').append(text);
      } else {
        throw new IllegalArgumentException("no cursor form for " + value);
      }
    }
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(s.toString().getBytes(StandardCharsets.UTF_8));
  }

  /** The sort key a cursor names; null for none (the first page). */
  public static List<Object> decode(String cursor) {
    if (cursor == null || cursor.isEmpty()) {
      return null;
    }
    if (cursor.length() > MAX_LENGTH) {
      throw invalid();
    }
    String text;
    try {
      byte[] bytes = Base64.getUrlDecoder().decode(cursor);
      text = StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes)).toString();
    } catch (IllegalArgumentException | java.nio.charset.CharacterCodingException e) {
      throw invalid();
    }
    String[] parts = text.split("\n", -1);
    if (parts.length < 2 || !parts[0].equals(VERSION)) {
      throw invalid();
    }
    List<Object> key = new ArrayList<>();
    for (int i = 1; i < parts.length; i++) {
      key.add(value(parts[i]));
    }
    return List.copyOf(key);
  }

  private static Object value(String part) {
    if (part.isEmpty()) {
      throw invalid();
    }
    String v = part.substring(1);
    try {
      return switch (part.charAt(0)) {
        case 't' -> Instant.parse(v);
        case 'd' -> LocalDate.parse(v);
        case 'n' -> {
          if (!v.matches("-?\\d{1,18}")) {
            throw invalid();
          }
          yield Long.parseLong(v);
        }
        case 's' -> {
          if (!isText(v)) {
            throw invalid();
          }
          yield v;
        }
        default -> throw invalid();
      };
    } catch (DateTimeParseException e) {
      throw invalid();
    }
  }

  private static boolean isText(String v) {
    return v.length() <= MAX_TEXT && v.codePoints().noneMatch(Character::isISOControl);
  }

  static ProblemException invalid() {
    return ProblemException.invalid("cursor", "paging.cursor.invalid");
  }
}
