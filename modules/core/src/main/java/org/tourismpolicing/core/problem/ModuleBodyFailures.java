package org.tourismpolicing.core.problem;

import jakarta.inject.Inject;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.IOException;
import org.tourismpolicing.core.rest.ModuleResources;

/**
 * Answers a body that a module's resource cannot read (malformed JSON, a field of the wrong type,
 * more bytes than allowed) with the module's problem. The body is read before the resource method
 * runs, so {@link ModuleFailures} cannot see these failures; the answer leaves as a finished one
 * that no application mapper intercepts. Bodies of a host application's resources are read as if
 * this class did not exist.
 */
@Provider
public class ModuleBodyFailures implements ReaderInterceptor {

  @Inject ProblemAnswers answers;
  @Context ResourceInfo resource;
  @Context HttpHeaders headers;
  @Context UriInfo uri;

  @Override
  public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
    if (!ModuleResources.owns(resource)) {
      return context.proceed();
    }
    try {
      return context.proceed();
    } catch (ProblemResponseException answered) {
      throw answered;
    } catch (IOException | RuntimeException failure) {
      if (failure instanceof WebApplicationException wae
          && wae.getResponse() != null
          && wae.getResponse().hasEntity()) {
        throw wae;
      }
      throw new ProblemResponseException(
          answers.answer(failure, ProblemRequest.of(headers, uri), resource.getResourceMethod()),
          failure);
    }
  }
}
