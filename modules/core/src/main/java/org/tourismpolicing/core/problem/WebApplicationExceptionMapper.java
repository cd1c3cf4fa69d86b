package org.tourismpolicing.core.problem;

import jakarta.inject.Inject;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The JAX-RS runtime's own refusals (no such path, wrong method or media type, a body it could not
 * read, missing authentication) as problems, so every error a client sees has one shape.
 */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

  @Inject ProblemWriter writer;
  @Context HttpHeaders headers;
  @Context UriInfo uri;

  @Inject
  @ConfigProperty(name = "tp.request.max-body-bytes", defaultValue = "65536")
  long maxBodyBytes;

  @Override
  public Response toResponse(WebApplicationException e) {
    if (e.getCause() instanceof ProblemException problem) {
      return writer.write(problem, headers, uri);
    }
    int status = e.getResponse() == null ? 500 : e.getResponse().getStatus();
    ProblemType type =
        switch (status) {
          case 400 -> ProblemType.MALFORMED_BODY;
          case 401 -> ProblemType.UNAUTHENTICATED;
          case 403 -> ProblemType.FORBIDDEN;
          case 404 -> ProblemType.NOT_FOUND;
          case 405 -> ProblemType.METHOD_NOT_ALLOWED;
          case 406 -> ProblemType.NOT_ACCEPTABLE;
          case 413 -> ProblemType.PAYLOAD_TOO_LARGE;
          case 415 -> ProblemType.UNSUPPORTED_MEDIA_TYPE;
          case 503 -> ProblemType.UNAVAILABLE;
          default -> status >= 500 ? ProblemType.INTERNAL : ProblemType.MALFORMED_BODY;
        };
    if (status >= 500) {
      return FallbackExceptionMapper.internalError(e, writer, headers, uri);
    }
    String code = type == ProblemType.NOT_FOUND ? "not-found.path" : type.code() + ".detail";
    List<Object> args =
        type == ProblemType.PAYLOAD_TOO_LARGE ? List.of(String.valueOf(maxBodyBytes)) : List.of();
    Response answer = writer.write(type, code, args, List.of(), headers, uri, null);
    if (status == 405 && e.getResponse().getHeaderString(HttpHeaders.ALLOW) != null) {
      return Response.fromResponse(answer)
          .header(HttpHeaders.ALLOW, e.getResponse().getHeaderString(HttpHeaders.ALLOW))
          .build();
    }
    if (status == 401) {
      return Response.fromResponse(answer).header(HttpHeaders.WWW_AUTHENTICATE, "Bearer").build();
    }
    return answer;
  }
}
