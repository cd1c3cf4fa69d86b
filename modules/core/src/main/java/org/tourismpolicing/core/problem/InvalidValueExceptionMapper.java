package org.tourismpolicing.core.problem;

import jakarta.inject.Inject;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import org.tourismpolicing.core.validation.InvalidValueException;

/**
 * A value rule broken where no field was attached (resources attach fields through {@link
 * RequestFields}); still a 400 with the rule's code, never a 500.
 */
@Provider
public class InvalidValueExceptionMapper implements ExceptionMapper<InvalidValueException> {

  @Inject ProblemWriter writer;
  @Context HttpHeaders headers;
  @Context UriInfo uri;

  @Override
  public Response toResponse(InvalidValueException e) {
    return writer.write(
        ProblemType.VALIDATION,
        "validation.detail",
        List.of(),
        List.of(new FieldError(null, e.code(), e.args())),
        headers,
        uri,
        null);
  }
}
