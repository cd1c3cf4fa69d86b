package org.tourismpolicing.core.conditional;

import jakarta.ws.rs.core.EntityTag;
import java.util.Optional;

/** The ETag of a version: the number as a strong tag, {@code "3"}. */
public final class ETags {

  private ETags() {}

  public static EntityTag of(long version) {
    return new EntityTag(Long.toString(version));
  }

  /**
   * The version an {@code If-Match} value names, if it names exactly one version: one strong tag
   * holding a number. A list of tags, a weak tag or {@code *} names none.
   */
  static Optional<Long> version(String ifMatch) {
    String v = ifMatch.strip();
    if (v.length() < 3 || v.charAt(0) != '"' || v.charAt(v.length() - 1) != '"') {
      return Optional.empty();
    }
    String inner = v.substring(1, v.length() - 1);
    if (!inner.matches("\\d{1,18}")) {
      return Optional.empty();
    }
    return Optional.of(Long.parseLong(inner));
  }
}
