package org.tourismpolicing.core.problem;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;

/**
 * Problem answers for every failure of the whole JAX-RS application: the runtime's own refusals (no
 * such path, wrong method, unacceptable media type) and failures outside the modules' resources.
 *
 * <p>Deliberately not a {@code @Provider}: mapping the exceptions of every resource in a WAR is a
 * choice of the application that assembles it. The modules' own failures need no mapper; they are
 * answered at their resources ({@link ModuleFailures}). An application that wants problem answers
 * everywhere registers a subclass annotated {@code @Provider} (the reference app does).
 */
public class ProblemMapper implements ExceptionMapper<Throwable> {

  @Inject ProblemAnswers answers;
  @Context HttpHeaders headers;
  @Context UriInfo uri;
  @Context ResourceInfo resource;

  @Override
  public Response toResponse(Throwable failure) {
    return answers.answer(
        failure,
        ProblemRequest.of(headers, uri),
        resource == null ? null : resource.getResourceMethod());
  }
}
