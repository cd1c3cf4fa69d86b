package org.tourismpolicing.core.validation;

import java.util.List;

/**
 * A value broke a rule of its type (a check digit, a range, a syntax). Thrown by value objects and
 * domain rules; the REST layer turns it into a 400 problem that names the offending field.
 *
 * <p>{@code code} is a stable message key (looked up in the message bundles for zh-CN and en);
 * {@code args} fill its placeholders. The English text in {@link #getMessage()} is for logs only.
 */
public class InvalidValueException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String code;
  private final transient List<Object> args;

  public InvalidValueException(String code, String englishMessage, Object... args) {
    super(englishMessage);
    this.code = code;
    this.args = List.of(args);
  }

  /** Stable message key, for example {@code identifier.resident-id.check-digit}. */
  public String code() {
    return code;
  }

  public List<Object> args() {
    return args;
  }
}
