package org.tourismpolicing.referenceapp.benchmark;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * The dispatch benchmark's two steps around {@link DispatchPeakSimulation}: {@code prepare} (clear
 * old results) and {@code report} (read Gatling's statistics and the run's own figures, and rewrite
 * the part of docs/performance.md between {@code <!-- dispatch-benchmark:begin -->} and {@code <!--
 * dispatch-benchmark:end -->}, each target met or not met).
 */
public final class DispatchBenchmarkReport {

  static final String BEGIN = "<!-- dispatch-benchmark:begin -->";
  static final String END = "<!-- dispatch-benchmark:end -->";

  /** Targets of the issue, for the 1000-unit tenant. */
  static final double MIN_INCIDENTS_PER_SECOND = 300;

  static final long MAX_INTAKE_P99_MS = 100;
  static final double MIN_POSITIONS_PER_SECOND = 2000;
  static final int TARGET_UNITS = 1000;

  private DispatchBenchmarkReport() {}

  public static void main(String[] arguments) throws IOException {
    Args args = new Args(arguments);
    switch (args.word(0)) {
      case "prepare" -> BenchmarkReport.prepare(args.path("dir"), args.path("gatling"));
      case "report" -> report(args.path("dir"), args.path("gatling"), args.path("document"));
      default -> throw new IllegalArgumentException("prepare or report, not " + args.word(0));
    }
  }

  static void report(Path dir, Path gatling, Path document) throws IOException {
    JsonNode run = BenchmarkReport.read(dir.resolve("run.json"), "the prepare step");
    JsonNode result = BenchmarkReport.read(dir.resolve("dispatch.json"), "the Gatling simulation");
    Path runDir =
        BenchmarkReport.gatlingRun(gatling, Instant.parse(run.get("startedAt").asString()));
    Map<String, GatlingStats.Request> stats = GatlingStats.read(runDir.resolve("index.html"));
    String section = section(run, result, stats);
    String text = Files.readString(document, StandardCharsets.UTF_8);
    int b = text.indexOf(BEGIN);
    int e = text.indexOf(END);
    if (b < 0 || e < b) {
      throw new IllegalStateException(document + " has no " + BEGIN + " … " + END + " section");
    }
    Files.writeString(
        document, text.substring(0, b + BEGIN.length()) + "\n" + section + text.substring(e));
    System.out.println(section);
    System.out.println("[benchmark] dispatch figures written to " + document);
  }

  static String section(JsonNode run, JsonNode result, Map<String, GatlingStats.Request> stats) {
    StringBuilder md = new StringBuilder();
    md.append(
        "_Written by the dispatch benchmark (`DispatchBenchmarkReport`); do not edit by hand._\n\n");
    md.append("| | |\n|---|---|\n");
    md.append("| date (UTC) | ")
        .append(
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
                .withZone(ZoneOffset.UTC)
                .format(Instant.parse(result.get("finishedAt").asString())))
        .append(" |\n");
    JsonNode machine = run.get("machine");
    md.append(
        String.format(
            Locale.ROOT,
            "| machine | %d cores (%s), %d GiB RAM, %s; load average before: %s |%n",
            machine.get("cores").asInt(),
            machine.get("cpuModel").asString(),
            Math.round(machine.get("memTotalKb").asLong() / 1024.0 / 1024.0),
            machine.get("os").asString(),
            machine.get("loadAverage").asString()));
    md.append("| load | ")
        .append(result.get("users").asInt())
        .append(
            " intake users (each: 110 hand-over, read the incident, unit en route, on scene, clear) and ")
        .append(result.get("positionUsers").asInt())
        .append(" position users (batches of ")
        .append(result.get("positionBatch").asInt())
        .append(", paced to stream ")
        .append(result.path("positionRate").asInt())
        .append(" reports/s together) at once; intake users without pause; ")
        .append(result.get("warmupSeconds").asInt())
        .append(" s warm-up, ")
        .append(result.get("measureSeconds").asInt())
        .append(" s measured per tenant; Gatling on the same machine |\n\n");

    double empty = rate(stats, result, "empty", 1);
    md.append(
        "| tenant | incidents/s (intake with automatic assignment) | intake p50 / p99 (ms) | vs empty endpoint | whole incident cycles: requests/s | position reports/s | position batch p99 (ms) | errors | server CPU (cores) | units with overlapping assignments |\n");
    md.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
    md.append(
        String.format(
            Locale.ROOT,
            "| empty endpoint `GET /api/ping` | %.0f req/s | %d / %d | 100 %% | | | | %d | %s | |%n",
            empty,
            req(stats, "empty").p50(),
            req(stats, "empty").p99(),
            req(stats, "empty").ko(),
            cores(result, "empty")));
    Double targetRate = null;
    Long targetP99 = null;
    Double targetPositions = null;
    long overlapping = 0;
    for (JsonNode count : result.get("unitCounts")) {
      int n = count.asInt();
      String intake = "intake (" + n + " units)";
      String positions = "positions (" + n + " units)";
      double incidents = rate(stats, result, intake, 1);
      long cycleRequests = 0;
      long errors = 0;
      for (var e : stats.entrySet()) {
        if (e.getKey().endsWith("(" + n + " units)")) {
          cycleRequests += e.getKey().startsWith("positions") ? 0 : e.getValue().total();
          errors += e.getValue().ko();
        }
      }
      double seconds = windowSeconds(result, intake);
      double positionRate = rate(stats, result, positions, result.get("positionBatch").asInt());
      JsonNode db = result.get("doubleAssignments").get(Integer.toString(n));
      long overlap =
          db == null || db.get("overlapping") == null ? -1 : db.get("overlapping").asLong();
      overlapping += Math.max(0, overlap) + (overlap < 0 ? 1 : 0);
      md.append(
          String.format(
              Locale.ROOT,
              "| %d units | %.0f | %d / %d | %.0f %% | %.0f | %.0f | %d | %d | %s | %s |%n",
              n,
              incidents,
              req(stats, intake).p50(),
              req(stats, intake).p99(),
              100 * incidents / empty,
              cycleRequests / seconds,
              positionRate,
              req(stats, positions).p99(),
              errors,
              cores(result, intake),
              overlap < 0 ? "not checked" : Long.toString(overlap)));
      if (n == TARGET_UNITS) {
        targetRate = incidents;
        targetP99 = req(stats, intake).p99();
        targetPositions = positionRate;
      }
    }
    md.append("\n### Targets (2 cores, 1000 units)\n\n| target | figure | |\n|---|---|---|\n");
    if (targetRate != null) {
      md.append(
          String.format(
              Locale.ROOT,
              "| intake with automatic assignment ≥ %.0f incidents/s | %.0f/s | %s |%n",
              MIN_INCIDENTS_PER_SECOND,
              targetRate,
              met(targetRate >= MIN_INCIDENTS_PER_SECOND)));
      md.append(
          String.format(
              Locale.ROOT,
              "| intake p99 ≤ %d ms | %d ms | %s |%n",
              MAX_INTAKE_P99_MS,
              targetP99,
              met(targetP99 <= MAX_INTAKE_P99_MS)));
      md.append(
          String.format(
              Locale.ROOT,
              "| position updates ≥ %.0f/s, batched | %.0f/s | %s |%n",
              MIN_POSITIONS_PER_SECOND,
              targetPositions,
              met(targetPositions >= MIN_POSITIONS_PER_SECOND)));
    } else {
      md.append("| (no 1000-unit tenant in this run) | | |\n");
    }
    md.append(
        String.format(
            Locale.ROOT,
            "| 0 double assignments (all tenants) | %d | %s |%n",
            overlapping,
            met(overlapping == 0)));
    return md.toString();
  }

  private static String met(boolean met) {
    return met ? "**met**" : "**not met**";
  }

  private static GatlingStats.Request req(Map<String, GatlingStats.Request> stats, String name) {
    GatlingStats.Request r = stats.get(name);
    if (r == null) {
      throw new IllegalStateException(
          "Gatling's report has no request \"" + name + "\": " + stats.keySet());
    }
    return r;
  }

  private static double windowSeconds(JsonNode result, String window) {
    JsonNode w = result.get("windows").get(window);
    return (w.get("endMillis").asLong() - w.get("startMillis").asLong()) / 1000.0;
  }

  private static double rate(
      Map<String, GatlingStats.Request> stats, JsonNode result, String name, int per) {
    return req(stats, name).total() * (double) per / windowSeconds(result, name);
  }

  private static String cores(JsonNode result, String window) {
    JsonNode c = result.get("windows").get(window).get("coresUsed");
    if (c == null || c.get("server") == null) {
      return "-";
    }
    return String.format(
        Locale.ROOT,
        "%.2f server / %.2f MariaDB / %.2f Gatling",
        c.get("server").asDouble(),
        c.path("database").asDouble(),
        c.path("loadGenerator").asDouble());
  }
}
