package org.tourismpolicing.referenceapp.benchmark;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tourismpolicing.referenceapp.support.HandOverLoad;
import org.tourismpolicing.referenceapp.support.Json;
import org.tourismpolicing.referenceapp.support.LibertyServer;

/**
 * The cost of durable commits on the embedded database: 110 hand-overs per second and their latency
 * on the README's embedded setup (H2, development mode), once for each H2 write delay given, with
 * the same load (the crash test's {@link HandOverLoad}: closed loop, {@code --threads} threads,
 * each hand-over a new incident with its own Idempotency-Key).
 *
 * <p>For each write delay the server ({@code --server}, created by the build) is started with the
 * environment variable {@code H2_WRITE_DELAY} set (Liberty's variable {@code h2.write.delay} of
 * db-h2.xml), loaded for {@code --warmup-seconds}, then measured for {@code --measure-seconds}:
 * hand-overs answered 201 within the window per second, and the median, 99th percentile and largest
 * latency of those. The server is stopped between runs; its database persists, so later runs start
 * on a larger table (the order of the list matters little at these sizes, and is recorded). Writes
 * {@code --out} (JSON) and prints a Markdown table.
 *
 * <p>Arguments: {@code --wlp= --usr= --server= --port= --threads= --warmup-seconds=
 * --measure-seconds= --write-delays=500,0 --out=}.
 */
public final class HandOverDurabilityBenchmark {

  private HandOverDurabilityBenchmark() {}

  public static void main(String[] arguments) throws Exception {
    Args args = new Args(arguments);
    int threads = args.integer("threads");
    Duration warmup = Duration.ofSeconds(args.integer("warmup-seconds"));
    Duration measure = Duration.ofSeconds(args.integer("measure-seconds"));
    Map<String, Object> result = new LinkedHashMap<>();
    result.put("measuredAt", Instant.now().toString());
    result.put("server", args.get("server"));
    result.put("threads", threads);
    result.put("warmupSeconds", warmup.toSeconds());
    result.put("measureSeconds", measure.toSeconds());
    result.put("machine", Proc.machine());
    List<Map<String, Object>> runs = new ArrayList<>();
    for (String delay : args.get("write-delays").split(",")) {
      LibertyServer server =
          new LibertyServer(
              args.path("wlp"),
              args.path("usr"),
              args.get("server"),
              args.integer("port"),
              Map.of("H2_WRITE_DELAY", delay.trim()));
      server.stop();
      try {
        server.start(Duration.ofMinutes(4));
        Map<String, Object> run = measure(server, threads, warmup, measure);
        run.put("h2WriteDelayMillis", Integer.parseInt(delay.trim()));
        System.out.println("[benchmark] " + run);
        runs.add(run);
      } finally {
        server.stop();
      }
    }
    result.put("runs", runs);
    Path out = args.path("out");
    Files.createDirectories(out.getParent());
    Files.writeString(out, Json.write(result));
    System.out.println(table(runs));
  }

  private static Map<String, Object> measure(
      LibertyServer server, int threads, Duration warmup, Duration measure) throws Exception {
    String tenant = "dali-gucheng";
    HandOverLoad load = HandOverLoad.onDemoServer(server, tenant, "110-bench", threads);
    Map<String, Object> run = new LinkedHashMap<>();
    run.put("loadAverageAtStart", Proc.loadAverage());
    long cpu0 = Proc.cpuTicks(server.jvm().pid());
    load.start();
    Thread.sleep(warmup.toMillis());
    long from = System.nanoTime();
    long cpuFrom = Proc.cpuTicks(server.jvm().pid());
    Thread.sleep(measure.toMillis());
    long to = System.nanoTime();
    long cpuTo = Proc.cpuTicks(server.jvm().pid());
    load.stop();
    long[] latencies =
        load.acknowledged().stream()
            .filter(a -> a.answeredAtNanos() >= from && a.answeredAtNanos() < to)
            .mapToLong(HandOverLoad.Ack::latencyNanos)
            .sorted()
            .toArray();
    double seconds = (to - from) / 1e9;
    run.put("handOversInWindow", latencies.length);
    run.put("handOversPerSecond", round(latencies.length / seconds));
    run.put("p50Millis", millis(percentile(latencies, 0.50)));
    run.put("p99Millis", millis(percentile(latencies, 0.99)));
    run.put("maxMillis", millis(latencies.length == 0 ? 0 : latencies[latencies.length - 1]));
    run.put(
        "serverCpuSecondsPerThousand",
        latencies.length == 0
            ? null
            : round((cpuTo - cpuFrom) / Proc.TICKS_PER_SECOND * 1000 / latencies.length));
    run.put("otherAnswers", load.otherAnswers());
    run.put("unanswered", load.unanswered());
    run.put("acknowledgedTotal", load.acknowledgedCount());
    run.put("serverCpuTicksTotal", Proc.cpuTicks(server.jvm().pid()) - cpu0);
    run.put("loadAverageAtEnd", Proc.loadAverage());
    return run;
  }

  /** Nearest-rank percentile of sorted values. */
  static long percentile(long[] sorted, double p) {
    if (sorted.length == 0) {
      return 0;
    }
    int rank = (int) Math.ceil(p * sorted.length);
    return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
  }

  private static double millis(long nanos) {
    return round(nanos / 1e6);
  }

  private static double round(double v) {
    return Math.round(v * 10) / 10.0;
  }

  private static String table(List<Map<String, Object>> runs) {
    StringBuilder t =
        new StringBuilder(
            "| H2 write delay | hand-overs/s | p50 | p99 | max | server CPU s per 1,000 |\n"
                + "|---|---|---|---|---|---|\n");
    for (Map<String, Object> r : runs) {
      t.append(
          String.join(
              " | ",
              Arrays.asList(
                  "| " + r.get("h2WriteDelayMillis") + " ms",
                  String.valueOf(r.get("handOversPerSecond")),
                  r.get("p50Millis") + " ms",
                  r.get("p99Millis") + " ms",
                  r.get("maxMillis") + " ms",
                  r.get("serverCpuSecondsPerThousand") + " |\n")));
    }
    return t.toString();
  }
}
