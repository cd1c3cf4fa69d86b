package org.tourismpolicing.referenceapp.benchmark;

import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.feed;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import org.tourismpolicing.referenceapp.support.Json;
import org.tourismpolicing.referenceapp.support.Tokens;

/**
 * Throughput and latency of two tenant-scoped reads against the empty endpoint, on the same server
 * in the same run, under the same load: a fixed number of virtual users, each looping on one
 * request over a kept-alive connection (a closed model, which finds the server's maximum
 * throughput), first for a warm-up, then for the measured window. The three endpoints run one after
 * another, never together:
 *
 * <ol>
 *   <li>{@code GET /api/ping} — the empty endpoint, through the same filters as every operation;
 *   <li>{@code GET /api/benchmark/kiosk-registry/public/kiosks/nearest} — public, from random
 *       positions in the tenant's zones;
 *   <li>{@code GET /api/benchmark/kiosk-registry/kiosks?limit=50} — a station leader's list.
 * </ol>
 *
 * <p>Warm-up requests carry their own names ("… (warm-up)"), so Gatling's report keeps them apart
 * from the measured ones. Before the load, {@link BenchmarkTenant} loads the tenant through the
 * API; during it, {@link CpuSampler} records who used the CPU. Settings come as system properties
 * from the Maven profile {@code benchmark}.
 */
public class TenantReadsSimulation extends MeasuredSimulation {

  private final String baseUrl = property("bench.base.url", null);
  private final int users = Integer.parseInt(property("bench.users", "8"));
  private final int kiosks = Integer.parseInt(property("bench.kiosks", "300"));
  private final Path dir = Path.of(property("bench.dir", "target/benchmark"));

  private final Instant createdAt = Instant.now();
  private BenchmarkTenant.Loaded loaded;
  private Map<String, Double> idleBefore;

  public TenantReadsSimulation() {
    super(15, 45);
    String tenant = "/api/" + BenchmarkTenant.ID;
    String leader =
        "Bearer " + Tokens.token("benchmark-station-leader", BenchmarkTenant.ID, "station-leader");
    // endless and stateless, so safe whichever of Gatling's threads asks
    Iterator<Map<String, Object>> positions =
        new Iterator<>() {
          @Override
          public boolean hasNext() {
            return true;
          }

          @Override
          public Map<String, Object> next() {
            return BenchmarkTenant.randomPosition();
          }
        };

    Function<String, ChainBuilder> ping =
        name -> exec(http(name).get("/api/ping").check(status().is(204)));
    Function<String, ChainBuilder> nearest =
        name ->
            feed(positions)
                .exec(
                    http(name)
                        .get(tenant + "/kiosk-registry/public/kiosks/nearest")
                        .queryParam("lat", "#{lat}")
                        .queryParam("lon", "#{lon}")
                        .check(status().is(200)));
    Function<String, ChainBuilder> staffList =
        name ->
            exec(
                http(name)
                    .get(tenant + "/kiosk-registry/kiosks")
                    .queryParam("limit", "50")
                    .header("Authorization", leader)
                    .check(status().is(200)));

    HttpProtocolBuilder protocol =
        http.baseUrl(baseUrl == null ? "http://localhost:9080" : baseUrl)
            .acceptHeader("application/json")
            .disableWarmUp() // Gatling's default warm-up would call out to the internet
            .disableCaching();

    setUp(
            endpoint(Endpoints.PING, ping)
                .andThen(
                    endpoint(Endpoints.NEAREST, nearest)
                        .andThen(endpoint(Endpoints.STAFF_LIST, staffList))))
        .protocols(protocol);
  }

  /** One endpoint's population: all users at once, warm-up loop, then the measured loop. */
  private PopulationBuilder endpoint(String name, Function<String, ChainBuilder> request) {
    return measuredLoop(name, request, users);
  }

  @Override
  public void before() {
    if (baseUrl == null) {
      throw new IllegalStateException("bench.base.url is not set: run ./mvnw -Pbenchmark …");
    }
    loaded = new BenchmarkTenant(baseUrl, kiosks).load();
    startSampler();
    // what the machine does while the benchmark's own processes are idle: other people's work
    long quietFrom = System.currentTimeMillis();
    sleep(Duration.ofSeconds(3));
    idleBefore = sampler.coresUsed(quietFrom, System.currentTimeMillis());
  }

  @Override
  public void after() {
    Map<String, Object> result = new LinkedHashMap<>();
    result.put("startedAt", createdAt.toString());
    result.put("finishedAt", Instant.now().toString());
    result.put("baseUrl", baseUrl);
    result.put("users", users);
    result.put("warmupSeconds", warmup);
    result.put("measureSeconds", measure);
    result.put("tenant", BenchmarkTenant.ID);
    result.put("data", loaded);
    result.put("coresUsedBeforeLoad", idleBefore);
    result.put("endpoints", measuredWindows());
    if (sampler != null) {
      sampler.close();
    }
    if (serverPid > 0) {
      result.put("serverMemoryAfterLoadKb", Proc.memory(serverPid));
    }
    try {
      Files.createDirectories(dir);
      Files.writeString(dir.resolve("load.json"), Json.write(result));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void sleep(Duration d) {
    try {
      Thread.sleep(d.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
