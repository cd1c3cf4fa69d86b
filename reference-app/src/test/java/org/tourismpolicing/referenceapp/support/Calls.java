package org.tourismpolicing.referenceapp.support;

import io.restassured.filter.Filter;
import java.net.URI;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Every request the integration tests send through {@link Api} or {@link Http} in this test JVM,
 * kept as method, path and answer status, so that {@code OperationCoverageIT} can tell which
 * operations of the served OpenAPI document some test used successfully.
 */
public final class Calls {

  /** One request and its answer: {@code GET /api/dali-gucheng/zones 200}. */
  public record Call(String method, String path, int status) {

    public boolean succeeded() {
      return status >= 200 && status < 300;
    }
  }

  private static final Set<Call> CALLS = ConcurrentHashMap.newKeySet();

  private Calls() {}

  static void record(String method, URI uri, int status) {
    CALLS.add(new Call(method.toUpperCase(java.util.Locale.ROOT), uri.getRawPath(), status));
  }

  /** What the tests of this JVM sent so far. */
  public static Set<Call> all() {
    return Set.copyOf(CALLS);
  }

  /** A REST Assured filter that records each request with its answer's status. */
  static Filter filter() {
    return (request, response, ctx) -> {
      var answer = ctx.next(request, response);
      record(request.getMethod(), URI.create(request.getURI()), answer.getStatusCode());
      return answer;
    };
  }
}
