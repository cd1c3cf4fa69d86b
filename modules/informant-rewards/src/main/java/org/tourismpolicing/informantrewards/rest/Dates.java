package org.tourismpolicing.informantrewards.rest;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.tourismpolicing.core.problem.ProblemException;

/** The local dates of the informant rewards resources' query parameters. */
final class Dates {

  /** The longest span of local days one request covers (the ledger, the statistics). */
  static final int MAX_SPAN_DAYS = 366;

  private Dates() {}

  static LocalDate date(String field, String value) {
    try {
      return LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      throw ProblemException.invalid(field, "informant.date", value);
    }
  }
}
