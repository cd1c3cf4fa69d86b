package org.tourismpolicing.referenceapp.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.function.Supplier;

/**
 * Plain JDK HTTP calls, for what REST Assured does not do well: many requests in a row or at once
 * (one client with pooled connections, safe across threads) and bodies streamed without a length.
 */
public final class Http {

  private static final HttpClient CLIENT =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(10))
          .build();

  private Http() {}

  /** An answer: status, headers and body text. */
  public record Answer(int status, java.net.http.HttpHeaders headers, String body) {

    public String header(String name) {
      return headers.firstValue(name).orElse(null);
    }

    public String contentType() {
      return header("Content-Type");
    }
  }

  /** A request builder for {@code path} (under the base URL) with an optional bearer token. */
  public static HttpRequest.Builder request(String path, String token) {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create(Api.baseUrl() + path))
            .timeout(Duration.ofSeconds(90))
            .header("Accept", "application/json");
    if (token != null) {
      b.header("Authorization", "Bearer " + token);
    }
    return b;
  }

  public static Answer send(String method, String path, String token, String jsonBody) {
    HttpRequest.Builder b = request(path, token);
    if (jsonBody == null) {
      b.method(method, HttpRequest.BodyPublishers.noBody());
    } else {
      b.header("Content-Type", "application/json")
          .method(method, HttpRequest.BodyPublishers.ofString(jsonBody));
    }
    return send(b.build());
  }

  /** Sends {@code body} in chunks, without announcing its length. */
  public static Answer sendChunked(String method, String path, String token, byte[] body) {
    Supplier<InputStream> stream = () -> new java.io.ByteArrayInputStream(body);
    return send(
        request(path, token)
            .header("Content-Type", "application/json")
            .method(method, HttpRequest.BodyPublishers.ofInputStream(stream))
            .build());
  }

  /**
   * Sends {@code request} and gives back only the status and headers, closing the body unread: for
   * an event stream, which does not end by itself.
   */
  public static Answer sendForHeaders(HttpRequest request) {
    try {
      HttpResponse<InputStream> r = CLIENT.send(request, HttpResponse.BodyHandlers.ofInputStream());
      Calls.record(request.method(), request.uri(), r.statusCode());
      r.body().close();
      return new Answer(r.statusCode(), r.headers(), "");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  public static Answer send(HttpRequest request) {
    try {
      HttpResponse<String> r = CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
      Calls.record(request.method(), request.uri(), r.statusCode());
      return new Answer(r.statusCode(), r.headers(), r.body());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
