package org.tourismpolicing.core.problem;

import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tourismpolicing.core.validation.InvalidValueException;

/**
 * Everything no other mapper claims. Known causes wrapped by transaction interceptors (a refusal, a
 * lost optimistic-lock race) get their proper answer; anything else is a 500 whose body carries
 * only an error id: the stack trace and any SQL stay in the server log under that id.
 */
@Provider
public class FallbackExceptionMapper implements ExceptionMapper<Throwable> {

  private static final Logger LOG = Logger.getLogger(FallbackExceptionMapper.class.getName());

  @Inject ProblemWriter writer;
  @Context HttpHeaders headers;
  @Context UriInfo uri;

  private static final String ECLIPSELINK_OPTIMISTIC_LOCK =
      "org.eclipse.persistence.exceptions.OptimisticLockException";

  @Override
  public Response toResponse(Throwable e) {
    try {
      return answer(e);
    } catch (RuntimeException | LinkageError failedToAnswer) {
      // never let the mapper's own trouble turn into the container's error page
      LOG.log(Level.SEVERE, "could not map an exception to a problem answer", failedToAnswer);
      return Response.status(500)
          .type(Problem.MEDIA_TYPE)
          .entity(
              "{\"type\":\""
                  + ProblemType.INTERNAL.uri()
                  + "\",\"status\":500,\"title\":\"Internal error\"}")
          .build();
    }
  }

  private Response answer(Throwable e) {
    // a refusal raised deep inside (for example while a body was being read) wins over wrappers
    for (Throwable c = e; c != null; c = c.getCause()) {
      if (c instanceof ProblemException p) {
        return writer.write(p, headers, uri);
      }
    }
    for (Throwable c = e; c != null; c = c.getCause()) {
      if (c instanceof InvalidValueException v) {
        return writer.write(
            ProblemType.VALIDATION,
            "validation.detail",
            List.of(),
            List.of(new FieldError(null, v.code(), v.args())),
            headers,
            uri,
            null);
      }
      if (c instanceof jakarta.json.bind.JsonbException j) {
        return malformedBody(j);
      }
      // EclipseLink's own exception class is not visible to applications on Liberty: match by name
      if (c instanceof OptimisticLockException
          || c.getClass().getName().equals(ECLIPSELINK_OPTIMISTIC_LOCK)) {
        return writer.write(
            ProblemType.VERSION_CONFLICT,
            "version-conflict.concurrent",
            List.of(),
            List.of(),
            headers,
            uri,
            null);
      }
    }
    if (isTransientConflict(e)) {
      // two transactions collided in the database (a deadlock, a lock wait that timed out): the
      // database rolled this one back whole, so nothing was written and the same request can be
      // sent again at once
      LOG.log(
          Level.INFO, "transaction rolled back by the database, answered 503: {0}", rootMessage(e));
      Response r =
          writer.write(
              ProblemType.UNAVAILABLE,
              "unavailable.conflict",
              List.of(),
              List.of(),
              headers,
              uri,
              null);
      return Response.fromResponse(r).header("Retry-After", "1").build();
    }
    return internalError(e, writer, headers, uri);
  }

  /**
   * A deadlock or lock-wait time-out: SQL state class 40 (transaction rollback) or MariaDB's 1205
   * and 1213, wherever it sits in the cause chain.
   */
  static boolean isTransientConflict(Throwable e) {
    for (Throwable c = e; c != null; c = c.getCause()) {
      if (c instanceof java.sql.SQLException sql) {
        String state = sql.getSQLState();
        if ((state != null && state.startsWith("40"))
            || sql.getErrorCode() == 1205
            || sql.getErrorCode() == 1213) {
          return true;
        }
      }
    }
    return false;
  }

  private static String rootMessage(Throwable e) {
    Throwable c = e;
    while (c.getCause() != null && c.getCause() != c) {
      c = c.getCause();
    }
    return c.getClass().getSimpleName() + ": " + c.getMessage();
  }

  /** JSON-B names the property it could not read; that name is ours (a DTO field), safe to echo. */
  private Response malformedBody(jakarta.json.bind.JsonbException e) {
    Matcher m = PROPERTY.matcher(String.valueOf(e.getMessage()));
    List<FieldError> fields =
        m.find() ? List.of(FieldError.of(m.group(1), "malformed-body.field")) : List.of();
    return writer.write(
        ProblemType.MALFORMED_BODY, "malformed-body.detail", List.of(), fields, headers, uri, null);
  }

  private static final Pattern PROPERTY = Pattern.compile("property '?([A-Za-z0-9_]+)'?");

  static Response internalError(
      Throwable e, ProblemWriter writer, HttpHeaders headers, UriInfo uri) {
    String errorId = UUID.randomUUID().toString();
    LOG.log(
        Level.SEVERE,
        e,
        () -> "unexpected failure " + errorId + " on " + (uri == null ? "?" : uri.getPath()));
    return writer.write(
        ProblemType.INTERNAL,
        "internal.detail",
        List.of(errorId),
        List.of(),
        headers,
        uri,
        errorId);
  }
}
