package org.tourismpolicing.informantrewards.rest;

import jakarta.ws.rs.core.EntityTag;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.function.LongSupplier;
import org.tourismpolicing.core.problem.ProblemException;
import org.tourismpolicing.core.problem.ProblemType;

/** Optimistic-locking and parameter helpers shared by the informant rewards resources. */
final class Versions {

  private Versions() {}

  static EntityTag etag(long version) {
    return new EntityTag(Long.toString(version));
  }

  /**
   * The version the editor saw: from If-Match (which must name the current version, else 412) or
   * from the body (checked on change, else 409). Neither: 428, so no edit is ever blind.
   */
  static long expected(String ifMatch, Long bodyVersion, LongSupplier current) {
    if (ifMatch == null && bodyVersion == null) {
      throw new ProblemException(ProblemType.PRECONDITION_REQUIRED, "precondition-required.detail");
    }
    if (ifMatch == null) {
      return bodyVersion;
    }
    long now = current.getAsLong();
    String expected = etag(now).toString();
    if (!ifMatch.trim().equals(expected) && !ifMatch.trim().equals("*")) {
      throw ProblemException.preconditionFailed(ifMatch, expected);
    }
    return bodyVersion != null ? bodyVersion : now;
  }

  static LocalDate date(String field, String value) {
    try {
      return LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      throw ProblemException.invalid(field, "informant.date", value);
    }
  }
}
