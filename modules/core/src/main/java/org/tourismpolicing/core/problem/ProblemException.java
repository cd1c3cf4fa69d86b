package org.tourismpolicing.core.problem;

import java.util.List;

/**
 * A request refused for a reason the caller can act on. Carries the problem type, a message code
 * for the detail (resolved in the caller's language when the answer is written) and, for invalid
 * input, the offending fields. Application and domain code throw the subclasses below.
 */
public class ProblemException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final ProblemType type;
  private final String code;
  private final transient List<Object> args;
  private final transient List<FieldError> fieldErrors;

  public ProblemException(
      ProblemType type, String code, List<Object> args, List<FieldError> fieldErrors) {
    super(type.code() + ": " + code);
    this.type = type;
    this.code = code;
    this.args = args == null ? List.of() : List.copyOf(args);
    this.fieldErrors = fieldErrors == null ? List.of() : List.copyOf(fieldErrors);
  }

  public ProblemException(ProblemType type, String code, Object... args) {
    this(type, code, List.of(args), List.of());
  }

  public ProblemType type() {
    return type;
  }

  /** Message code of the detail text. */
  public String code() {
    return code;
  }

  public List<Object> args() {
    return args;
  }

  public List<FieldError> fieldErrors() {
    return fieldErrors;
  }

  /** 400: the request names fields that break their rules. */
  public static ProblemException invalid(List<FieldError> errors) {
    return new ProblemException(ProblemType.VALIDATION, "validation.detail", List.of(), errors);
  }

  /** 400: one field breaks its rule. */
  public static ProblemException invalid(String field, String code, Object... args) {
    return invalid(List.of(FieldError.of(field, code, args)));
  }

  /** 404: nothing of that kind with that id exists for this tenant (or it is another tenant's). */
  public static ProblemException notFound(String subject, Object id) {
    return new ProblemException(
        ProblemType.NOT_FOUND,
        "not-found.detail",
        new org.tourismpolicing.core.i18n.MessageKey("subject." + subject),
        id);
  }

  /** 409: the subject is not in a state that allows this. */
  public static ProblemException conflict(String code, Object... args) {
    return new ProblemException(ProblemType.CONFLICT, code, args);
  }

  /** 409: the caller edited an older version than the current one. */
  public static ProblemException versionConflict(long expected, long current) {
    return new ProblemException(
        ProblemType.VERSION_CONFLICT, "version-conflict.detail", expected, current);
  }

  /** 412: an {@code If-Match} precondition failed. */
  public static ProblemException preconditionFailed(String expected, String current) {
    return new ProblemException(
        ProblemType.PRECONDITION_FAILED, "precondition-failed.detail", expected, current);
  }

  /** 422: the request is well-formed but breaks a business rule. */
  public static ProblemException ruleViolation(String code, Object... args) {
    return new ProblemException(ProblemType.RULE_VIOLATION, code, args);
  }
}
