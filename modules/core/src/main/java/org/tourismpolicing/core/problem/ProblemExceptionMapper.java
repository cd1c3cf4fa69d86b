package org.tourismpolicing.core.problem;

import jakarta.inject.Inject;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Answers a {@link ProblemException} with its problem. */
@Provider
public class ProblemExceptionMapper implements ExceptionMapper<ProblemException> {

  @Inject ProblemWriter writer;
  @Context HttpHeaders headers;
  @Context UriInfo uri;

  @Override
  public Response toResponse(ProblemException e) {
    return writer.write(e, headers, uri);
  }
}
