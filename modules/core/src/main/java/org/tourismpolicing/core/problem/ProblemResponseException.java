package org.tourismpolicing.core.problem;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;

/**
 * Carries a finished problem answer through the JAX-RS runtime. A {@link WebApplicationException}
 * whose response has an entity is sent as it is, without consulting any exception mapper (Jakarta
 * REST 3.1, section 3.3.4): so a module's failure reaches the client as the module's problem even
 * when the application around it maps {@code IllegalStateException} or {@code Throwable} its own
 * way. A class of its own, so no application mapper can be registered for it by accident.
 */
final class ProblemResponseException extends WebApplicationException {

  private static final long serialVersionUID = 1L;

  ProblemResponseException(Response answer, Throwable failure) {
    super(failure, answer);
  }
}
