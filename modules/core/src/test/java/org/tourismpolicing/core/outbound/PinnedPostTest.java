package org.tourismpolicing.core.outbound;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PinnedPostTest {

  private HttpServer receiver;
  private final List<String> seen = new CopyOnWriteArrayList<>();

  @BeforeEach
  void start() throws IOException {
    receiver = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    receiver.createContext(
        "/hook",
        exchange -> {
          seen.add(
              exchange.getRequestURI()
                  + " host="
                  + exchange.getRequestHeaders().getFirst("Host")
                  + " sig="
                  + exchange.getRequestHeaders().getFirst("webhook-signature")
                  + " body="
                  + new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
          exchange.sendResponseHeaders(204, -1);
          exchange.close();
        });
    receiver.createContext(
        "/moved",
        exchange -> {
          seen.add("moved");
          exchange.getResponseHeaders().add("Location", "/hook");
          exchange.sendResponseHeaders(302, -1);
          exchange.close();
        });
    receiver.start();
  }

  @AfterEach
  void stop() {
    receiver.stop(0);
  }

  private int port() {
    return receiver.getAddress().getPort();
  }

  @Test
  void connectsToTheCheckedAddressAndNamesTheHostAsTheUrlDoes() throws Exception {
    // the name exists only in this resolver: reaching the receiver proves the checked address
    // was connected to, not a name looked up again
    AtomicInteger lookups = new AtomicInteger();
    TargetPolicy.Resolver rebinding =
        host -> {
          if (!host.equals("receiver.test")) {
            throw new UnknownHostException(host);
          }
          return lookups.incrementAndGet() == 1
              ? List.of(InetAddress.getLoopbackAddress())
              : List.of(InetAddress.getByName("169.254.169.254"));
        };
    TargetPolicy byRange = new TargetPolicy(List.of("127.0.0.0/8", "::1/128"), rebinding);
    TargetPolicy.Target target =
        byRange.check(URI.create("http://receiver.test:" + port() + "/hook?x=1"));

    int status =
        new PinnedPost(Duration.ofSeconds(5))
            .post(
                target,
                Map.of("Content-Type", "application/json", "webhook-signature", "v1,abc"),
                "{\"a\":\"数据\"}".getBytes(StandardCharsets.UTF_8));

    assertThat(status).isEqualTo(204);
    assertThat(lookups).hasValue(1);
    assertThat(seen)
        .containsExactly(
            "/hook?x=1 host=receiver.test:" + port() + " sig=v1,abc body={\"a\":\"数据\"}");
  }

  @Test
  void redirectsAreNotFollowed() throws Exception {
    TargetPolicy policy = new TargetPolicy(List.of("127.0.0.0/8", "::1/128"), TargetPolicy.SYSTEM);
    String host = InetAddress.getLoopbackAddress().getHostAddress();
    TargetPolicy.Target target =
        policy.check(URI.create("http://" + host + ":" + port() + "/moved"));
    int status = new PinnedPost(Duration.ofSeconds(5)).post(target, Map.of(), new byte[0]);
    assertThat(status).isEqualTo(302);
    assertThat(seen).containsExactly("moved");
  }

  @Test
  void headersThatWouldSplitTheRequestAreRefused() throws Exception {
    TargetPolicy policy = new TargetPolicy(List.of("127.0.0.0/8"), TargetPolicy.SYSTEM);
    TargetPolicy.Target target = policy.check(URI.create("http://127.0.0.1:" + port() + "/hook"));
    assertThatThrownBy(
            () ->
                new PinnedPost(Duration.ofSeconds(5))
                    .post(target, Map.of("x", "a\r\nHost: evil"), new byte[0]))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(seen).isEmpty();
  }

  @Test
  void interimAnswersArePassedOverAndNonHttpAnswersFail() throws Exception {
    String answer =
        "HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 103 Early Hints\r\nLink: x\r\n\r\n"
            + "HTTP/1.1 503 Service Unavailable\r\n\r\n";
    assertThat(
            PinnedPost.status(
                new ByteArrayInputStream(answer.getBytes(StandardCharsets.ISO_8859_1))))
        .isEqualTo(503);
    assertThatThrownBy(
            () ->
                PinnedPost.status(
                    new ByteArrayInputStream(
                        "SSH-2.0-OpenSSH\r\n".getBytes(StandardCharsets.ISO_8859_1))))
        .isInstanceOf(IOException.class);
    assertThatThrownBy(() -> PinnedPost.status(new ByteArrayInputStream(new byte[0])))
        .isInstanceOf(IOException.class);
  }
}
