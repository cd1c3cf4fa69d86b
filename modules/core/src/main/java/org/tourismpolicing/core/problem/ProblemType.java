package org.tourismpolicing.core.problem;

/**
 * The stable {@code type} URIs of problem answers (RFC 9457). Clients branch on these, never on the
 * human text, which follows the caller's language. Each constant's {@link #code()} is also the
 * message key of its title.
 */
public enum ProblemType {
  VALIDATION(400, "validation"),
  MALFORMED_BODY(400, "malformed-body"),
  /** The address or a header could not be read (bad percent-encoding, a malformed header). */
  BAD_REQUEST(400, "bad-request"),
  UNAUTHENTICATED(401, "unauthenticated"),
  FORBIDDEN(403, "forbidden"),
  TENANT_NOT_ENTITLED(403, "tenant-not-entitled"),
  NOT_FOUND(404, "not-found"),
  TENANT_NOT_FOUND(404, "tenant-not-found"),
  METHOD_NOT_ALLOWED(405, "method-not-allowed"),
  NOT_ACCEPTABLE(406, "not-acceptable"),
  CONFLICT(409, "conflict"),
  VERSION_CONFLICT(409, "version-conflict"),
  PRECONDITION_FAILED(412, "precondition-failed"),
  PAYLOAD_TOO_LARGE(413, "payload-too-large"),
  UNSUPPORTED_MEDIA_TYPE(415, "unsupported-media-type"),
  RULE_VIOLATION(422, "rule-violation"),
  IDEMPOTENCY_KEY_REUSED(422, "idempotency-key-reused"),
  PRECONDITION_REQUIRED(428, "precondition-required"),
  TOO_MANY_REQUESTS(429, "too-many-requests"),
  INTERNAL(500, "internal"),
  UNAVAILABLE(503, "unavailable");

  /**
   * Prefix of every type URI: a URN, so the identifier does not depend on where docs are hosted.
   */
  public static final String URN_PREFIX = "urn:tourism-policing:problem:";

  private final int status;
  private final String code;

  ProblemType(int status, String code) {
    this.status = status;
    this.code = code;
  }

  public int status() {
    return status;
  }

  public String code() {
    return code;
  }

  public String uri() {
    return URN_PREFIX + code;
  }

  /**
   * The type of a refusal known only by its status (the web container's or the JAX-RS runtime's
   * own); {@code badRequest} is what a plain 400 or another client error means where it arose.
   */
  public static ProblemType ofStatus(int status, ProblemType badRequest) {
    return switch (status) {
      case 401 -> UNAUTHENTICATED;
      case 403 -> FORBIDDEN;
      case 404 -> NOT_FOUND;
      case 405 -> METHOD_NOT_ALLOWED;
      case 406 -> NOT_ACCEPTABLE;
      case 413 -> PAYLOAD_TOO_LARGE;
      case 415 -> UNSUPPORTED_MEDIA_TYPE;
      case 503 -> UNAVAILABLE;
      default -> status >= 500 ? INTERNAL : badRequest;
    };
  }
}
