package org.tourismpolicing.core.conditional;

import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.core.HttpHeaders;
import java.util.function.LongSupplier;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.tourismpolicing.core.problem.ProblemException;
import org.tourismpolicing.core.problem.ProblemType;

/**
 * The precondition of an update, for {@code @BeanParam}, and the one rule every module applies:
 *
 * <ul>
 *   <li>An update must name the version it changes: {@code If-Match} with the ETag read, or — where
 *       the request body has a {@code version} field — that field. Neither: 428.
 *   <li>{@code If-Match} is compared with the current version before anything changes: another
 *       version answers 412. It must name one version; {@code *}, a weak tag or a list name none
 *       and are refused with 412 as well (an update is never blind).
 *   <li>A body {@code version} is checked when the change is written: an older one answers 409.
 * </ul>
 */
public class IfMatch {

  @HeaderParam(HttpHeaders.IF_MATCH)
  @Parameter(
      description =
          "The ETag of the version read (e.g. \"3\"); required unless the body carries version",
      example = "\"3\"")
  String value;

  public IfMatch() {}

  IfMatch(String value) {
    this.value = value;
  }

  /** Whether the request sent If-Match at all (a create-or-replace needs it only to replace). */
  public boolean isPresent() {
    return value != null && !value.isBlank();
  }

  /**
   * The version the update changes, for a request whose body has no version field.
   *
   * @param current reads the resource's current version (404 if it does not exist)
   */
  public long expected(LongSupplier current) {
    return expected(null, current);
  }

  /**
   * The version the update changes.
   *
   * @param bodyVersion the body's version field, if the request has one and the client sent it
   * @param current reads the resource's current version (404 if it does not exist)
   */
  public long expected(Long bodyVersion, LongSupplier current) {
    if (value == null || value.isBlank()) {
      if (bodyVersion == null) {
        throw new ProblemException(
            ProblemType.PRECONDITION_REQUIRED, "precondition-required.detail");
      }
      return bodyVersion;
    }
    long now = current.getAsLong();
    String tag = ETags.of(now).toString();
    if (ETags.version(value).filter(v -> v == now).isEmpty()) {
      throw ProblemException.preconditionFailed(value.strip(), tag);
    }
    return bodyVersion != null ? bodyVersion : now;
  }
}
