package org.tourismpolicing.core.problem;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;

/**
 * The body of an {@code application/problem+json} answer (RFC 9457), with two extension members:
 * {@code code} (the stable code of the detail) and {@code errors} (the offending fields of an
 * invalid request). {@code errorId} ties a 500 answer to the server log without exposing anything
 * of what failed.
 */
@JsonbPropertyOrder({"type", "title", "status", "detail", "instance", "code", "errors", "errorId"})
public record Problem(
    String type,
    String title,
    int status,
    String detail,
    String instance,
    String code,
    List<Error> errors,
    String errorId) {

  public static final String MEDIA_TYPE = "application/problem+json";

  /** One offending field, with its message in the caller's language. */
  @JsonbPropertyOrder({"field", "code", "message"})
  public record Error(String field, String code, String message) {}
}
