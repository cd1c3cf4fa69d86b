package org.tourismpolicing.dispatch.rest;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.tourismpolicing.core.problem.ProblemException;

/** The local dates of the dispatch resources' query parameters. */
final class Dates {

  private Dates() {}

  static LocalDate date(String field, String value) {
    try {
      return LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      throw ProblemException.invalid(field, "validation.date", value);
    }
  }
}
