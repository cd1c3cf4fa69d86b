package org.tourismpolicing.core.problem;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.JsonbException;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.lang.reflect.Method;
import java.util.List;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.tourismpolicing.core.ratelimit.TooManyRequests;
import org.tourismpolicing.core.validation.InvalidValueException;

/**
 * What a failure is answered with: the one place that turns an exception into a problem answer. A
 * refusal the code raised ({@link ProblemException}, wherever it sits in the cause chain) keeps its
 * type; invalid input names its fields; a lost optimistic-lock race is a version conflict; a
 * deadlock or lock time-out is a retryable 503; the JAX-RS runtime's own refusals keep their
 * status; anything else is a 500 whose body carries only an error id, the stack trace and any SQL
 * staying in the server log under that id.
 *
 * <p>Used by {@link ModuleFailures} for the modules' resources, whatever exception mappers the
 * application around them has, and by {@link ProblemMapper} where the assembling application
 * chooses problem answers for the whole WAR.
 */
@ApplicationScoped
public class ProblemAnswers {

  private static final Logger LOG = Logger.getLogger(ProblemAnswers.class.getName());

  // EclipseLink's own exception class is not visible to applications on Liberty: matched by name
  private static final String ECLIPSELINK_OPTIMISTIC_LOCK =
      "org.eclipse.persistence.exceptions.OptimisticLockException";

  private static final Pattern PROPERTY = Pattern.compile("property '?([A-Za-z0-9_]+)'?");

  @Inject ProblemWriter writer;

  @Inject
  @ConfigProperty(name = "tp.request.max-body-bytes", defaultValue = "65536")
  long maxBodyBytes;

  /**
   * The answer to {@code failure}; {@code method} (the resource method, may be null) names the
   * parameters of a validation failure as the client wrote them.
   */
  public Response answer(Throwable failure, ProblemRequest request, Method method) {
    try {
      return answerOf(failure, request, method);
    } catch (RuntimeException | LinkageError failedToAnswer) {
      // never let the answer's own trouble turn into the container's error page
      LOG.log(Level.SEVERE, "could not answer a failure with a problem", failedToAnswer);
      LOG.log(Level.SEVERE, "the failure that was to be answered", failure);
      return Response.status(500)
          .type(Problem.MEDIA_TYPE)
          .entity(
              "{\"type\":\""
                  + ProblemType.INTERNAL.uri()
                  + "\",\"title\":\"Internal error\",\"status\":500}")
          .build();
    }
  }

  private Response answerOf(Throwable e, ProblemRequest request, Method method) {
    if (e instanceof WebApplicationException wae
        && wae.getResponse() != null
        && wae.getResponse().hasEntity()) {
      return wae.getResponse(); // already an answer
    }
    if (e instanceof WebApplicationException wae
        && wae.getResponse() != null
        && wae.getResponse().getStatus() < 400) {
      return wae.getResponse(); // not a failure: a redirect or "not modified" the code chose
    }
    // a refusal raised deep inside (for example while a body was being read) wins over wrappers
    for (Throwable c = e; c != null; c = c.getCause()) {
      if (c instanceof ProblemException p) {
        Response answer = writer.write(p, request);
        if (p instanceof TooManyRequests limited) {
          return Response.fromResponse(answer)
              .header("Retry-After", String.valueOf(limited.retryAfterSeconds()))
              .build();
        }
        return answer;
      }
    }
    for (Throwable c = e; c != null; c = c.getCause()) {
      if (c instanceof ConstraintViolationException v) {
        return invalid(ViolatedFields.of(v, method), request);
      }
      if (c instanceof InvalidValueException v) {
        return invalid(List.of(new FieldError(null, v.code(), v.args())), request);
      }
      if (c instanceof JsonbException j) {
        return malformedBody(j, request);
      }
      if (c instanceof OptimisticLockException
          || c.getClass().getName().equals(ECLIPSELINK_OPTIMISTIC_LOCK)) {
        return writer.write(
            ProblemType.VERSION_CONFLICT,
            "version-conflict.concurrent",
            List.of(),
            List.of(),
            request,
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
              ProblemType.UNAVAILABLE, "unavailable.conflict", List.of(), List.of(), request, null);
      return Response.fromResponse(r).header("Retry-After", "1").build();
    }
    if (e instanceof WebApplicationException wae && wae.getResponse() != null) {
      int status = wae.getResponse().getStatus();
      if (status < 500) {
        return refusedByTheRuntime(wae, status, request);
      }
    }
    return internalError(e, request);
  }

  /** The runtime's own refusals (no such path, wrong method or media type …) keep their status. */
  private Response refusedByTheRuntime(
      WebApplicationException e, int status, ProblemRequest request) {
    ProblemType type = ProblemType.ofStatus(status, ProblemType.MALFORMED_BODY);
    String code = type == ProblemType.NOT_FOUND ? "not-found.path" : type.code() + ".detail";
    List<Object> args =
        type == ProblemType.PAYLOAD_TOO_LARGE ? List.of(String.valueOf(maxBodyBytes)) : List.of();
    Response answer = writer.write(type, code, args, List.of(), request, null);
    String allow = e.getResponse().getHeaderString(HttpHeaders.ALLOW);
    if (status == 405 && allow != null) {
      return Response.fromResponse(answer).header(HttpHeaders.ALLOW, allow).build();
    }
    if (status == 401) {
      return Response.fromResponse(answer).header(HttpHeaders.WWW_AUTHENTICATE, "Bearer").build();
    }
    return answer;
  }

  private Response invalid(List<FieldError> errors, ProblemRequest request) {
    return writer.write(
        ProblemType.VALIDATION, "validation.detail", List.of(), errors, request, null);
  }

  /** JSON-B names the property it could not read; that name is ours (a DTO field), safe to echo. */
  private Response malformedBody(JsonbException e, ProblemRequest request) {
    Matcher m = PROPERTY.matcher(String.valueOf(e.getMessage()));
    List<FieldError> fields =
        m.find() ? List.of(FieldError.of(m.group(1), "malformed-body.field")) : List.of();
    return writer.write(
        ProblemType.MALFORMED_BODY, "malformed-body.detail", List.of(), fields, request, null);
  }

  private Response internalError(Throwable e, ProblemRequest request) {
    String errorId = UUID.randomUUID().toString();
    LOG.log(
        Level.SEVERE,
        e,
        () ->
            "unexpected failure "
                + errorId
                + " on "
                + (request.instance() == null ? "?" : request.instance()));
    return writer.write(
        ProblemType.INTERNAL, "internal.detail", List.of(errorId), List.of(), request, errorId);
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
}
