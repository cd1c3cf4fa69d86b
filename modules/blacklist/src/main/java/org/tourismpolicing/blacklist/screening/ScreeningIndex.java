package org.tourismpolicing.blacklist.screening;

import java.util.List;
import java.util.UUID;

/**
 * The listed subjects of one scope (a tenant's own list, or one shared list), searchable by name
 * and identifiers. Safe for concurrent readers and writers.
 */
public final class ScreeningIndex {

  /** Adds the subject, or replaces the one with the same entry id. */
  public void upsert(ScreeningSubject subject) {
    throw new UnsupportedOperationException("TODO(screening): being built");
  }

  /** Removes the subject of this entry, if present. */
  public void remove(UUID entryId) {
    throw new UnsupportedOperationException("TODO(screening): being built");
  }

  /** The hits of the query at or above its threshold, best first, at most its limit. */
  public List<ScreeningHit> search(ScreeningQuery query) {
    throw new UnsupportedOperationException("TODO(screening): being built");
  }

  /** How many subjects the index holds. */
  public int size() {
    throw new UnsupportedOperationException("TODO(screening): being built");
  }
}
