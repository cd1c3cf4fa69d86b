package org.tourismpolicing.core.paging;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A list query with optional filters and keyset paging, so that no list builds its JPQL by hand:
 *
 * <pre>{@code
 * return KeysetQuery.select("select w from WalkIn w", WalkIn.class)
 *     .where("w.kioskId = :kiosk", "kiosk", kioskId)      // left out when kioskId is null
 *     .where("w.occurredOn >= :from", "from", from)
 *     .page(em, Keyset.newestFirst("w.occurredAt", "w.id"), page, w -> List.of(w.occurredAt(), w.id()));
 * }</pre>
 *
 * It reads one row more than the page to know whether there is a next one. Conditions are JPQL with
 * named parameters; values are always bound, never written into the text.
 */
public final class KeysetQuery<T> {

  private final String select;
  private final Class<T> type;
  private final List<String> conditions = new ArrayList<>();
  private final Map<String, Object> parameters = new LinkedHashMap<>();
  private final Map<String, Object> hints = new LinkedHashMap<>();

  private KeysetQuery(String select, Class<T> type) {
    this.select = select;
    this.type = type;
  }

  /** {@code select x from Entity x} (no where, no order). */
  public static <T> KeysetQuery<T> select(String select, Class<T> type) {
    return new KeysetQuery<>(select, type);
  }

  /** Adds the condition, binding {@code value} to {@code :name}; left out when value is null. */
  public KeysetQuery<T> where(String condition, String name, Object value) {
    if (value != null) {
      conditions.add(condition);
      parameters.put(name, value);
    }
    return this;
  }

  /** Adds the condition when {@code applies} (one without parameters, or bound by others). */
  public KeysetQuery<T> whereIf(boolean applies, String condition) {
    if (applies) {
      conditions.add(condition);
    }
    return this;
  }

  /** A query hint for the persistence provider (read-only results, for instance). */
  public KeysetQuery<T> hint(String name, Object value) {
    hints.put(name, value);
    return this;
  }

  /** The page {@code request} asks for, in the order of {@code keyset}. */
  public Page<T> page(
      EntityManager em, Keyset keyset, PageRequest request, Function<T, List<?>> keyOf) {
    Map<String, Object> bound = new LinkedHashMap<>(parameters);
    List<String> where = new ArrayList<>(conditions);
    if (request.after() != null) {
      where.add(keyset.after(request.after(), bound));
    }
    TypedQuery<T> q = em.createQuery(jpql(where, keyset), type);
    bound.forEach(q::setParameter);
    hints.forEach(q::setHint);
    List<T> rows = q.setMaxResults(request.limit() + 1).getResultList();
    return Page.of(rows, request.limit(), keyOf);
  }

  /** The JPQL that {@link #page} runs, for tests and logs. */
  String jpql(List<String> where, Keyset keyset) {
    StringBuilder jpql = new StringBuilder(select);
    if (!where.isEmpty()) {
      jpql.append(" where ").append(String.join(" and ", where));
    }
    return jpql.append(" order by ").append(keyset.orderBy()).toString();
  }

  /** The JPQL of the page {@code request} asks for, with the values it binds. */
  String jpql(Keyset keyset, PageRequest request, Map<String, Object> bound) {
    bound.putAll(parameters);
    List<String> where = new ArrayList<>(conditions);
    if (request.after() != null) {
      where.add(keyset.after(request.after(), bound));
    }
    return jpql(where, keyset);
  }
}
