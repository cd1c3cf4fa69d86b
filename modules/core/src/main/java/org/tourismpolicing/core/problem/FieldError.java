package org.tourismpolicing.core.problem;

import java.util.List;

/**
 * One offending field of a refused request: where it is ({@code position.latitude}, a query
 * parameter's name, a header's name), a stable code, and the code's arguments for the message.
 */
public record FieldError(String field, String code, List<Object> args) {

  public FieldError {
    args = args == null ? List.of() : List.copyOf(args);
  }

  public static FieldError of(String field, String code, Object... args) {
    return new FieldError(field, code, List.of(args));
  }
}
