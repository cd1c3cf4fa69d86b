package org.tourismpolicing.core.idempotency;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.tourismpolicing.core.ratelimit.ClientAddresses;

/**
 * Whom an idempotency key belongs to (within the tenant, which every record carries): the token's
 * issuer and subject when the request has a token, else the client as the rate limits identify it.
 * A key sent by another caller is another key, so nobody is ever answered with someone else's
 * answer by guessing or reusing a key.
 */
@ApplicationScoped
public class IdempotencyCallers {

  @Inject Instance<HttpServletRequest> requests;
  @Inject ClientAddresses clients;

  /** The caller of the current request; {@code system} outside a request. */
  public String current() {
    HttpServletRequest request;
    try {
      request = requests.get();
      request.getMethod();
    } catch (RuntimeException noRequest) {
      return "system";
    }
    Principal principal = request.getUserPrincipal();
    if (principal instanceof JsonWebToken token && token.getRawToken() != null) {
      String subject = token.getSubject() != null ? token.getSubject() : token.getName();
      return "token:" + token.getIssuer() + "|" + subject;
    }
    return "client:" + clients.of(request);
  }
}
