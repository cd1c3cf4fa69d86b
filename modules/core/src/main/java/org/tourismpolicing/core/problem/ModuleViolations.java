package org.tourismpolicing.core.problem;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ValidationException;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.Providers;
import org.tourismpolicing.core.rest.ModuleResources;

/**
 * Invalid input to a module's resource, as the module's 400 problem naming each field. The JAX-RS
 * runtime validates a resource method's parameters itself, after reading them and before calling
 * the method, so neither {@link ModuleFailures} nor {@link ModuleBodyFailures} sees these failures;
 * an exception mapper is the one place they arrive. This one speaks for the modules' resources
 * only, and ahead of an application's own mapper for the same exception (a higher priority): for
 * any other resource it hands the failure to whatever maps {@link ValidationException} (the
 * runtime's own answer, or the application's), as if this mapper did not exist.
 */
@Provider
@Priority(Priorities.USER - 1000)
public class ModuleViolations implements ExceptionMapper<ConstraintViolationException> {

  @Inject ProblemAnswers answers;
  @Context ResourceInfo resource;
  @Context HttpHeaders headers;
  @Context UriInfo uri;
  @Context Providers providers;

  @Override
  public Response toResponse(ConstraintViolationException failure) {
    if (ModuleResources.owns(resource)) {
      return answers.answer(failure, ProblemRequest.of(headers, uri), resource.getResourceMethod());
    }
    ExceptionMapper<ValidationException> next =
        providers.getExceptionMapper(ValidationException.class);
    return next == null ? Response.status(400).build() : next.toResponse(failure);
  }
}
