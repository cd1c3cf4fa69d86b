package org.tourismpolicing.blacklist.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.tourismpolicing.core.outbound.OutboundTargets;
import org.tourismpolicing.core.outbound.PinnedPost;
import org.tourismpolicing.core.outbound.TargetPolicy;

/**
 * Posts one webhook, signed as Standard Webhooks sign theirs: headers {@code webhook-id}, {@code
 * webhook-timestamp} (epoch seconds) and {@code webhook-signature} = {@code v1,} + base64
 * HMAC-SHA256 over {@code id.timestamp.body}, keyed with the base64 part of the {@code whsec_}
 * secret. A receiver checks the signature and the timestamp's age, and drops repeated ids.
 *
 * <p>Before each post the callback is checked again by the deployment's {@link OutboundTargets}
 * policy, its name resolved then, and the post connects to an address that passed (no DNS
 * rebinding); redirects are not followed.
 */
@ApplicationScoped
public class WebhookSender {

  private static final Duration TIMEOUT = Duration.ofSeconds(10);

  private final PinnedPost post = new PinnedPost(TIMEOUT);

  @Inject Clock clock;
  @Inject OutboundTargets targets;

  /**
   * What came back: a status code, or null and why nothing did (the cause is for the server's log,
   * never for the caller).
   */
  public record Outcome(Integer statusCode, String cause) {

    public boolean delivered() {
      return statusCode != null && statusCode >= 200 && statusCode < 300;
    }
  }

  public Outcome send(String url, String secret, String id, String body) {
    TargetPolicy.Target target;
    try {
      target = targets.policy().check(URI.create(url));
    } catch (TargetPolicy.Refused e) {
      return new Outcome(null, "target refused: " + e.getMessage());
    } catch (IllegalArgumentException e) {
      return new Outcome(null, "not a URL: " + e.getMessage());
    }
    String timestamp = Long.toString(clock.instant().getEpochSecond());
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("Content-Type", "application/json");
    headers.put("webhook-id", id);
    headers.put("webhook-timestamp", timestamp);
    headers.put("webhook-signature", "v1," + signature(secret, id, timestamp, body));
    try {
      return new Outcome(post.post(target, headers, body.getBytes(StandardCharsets.UTF_8)), null);
    } catch (IOException e) {
      return new Outcome(null, e.getClass().getSimpleName() + ": " + e.getMessage());
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
