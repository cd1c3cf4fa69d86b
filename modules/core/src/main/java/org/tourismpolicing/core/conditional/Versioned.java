package org.tourismpolicing.core.conditional;

/**
 * An answer that shows one version of a resource (optimistic locking's version number). Answers
 * that implement it get that version as their ETag ({@link ETagFilter}).
 */
public interface Versioned {

  long version();
}
