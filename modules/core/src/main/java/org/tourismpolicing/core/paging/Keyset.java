package org.tourismpolicing.core.paging;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The sort key of a keyset-paged list: JPQL paths, their types and one direction, unique as a whole
 * (end it with the id). It writes the order and the "after this key" condition, and checks that a
 * cursor names a key of exactly this shape.
 *
 * @param descending newest (largest) first
 * @param paths JPQL paths such as {@code i.receivedAt}, {@code i.id}
 * @param types the type of each path's value as a cursor carries it
 */
public record Keyset(boolean descending, List<String> paths, List<Class<?>> types) {

  public Keyset {
    if (paths.isEmpty() || paths.size() != types.size()) {
      throw new IllegalArgumentException("one type per path");
    }
    paths = List.copyOf(paths);
    types = List.copyOf(types);
  }

  /** Newest first by a time, then by id (descending). */
  public static Keyset newestFirst(String timePath, String idPath) {
    return new Keyset(true, List.of(timePath, idPath), List.of(Instant.class, String.class));
  }

  /** Oldest first by a time, then by id. */
  public static Keyset oldestFirst(String timePath, String idPath) {
    return new Keyset(false, List.of(timePath, idPath), List.of(Instant.class, String.class));
  }

  /** In order of one unique text (a code, a call sign). */
  public static Keyset byText(String path) {
    return new Keyset(false, List.of(path), List.of(String.class));
  }

  /** {@code order by} of this key. */
  String orderBy() {
    String dir = descending ? " desc" : "";
    return String.join(dir + ", ", paths) + dir;
  }

  /**
   * The condition "after {@code key}" in this order, lexicographic over the paths: {@code (a < :k0)
   * or (a = :k0 and b < :k1)} …; its parameters go into {@code parameters}.
   */
  String after(List<Object> key, Map<String, Object> parameters) {
    check(key);
    String op = descending ? " < " : " > ";
    StringBuilder or = new StringBuilder("(");
    for (int i = 0; i < paths.size(); i++) {
      if (i > 0) {
        or.append(" or ");
      }
      or.append('(');
      for (int j = 0; j < i; j++) {
        or.append(paths.get(j)).append(" = :keyset").append(j).append(" and ");
      }
      or.append(paths.get(i)).append(op).append(":keyset").append(i).append(')');
      parameters.put("keyset" + i, key.get(i));
    }
    return or.append(')').toString();
  }

  /** A cursor of another list's shape is no cursor of this one. */
  void check(List<Object> key) {
    if (key.size() != types.size()) {
      throw Cursor.invalid();
    }
    for (int i = 0; i < key.size(); i++) {
      if (!types.get(i).isInstance(key.get(i))) {
        throw Cursor.invalid();
      }
    }
  }
}
