package org.tourismpolicing.blacklist.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tourismpolicing.core.outbound.OutboundTargets;

class WebhookSenderTest {

  private static final String SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";

  private HttpServer receiver;
  private final List<String> received = new CopyOnWriteArrayList<>();

  @BeforeEach
  void start() throws Exception {
    receiver = HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0), 0);
    receiver.createContext(
        "/hook",
        exchange -> {
          received.add(
              exchange.getRequestHeaders().getFirst("webhook-signature")
                  + " "
                  + new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
          exchange.sendResponseHeaders(204, -1);
          exchange.close();
        });
    receiver.start();
  }

  @AfterEach
  void stop() {
    receiver.stop(0);
  }

  private WebhookSender sender(List<String> allowed) {
    WebhookSender sender = new WebhookSender();
    sender.clock = Clock.fixed(Instant.ofEpochSecond(1_700_000_000L), ZoneOffset.UTC);
    sender.targets = new OutboundTargets(Optional.of(allowed));
    return sender;
  }

  private String url() {
    return "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook";
  }

  @Test
  void aLoopbackReceiverIsNotCalledUnlessTheDeploymentAllowsIt() {
    WebhookSender.Outcome refused = sender(List.of()).send(url(), SECRET, "msg_1", "{\"a\":1}");
    assertThat(refused.delivered()).isFalse();
    assertThat(refused.statusCode()).isNull();
    assertThat(refused.cause()).contains("target refused").contains("loopback");
    assertThat(received).isEmpty();

    WebhookSender.Outcome sent =
        sender(List.of("127.0.0.1")).send(url(), SECRET, "msg_1", "{\"a\":1}");
    assertThat(sent.delivered()).isTrue();
    assertThat(sent.statusCode()).isEqualTo(204);
    assertThat(received).containsExactly("v1," + hmac("msg_1.1700000000.{\"a\":1}") + " {\"a\":1}");
  }

  /** HMAC-SHA256 keyed with the secret's base64 part, computed here, not by the sender. */
  private static String hmac(String content) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(Base64.getDecoder().decode(SECRET.substring(6)), "HmacSHA256"));
      return Base64.getEncoder()
          .encodeToString(mac.doFinal(content.getBytes(StandardCharsets.UTF_8)));
    } catch (java.security.GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void theMetadataServiceAndOddFormsOfLoopbackAreRefusedAtDelivery() {
    WebhookSender sender = sender(List.of());
    int port = receiver.getAddress().getPort();
    for (String url :
        List.of(
            "http://169.254.169.254/latest/meta-data/",
            "http://[::ffff:127.0.0.1]:" + port + "/hook",
            "http://2130706433:" + port + "/hook",
            "http://localhost:" + port + "/hook")) {
      WebhookSender.Outcome outcome = sender.send(url, SECRET, "msg_2", "{}");
      assertThat(outcome.cause()).as(url).startsWith("target refused");
    }
    assertThat(received).isEmpty();
  }
}
