package org.tourismpolicing.referenceapp.support;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import tools.jackson.databind.JsonNode;

/**
 * A stream of 110 hand-overs ({@code POST /api/<tenant>/dispatch/intake/110}, each with its own
 * Idempotency-Key equal to the centre's incident number) sent by several threads at once, each
 * thread sending its next request as soon as the last one was answered (closed loop).
 *
 * <p>It records every hand-over the server acknowledged (answered 201, body read to the end) with
 * the incident id the answer named and the request's latency; other answers are counted by status,
 * and requests that got no answer (connection refused or broken: the server is down) are counted as
 * failures, after which the thread pauses briefly and goes on.
 */
public final class HandOverLoad {

  /** One acknowledged hand-over: key, incident id, when it was answered and how long it took. */
  public record Ack(String key, String incidentId, long answeredAtNanos, long latencyNanos) {}

  private static final String CATEGORY = "fight";

  private final String baseUrl;
  private final String tenant;
  private final String token;
  private final String keyPrefix;
  private final int threads;
  private final HttpClient client =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(2))
          .build();
  private final ConcurrentLinkedQueue<Ack> acks = new ConcurrentLinkedQueue<>();
  private final AtomicInteger acknowledged = new AtomicInteger();
  private final AtomicInteger unanswered = new AtomicInteger();
  private final Map<Integer, AtomicInteger> otherAnswers = new ConcurrentHashMap<>();
  private final List<Thread> workers = new ArrayList<>();
  private volatile boolean running;

  /**
   * @param token a token of the 110 centre's system client (role {@code integration})
   * @param keyPrefix prefix of the idempotency keys, unique to this run
   */
  public HandOverLoad(String baseUrl, String tenant, String token, String keyPrefix, int threads) {
    this.baseUrl = baseUrl;
    this.tenant = tenant;
    this.token = token;
    this.keyPrefix = keyPrefix;
    this.threads = threads;
  }

  /**
   * A load on a development-mode server, as the 110 centre's system client (a demo token of role
   * {@code integration}, always the same subject), with keys {@code <label>-<random>-<thread>-<n>}.
   */
  public static HandOverLoad onDemoServer(
      LibertyServer server, String tenant, String label, int threads)
      throws IOException, InterruptedException {
    return new HandOverLoad(
        server.baseUrl(),
        tenant,
        server.demoToken(tenant, "integration"),
        label + "-" + java.util.UUID.randomUUID().toString().substring(0, 8),
        threads);
  }

  public void start() {
    running = true;
    for (int t = 0; t < threads; t++) {
      int worker = t;
      Thread thread = new Thread(() -> run(worker), "hand-over-" + t);
      thread.setDaemon(true);
      workers.add(thread);
      thread.start();
    }
  }

  /** Stops sending and waits for the requests in flight. */
  public void stop() throws InterruptedException {
    running = false;
    for (Thread t : workers) {
      t.join(Duration.ofSeconds(120).toMillis());
    }
  }

  public int acknowledgedCount() {
    return acknowledged.get();
  }

  /** Every acknowledged hand-over so far. */
  public List<Ack> acknowledged() {
    return List.copyOf(acks);
  }

  public int unanswered() {
    return unanswered.get();
  }

  /** Answers other than 201, by status. */
  public Map<Integer, Integer> otherAnswers() {
    Map<Integer, Integer> copy = new java.util.TreeMap<>();
    otherAnswers.forEach((status, n) -> copy.put(status, n.get()));
    return copy;
  }

  private void run(int worker) {
    for (long seq = 0; running; seq++) {
      String key = keyPrefix + "-" + worker + "-" + seq;
      long t0 = System.nanoTime();
      try {
        HttpResponse<String> r = send(key);
        long t1 = System.nanoTime();
        if (r.statusCode() == 201) {
          acks.add(new Ack(key, incidentId(r.body()), t1, t1 - t0));
          acknowledged.incrementAndGet();
        } else {
          otherAnswers.computeIfAbsent(r.statusCode(), s -> new AtomicInteger()).incrementAndGet();
        }
      } catch (IOException e) {
        unanswered.incrementAndGet();
        pause();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }

  /** Sends the hand-over with {@code key} (again, for a replay) and returns the answer. */
  public HttpResponse<String> send(String key) throws IOException, InterruptedException {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(baseUrl + "/api/" + tenant + "/dispatch/intake/110"))
            .timeout(Duration.ofSeconds(60))
            .header("Authorization", "Bearer " + token)
            .header("Accept", "application/json")
            .header("Content-Type", "application/json")
            .header("Idempotency-Key", key)
            .POST(HttpRequest.BodyPublishers.ofString(body(key)))
            .build();
    return client.send(request, HttpResponse.BodyHandlers.ofString());
  }

  /** The body of the hand-over with {@code key}: the same for every send of that key. */
  private static String body(String key) {
    return Json.of(
        "externalNumber",
        key,
        "category",
        CATEGORY,
        "position",
        Map.of("lat", 25.6890, "lon", 100.1630),
        "description",
        "handed over by the 110 centre");
  }

  /** The incident id an answer names. */
  public static String incidentId(String body) {
    JsonNode id = Json.parse(body).get("id");
    if (id == null || id.asString().isBlank()) {
      throw new IllegalStateException("a 201 without an incident id: " + body);
    }
    return id.asString();
  }

  private static void pause() {
    try {
      Thread.sleep(50);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
