package org.tourismpolicing.blacklist.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Posts one webhook, signed as Standard Webhooks sign theirs: headers {@code webhook-id}, {@code
 * webhook-timestamp} (epoch seconds) and {@code webhook-signature} = {@code v1,} + base64
 * HMAC-SHA256 over {@code id.timestamp.body}, keyed with the base64 part of the {@code whsec_}
 * secret. A receiver checks the signature and the timestamp's age, and drops repeated ids.
 */
@ApplicationScoped
public class WebhookSender {

  private static final Duration TIMEOUT = Duration.ofSeconds(10);

  private final HttpClient client =
      HttpClient.newBuilder()
          .connectTimeout(TIMEOUT)
          .followRedirects(HttpClient.Redirect.NEVER)
          .build();

  @Inject Clock clock;

  /** What came back: a status code, or an error when nothing did. */
  public record Outcome(Integer statusCode, String error) {}

  public Outcome send(String url, String secret, String id, String body) {
    String timestamp = Long.toString(clock.instant().getEpochSecond());
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(url))
            .timeout(TIMEOUT)
            .header("Content-Type", "application/json")
            .header("webhook-id", id)
            .header("webhook-timestamp", timestamp)
            .header("webhook-signature", "v1," + signature(secret, id, timestamp, body))
            .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
            .build();
    try {
      HttpResponse<Void> response = client.send(request, HttpResponse.BodyHandlers.discarding());
      return new Outcome(response.statusCode(), null);
    } catch (java.io.IOException e) {
      return new Outcome(null, e.getClass().getSimpleName() + ": " + e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return new Outcome(null, "interrupted");
    }
  }

  /** The signature of a webhook, as a receiver recomputes it. */
  public static String signature(String secret, String id, String timestamp, String body) {
    String base64 = secret.startsWith("whsec_") ? secret.substring(6) : secret;
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(Base64.getDecoder().decode(base64), "HmacSHA256"));
      byte[] sig =
          mac.doFinal((id + "." + timestamp + "." + body).getBytes(StandardCharsets.UTF_8));
      return Base64.getEncoder().encodeToString(sig);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }
}
