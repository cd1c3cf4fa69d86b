package org.tourismpolicing.referenceapp.benchmark;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.feed;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.core.CoreDsl.pace;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;
import org.tourismpolicing.referenceapp.support.Json;
import org.tourismpolicing.referenceapp.support.Tokens;

/**
 * A holiday peak for quick-response dispatch, on MariaDB: incidents handed over by the 110 centre
 * and assigned automatically while units stream their positions, for tenants of 100, 1000 and 10
 * 000 units, beside the empty endpoint in the same run.
 *
 * <p>Each intake user loops on a whole incident: hand-over (the measured intake, which ranks the
 * available units and claims the best), read the incident to learn its unit, then the unit
 * acknowledges, arrives and clears, so the pool of available units stays steady and the intake
 * always assigns. Position users meanwhile stream batches of reports for random units at a steady
 * rate ({@code bench.position.rate}, default 2500 reports/s, above the 2000/s target). After each
 * tenant's window the database is asked whether any unit ever held two active assignments.
 */
public class DispatchPeakSimulation extends MeasuredSimulation {

  private final String baseUrl = property("bench.base.url", null);
  private final int users = Integer.parseInt(property("bench.users", "8"));
  private final int positionUsers = Integer.parseInt(property("bench.position.users", "2"));
  private final int batch = Integer.parseInt(property("bench.position.batch", "500"));
  private final int positionRate = Integer.parseInt(property("bench.position.rate", "2500"));
  private final List<Integer> unitCounts = counts(property("bench.units", "100,1000,10000"));
  private final String dbUrl = property("bench.db.url", null);
  private final Path dir = Path.of(property("bench.dir", "target/benchmark"));

  private final Map<Integer, List<String>> unitIds = new LinkedHashMap<>();
  private final Instant createdAt = Instant.now();
  private final Map<String, Object> loading = new LinkedHashMap<>();

  public DispatchPeakSimulation() {
    super(10, 30);
    HttpProtocolBuilder protocol =
        http.baseUrl(baseUrl == null ? "http://localhost:9080" : baseUrl)
            .acceptHeader("application/json")
            .disableWarmUp()
            .disableCaching();
    // ping, then each tenant's intake and positions together; built from the last one backwards
    // because Gatling's populations are immutable
    PopulationBuilder[] next = null;
    for (int i = unitCounts.size() - 1; i >= 0; i--) {
      PopulationBuilder[] pair = peak(unitCounts.get(i));
      if (next != null) {
        pair[0] = pair[0].andThen(next);
      }
      next = pair;
    }
    PopulationBuilder ping =
        phase("empty", name -> exec(http(name).get("/api/ping").check(status().is(204))), users);
    setUp(next == null ? ping : ping.andThen(next)).protocols(protocol);
  }

  /** The intake and position populations of the tenant with {@code n} units. */
  private PopulationBuilder[] peak(int n) {
    String tenant = "/api/bench-dispatch-" + n + "/dispatch";
    String integration =
        "Bearer " + Tokens.token("centre-110", "bench-dispatch-" + n, "integration");
    String dispatcher =
        "Bearer " + Tokens.token("benchmark-dispatcher", "bench-dispatch-" + n, "dispatcher");
    Iterator<Map<String, Object>> incidents =
        new Iterator<>() {
          @Override
          public boolean hasNext() {
            return true;
          }

          @Override
          public Map<String, Object> next() {
            Map<String, Object> m = new LinkedHashMap<>(BenchmarkTenant.randomPosition());
            m.put("key", "110-" + UUID.randomUUID());
            return m;
          }
        };
    Function<String, ChainBuilder> incident =
        name ->
            feed(incidents)
                .exec(
                    http(name)
                        .post(tenant + "/intake/110")
                        .header("Authorization", integration)
                        .header("Idempotency-Key", "#{key}")
                        .header("Content-Type", "application/json")
                        .body(
                            StringBody(
                                "{\"externalNumber\": \"#{key}\", \"category\": \"fight\","
                                    + " \"position\": {\"lat\": #{lat}, \"lon\": #{lon}}}"))
                        .check(status().is(201), jsonPath("$.id").saveAs("incident")))
                .exec(
                    http(name.replace("intake", "incident record"))
                        .get(tenant + "/incidents/#{incident}")
                        .header("Authorization", dispatcher)
                        .check(
                            status().is(200),
                            jsonPath("$.assignments[0].unitId").optional().saveAs("unit")))
                .doIf(session -> session.contains("unit"))
                .then(
                    exec(state(name, tenant, dispatcher, "en-route"))
                        .exec(state(name, tenant, dispatcher, "on-scene"))
                        .exec(state(name, tenant, dispatcher, "patrolling"))
                        .exec(session -> session.remove("unit")));
    // each position user sends one batch per period, so that together they stream the target rate
    Duration period = Duration.ofMillis(Math.round(1000.0 * positionUsers * batch / positionRate));
    Function<String, ChainBuilder> positions =
        name ->
            pace(period)
                .exec(
                    http(name)
                        .post(tenant + "/positions")
                        .header("Authorization", dispatcher)
                        .header("Content-Type", "application/json")
                        .body(StringBody(session -> batchBody(n)))
                        .check(status().is(200)));
    return new PopulationBuilder[] {
      phase("intake (" + n + " units)", incident, users),
      phase("positions (" + n + " units)", positions, positionUsers)
    };
  }

  private ChainBuilder state(String name, String tenant, String token, String state) {
    return exec(
        http(name.replace("intake", "unit " + state))
            .post(tenant + "/units/#{unit}/state")
            .header("Authorization", token)
            .header("Content-Type", "application/json")
            .body(StringBody("{\"state\": \"" + state + "\"}"))
            .check(status().is(200)));
  }

  private String batchBody(int n) {
    List<String> ids = unitIds.get(n);
    List<String> chosen = new ArrayList<>(batch);
    ThreadLocalRandom r = ThreadLocalRandom.current();
    for (int i = 0; i < batch; i++) {
      chosen.add(ids.get(r.nextInt(ids.size())));
    }
    return DispatchBenchmarkTenant.positionBatch(chosen);
  }

  private PopulationBuilder phase(String name, Function<String, ChainBuilder> request, int count) {
    return measuredLoop(name, request, count);
  }

  @Override
  public void before() {
    if (baseUrl == null) {
      throw new IllegalStateException("bench.base.url is not set: run ./mvnw -Pbenchmark-dispatch");
    }
    for (int n : unitCounts) {
      long t0 = System.nanoTime();
      unitIds.put(n, new DispatchBenchmarkTenant(baseUrl, n).load());
      loading.put(Integer.toString(n), (System.nanoTime() - t0) / 1_000_000);
    }
    startSampler();
  }

  @Override
  public void after() {
    Map<String, Object> result = new LinkedHashMap<>();
    result.put("startedAt", createdAt.toString());
    result.put("finishedAt", Instant.now().toString());
    result.put("users", users);
    result.put("positionUsers", positionUsers);
    result.put("positionBatch", batch);
    result.put("positionRate", positionRate);
    result.put("warmupSeconds", warmup);
    result.put("measureSeconds", measure);
    result.put("unitCounts", unitCounts);
    result.put("loadingMillis", loading);
    result.put("windows", measuredWindows());
    result.put("doubleAssignments", doubleAssignments());
    if (sampler != null) {
      sampler.close();
    }
    try {
      Files.createDirectories(dir);
      Files.writeString(dir.resolve("dispatch.json"), Json.write(result));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Per tenant: incidents, assignments, and the units that ever held two assignments that overlap
   * in time (never zero is the target; an active unit with two active rows is one such case).
   */
  private Map<String, Object> doubleAssignments() {
    Map<String, Object> result = new LinkedHashMap<>();
    if (dbUrl == null) {
      result.put("error", "bench.db.url not set");
      return result;
    }
    try (Connection c = DriverManager.getConnection(dbUrl, "root", "")) {
      for (int n : unitCounts) {
        String tenant = "bench-dispatch-" + n;
        Map<String, Object> t = new LinkedHashMap<>();
        t.put(
            "incidents", count(c, "select count(*) from dp_incident where tenant_id = ?", tenant));
        t.put(
            "assignments",
            count(c, "select count(*) from dp_assignment where tenant_id = ?", tenant));
        t.put(
            "overlapping",
            count(
                c,
                "select count(*) from dp_assignment a join dp_assignment b"
                    + " on a.tenant_id = b.tenant_id and a.unit_id = b.unit_id and a.id < b.id"
                    + " where a.tenant_id = ? and a.assigned_at < coalesce(b.ended_at, now(6))"
                    + " and b.assigned_at < coalesce(a.ended_at, now(6))",
                tenant));
        result.put(Integer.toString(n), t);
      }
    } catch (SQLException e) {
      result.put("error", e.getMessage());
    }
    return result;
  }

  private static long count(Connection c, String sql, String tenant) throws SQLException {
    try (PreparedStatement s = c.prepareStatement(sql)) {
      s.setString(1, tenant);
      try (ResultSet r = s.executeQuery()) {
        r.next();
        return r.getLong(1);
      }
    }
  }

  private static List<Integer> counts(String list) {
    List<Integer> counts = new ArrayList<>();
    for (String s : list.split(",")) {
      counts.add(Integer.parseInt(s.trim()));
    }
    return counts;
  }
}
