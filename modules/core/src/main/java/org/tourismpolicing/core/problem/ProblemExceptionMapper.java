package org.tourismpolicing.core.problem;

import jakarta.inject.Inject;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.tourismpolicing.core.ratelimit.TooManyRequests;

/** Answers a {@link ProblemException} with its problem. */
@Provider
public class ProblemExceptionMapper implements ExceptionMapper<ProblemException> {

  @Inject ProblemWriter writer;
  @Context HttpHeaders headers;
  @Context UriInfo uri;

  @Override
  public Response toResponse(ProblemException e) {
    Response answer = writer.write(e, headers, uri);
    if (e instanceof TooManyRequests limited) {
      return Response.fromResponse(answer)
          .header("Retry-After", String.valueOf(limited.retryAfterSeconds()))
          .build();
    }
    return answer;
  }
}
