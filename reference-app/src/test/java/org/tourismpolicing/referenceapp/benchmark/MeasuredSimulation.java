package org.tourismpolicing.referenceapp.benchmark;

import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.scenario;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.Simulation;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * What the benchmark's simulations share: a closed-model population per measured request (all users
 * at once, a warm-up loop whose requests carry "(warm-up)" in their names, then the measured loop,
 * whose start and end are recorded in a {@link Window}), settings from system properties, and the
 * CPU sampler of the server, MariaDB and Gatling.
 */
abstract class MeasuredSimulation extends Simulation {

  protected final int warmup;
  protected final int measure;
  protected final Map<String, Window> windows = new LinkedHashMap<>();
  protected CpuSampler sampler;
  protected long serverPid = -1;

  MeasuredSimulation(int defaultWarmupSeconds, int defaultMeasureSeconds) {
    this.warmup =
        Integer.parseInt(property("bench.warmup.seconds", Integer.toString(defaultWarmupSeconds)));
    this.measure =
        Integer.parseInt(
            property("bench.measure.seconds", Integer.toString(defaultMeasureSeconds)));
  }

  /** All {@code users} at once: the warm-up loop, then the measured loop of {@code name}. */
  protected PopulationBuilder measuredLoop(
      String name, Function<String, ChainBuilder> request, int users) {
    Window window = new Window();
    windows.put(name, window);
    return scenario(name)
        .during(Duration.ofSeconds(warmup))
        .on(request.apply(name + " (warm-up)"))
        .exec(
            session -> {
              window.enter();
              return session;
            })
        .during(Duration.ofSeconds(measure))
        .on(request.apply(name))
        .exec(
            session -> {
              window.leave();
              return session;
            })
        .injectOpen(atOnceUsers(users));
  }

  /** Starts sampling the CPU of the server, MariaDB and this JVM. */
  protected void startSampler() {
    Map<String, Long> pids = new LinkedHashMap<>();
    Proc.pidFromFile(Path.of(property("bench.server.pid.file", "-")))
        .ifPresent(
            pid -> {
              serverPid = pid;
              pids.put("server", pid);
            });
    String dbPort = property("bench.db.port", "-");
    Proc.findPid(c -> c.contains("mariadbd") && c.contains("--port=" + dbPort))
        .ifPresent(pid -> pids.put("database", pid));
    pids.put("loadGenerator", ProcessHandle.current().pid());
    sampler = new CpuSampler(pids);
  }

  /** Each window's start, end and the cores each process used in it. */
  protected Map<String, Object> measuredWindows() {
    Map<String, Object> measured = new LinkedHashMap<>();
    windows.forEach(
        (name, w) -> {
          Map<String, Object> m = new LinkedHashMap<>();
          m.put("startMillis", w.startMillis());
          m.put("endMillis", w.endMillis());
          m.put(
              "coresUsed",
              sampler == null ? Map.of() : sampler.coresUsed(w.startMillis(), w.endMillis()));
          measured.put(name, m);
        });
    return measured;
  }

  static String property(String name, String fallback) {
    String v = System.getProperty(name);
    return v == null || v.isBlank() ? fallback : v;
  }
}
