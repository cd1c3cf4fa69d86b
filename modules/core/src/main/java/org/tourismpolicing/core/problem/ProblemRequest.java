package org.tourismpolicing.core.problem;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Locale;

/**
 * What a problem answer needs of the request it answers: the languages the caller prefers and the
 * path to name as the problem's instance (none when it is too long or unreadable).
 */
public record ProblemRequest(List<Locale> languages, String instance) {

  /** A request path longer than this is not repeated as the problem's instance. */
  static final int MAX_INSTANCE = 1024;

  public ProblemRequest {
    languages = languages == null ? List.of() : List.copyOf(languages);
  }

  /** From the JAX-RS context of a request; either may be null. */
  public static ProblemRequest of(HttpHeaders headers, UriInfo uri) {
    List<Locale> languages =
        headers == null
            ? List.of()
            : AcceptLanguage.preferred(headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
    String path = null;
    if (uri != null) {
      try {
        path = uri.getRequestUri().getRawPath();
      } catch (RuntimeException unparsable) {
        // the runtime could not even parse the address: name no instance
      }
    }
    return new ProblemRequest(languages, instance(path));
  }

  /** From the servlet request (an error page, a CDI interceptor). */
  public static ProblemRequest of(HttpServletRequest request) {
    if (request == null) {
      return new ProblemRequest(List.of(), null);
    }
    return new ProblemRequest(
        AcceptLanguage.preferred(request.getHeader(HttpHeaders.ACCEPT_LANGUAGE)),
        instance(request.getRequestURI()));
  }

  /** The raw request path, unless it is too long to be worth repeating or holds raw characters. */
  static String instance(String rawPath) {
    if (rawPath == null || rawPath.length() > MAX_INSTANCE) {
      return null;
    }
    for (int i = 0; i < rawPath.length(); i++) {
      char c = rawPath.charAt(i);
      if (c <= ' ' || c >= 0x7f) {
        return null;
      }
    }
    return rawPath;
  }
}
