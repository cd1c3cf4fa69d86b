package org.tourismpolicing.referenceapp.benchmark;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.constantUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.feed;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import org.tourismpolicing.referenceapp.support.Json;
import org.tourismpolicing.referenceapp.support.Tokens;

/**
 * Screening against a million listed businesses through the REST API, on MariaDB, beside the empty
 * endpoint in the same run: the tenant's entries are written by JDBC, the first screening request
 * loads the server's index (timed apart), then three measured phases one after another — the empty
 * endpoint and screening with {@code bench.users} closed-loop users (the maximum throughput), and
 * screening at a fixed arrival rate ({@code bench.screening.rate}, default 1000/s, open model: the
 * latency at the target rate, not at saturation).
 *
 * <p>Queries mix the variant kinds of the module's labelled set: the name as listed, traditional
 * characters, pinyin, full-width brackets and a place in parentheses, the legal form changed, one
 * character changed, the trade name alone, a name that is not listed, and the credit code.
 */
public class BlacklistScreeningSimulation extends MeasuredSimulation {

  private final String baseUrl = property("bench.base.url", null);
  private final String dbUrl = property("bench.db.url", null);
  private final int users = Integer.parseInt(property("bench.users", "8"));
  private final int entries = Integer.parseInt(property("bench.entries", "1000000"));
  private final int rate = Integer.parseInt(property("bench.screening.rate", "1000"));
  private final Path dir = Path.of(property("bench.dir", "target/benchmark-blacklist"));
  private final String path = "/api/" + BlacklistBenchmarkTenant.ID + "/blacklist/screening";
  private final String officer =
      "Bearer " + Tokens.token("benchmark-officer", BlacklistBenchmarkTenant.ID, "officer");

  private final List<String> bodies = new ArrayList<>();
  private final Map<String, Object> setup = new LinkedHashMap<>();
  private final Instant createdAt = Instant.now();
  private long rateStartMillis;
  private long rateEndMillis;

  public BlacklistScreeningSimulation() {
    super(15, 30);
    HttpProtocolBuilder protocol =
        http.baseUrl(baseUrl == null ? "http://localhost:9080" : baseUrl)
            .acceptHeader("application/json")
            .disableWarmUp()
            .disableCaching()
            // the open phase starts a thousand users a second: they share kept-alive connections
            .shareConnections();
    PopulationBuilder ping =
        measuredLoop(
            "empty", name -> exec(http(name).get("/api/ping").check(status().is(204))), users);
    PopulationBuilder closed = measuredLoop("screening", this::screen, users);
    // open model: new users at the target rate, each sending one query; warm-up at the same rate
    PopulationBuilder open =
        scenario("screening at " + rate + "/s")
            .exec(
                session -> {
                  long now = System.currentTimeMillis();
                  if (now >= rateStartMillis && now <= rateEndMillis) {
                    return session.set("measured", true);
                  }
                  return session.set("measured", false);
                })
            .doIfOrElse(session -> session.getBoolean("measured"))
            .then(screen("screening at " + rate + "/s"))
            .orElse(screen("screening at " + rate + "/s (warm-up)"))
            .injectOpen(
                constantUsersPerSec(rate).during(Duration.ofSeconds(warmup + (long) measure)));
    setUp(
            ping.andThen(closed)
                .andThen(
                    scenario("rate window")
                        .exec(
                            session -> {
                              rateStartMillis = System.currentTimeMillis() + warmup * 1000L;
                              rateEndMillis = rateStartMillis + measure * 1000L;
                              return session;
                            })
                        .injectOpen(atOnceUsers(1))
                        .andThen(open)))
        .protocols(protocol);
  }

  private ChainBuilder screen(String name) {
    AtomicInteger next = new AtomicInteger();
    Iterator<Map<String, Object>> feeder =
        new Iterator<>() {
          @Override
          public boolean hasNext() {
            return true;
          }

          @Override
          public Map<String, Object> next() {
            return Map.of("body", bodies.get(Math.floorMod(next.getAndIncrement(), bodies.size())));
          }
        };
    return feed(feeder)
        .exec(
            http(name)
                .post(path)
                .header("Authorization", officer)
                .header("Content-Type", "application/json")
                .body(StringBody("#{body}"))
                .check(status().is(200)));
  }

  @Override
  public void before() {
    if (baseUrl == null || dbUrl == null) {
      throw new IllegalStateException(
          "bench.base.url or bench.db.url is not set: run ./mvnw -Pbenchmark-blacklist");
    }
    try {
      long t0 = System.nanoTime();
      BlacklistBenchmarkTenant.onboard(baseUrl);
      BlacklistBenchmarkTenant data = new BlacklistBenchmarkTenant(20261128L);
      List<BlacklistBenchmarkTenant.Listed> sample = data.load(dbUrl, entries, 50);
      setup.put("entries", entries);
      setup.put("writeMillis", (System.nanoTime() - t0) / 1_000_000);
      makeQueries(sample, new Random(7), data);
      // the first screening request loads the server's index from the database
      long t1 = System.nanoTime();
      String first = post(bodies.get(0));
      setup.put("firstQueryMillis", (System.nanoTime() - t1) / 1_000_000);
      setup.put("firstQueryAnswer", first.length() > 300 ? first.substring(0, 300) : first);
    } catch (Exception e) {
      throw new IllegalStateException("setting up the blacklist benchmark failed", e);
    }
    startSampler();
    if (serverPid > 0) {
      setup.put("serverMemoryAfterLoad", Proc.memory(serverPid));
    }
  }

  /** The kinds of query, in equal shares. */
  static final List<String> VARIANTS =
      List.of(
          "as listed",
          "traditional",
          "pinyin",
          "brackets and place",
          "legal form changed",
          "one character changed",
          "trade name alone",
          "not listed",
          "credit code");

  private void makeQueries(
      List<BlacklistBenchmarkTenant.Listed> sample, Random random, BlacklistBenchmarkTenant data) {
    Map<String, Integer> made = new LinkedHashMap<>();
    for (int i = 0; i < 20_000; i++) {
      BlacklistBenchmarkTenant.Listed l = sample.get(random.nextInt(sample.size()));
      String variant = VARIANTS.get(i % VARIANTS.size());
      String name = null;
      String code = null;
      switch (variant) {
        case "as listed" -> name = l.name();
        case "traditional" -> name = BlacklistBenchmarkVariants.traditional(l.name());
        case "pinyin" -> name = BlacklistBenchmarkVariants.pinyin(l.tradeName());
        case "brackets and place" -> name = "【" + l.tradeName() + "】（大理古城）";
        case "legal form changed" -> name = l.tradeName() + "有限责任公司";
        case "one character changed" -> {
          char[] chars = l.tradeName().toCharArray();
          chars[random.nextInt(chars.length)] = data.pickChar();
          name = new String(chars);
        }
        case "trade name alone" -> name = l.tradeName();
        case "not listed" -> name = data.pick(BlacklistBenchmarkTenant.PLACES) + "鸿福泰" + i + "号客栈";
        default -> code = l.creditCode();
      }
      bodies.add(
          Json.write(
              code == null
                  ? Json.map("name", name, "threshold", 0.8, "limit", 10)
                  : Json.map("creditCode", code, "threshold", 0.8, "limit", 10)));
      made.merge(variant, 1, Integer::sum);
    }
    setup.put("queries", made);
  }

  private String post(String body) throws IOException, InterruptedException {
    HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    HttpResponse<String> r =
        client.send(
            HttpRequest.newBuilder(URI.create(baseUrl + path))
                .timeout(Duration.ofMinutes(15))
                .header("Authorization", officer)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    if (r.statusCode() != 200) {
      throw new IllegalStateException(
          "first screening answered " + r.statusCode() + ": " + r.body());
    }
    return r.body();
  }

  @Override
  public void after() {
    Map<String, Object> result = new LinkedHashMap<>();
    result.put("startedAt", createdAt.toString());
    result.put("finishedAt", Instant.now().toString());
    result.put("users", users);
    result.put("rate", rate);
    result.put("warmupSeconds", warmup);
    result.put("measureSeconds", measure);
    result.put("setup", setup);
    Map<String, Object> windows = measuredWindows();
    Map<String, Object> rated = new LinkedHashMap<>();
    rated.put("startMillis", rateStartMillis);
    rated.put("endMillis", rateEndMillis);
    rated.put(
        "coresUsed",
        sampler == null ? Map.of() : sampler.coresUsed(rateStartMillis, rateEndMillis));
    windows.put("screening at " + rate + "/s", rated);
    result.put("windows", windows);
    if (serverPid > 0) {
      result.put("serverMemoryAfter", Proc.memory(serverPid));
    }
    if (sampler != null) {
      sampler.close();
    }
    try {
      Files.createDirectories(dir);
      Files.writeString(dir.resolve("blacklist.json"), Json.write(result));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
