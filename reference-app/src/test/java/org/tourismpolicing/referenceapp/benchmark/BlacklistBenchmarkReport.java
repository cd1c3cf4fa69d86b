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
 * The screening benchmark's two steps around {@link BlacklistScreeningSimulation}: {@code prepare}
 * (clear old results) and {@code report} (read Gatling's statistics and the run's own figures, and
 * rewrite the part of docs/performance.md between {@code <!-- blacklist-benchmark:begin -->} and
 * {@code <!-- blacklist-benchmark:end -->}, each target met or not met).
 */
public final class BlacklistBenchmarkReport {

  static final String BEGIN = "<!-- blacklist-benchmark:begin -->";
  static final String END = "<!-- blacklist-benchmark:end -->";

  /** Targets of the issue: 1 000 000 entries, 2 cores. */
  static final double MIN_QUERIES_PER_SECOND = 1000;

  static final long MAX_P99_MS = 20;

  private BlacklistBenchmarkReport() {}

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
    JsonNode result = BenchmarkReport.read(dir.resolve("blacklist.json"), "the Gatling simulation");
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
    System.out.println("[benchmark] blacklist figures written to " + document);
  }

  static String section(JsonNode run, JsonNode result, Map<String, GatlingStats.Request> stats) {
    StringBuilder md = new StringBuilder();
    md.append(
        "_Written by the screening benchmark (`BlacklistBenchmarkReport`); do not edit by hand._\n\n");
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
    JsonNode setup = result.get("setup");
    md.append(
        String.format(
            Locale.ROOT,
            "| data | tenant `%s`: %,d active business entries (a fifth with their trade name as"
                + " alias), written by JDBC in %.0f s |%n",
            BlacklistBenchmarkTenant.ID,
            setup.get("entries").asLong(),
            setup.get("writeMillis").asLong() / 1000.0));
    md.append(
        String.format(
            Locale.ROOT,
            "| first screening request (loads the server's index from MariaDB) | %.1f s |%n",
            setup.get("firstQueryMillis").asLong() / 1000.0));
    md.append(
        String.format(
            Locale.ROOT,
            "| server memory | VmRSS %s MiB after the index was loaded, %s MiB at the end (peak %s"
                + " MiB) |%n",
            mib(setup.path("serverMemoryAfterLoad").path("VmRSS")),
            mib(result.path("serverMemoryAfter").path("VmRSS")),
            mib(result.path("serverMemoryAfter").path("VmHWM"))));
    StringBuilder kinds = new StringBuilder();
    setup
        .get("queries")
        .properties()
        .forEach(e -> kinds.append(kinds.length() == 0 ? "" : ", ").append(e.getKey()));
    md.append("| queries | ")
        .append(kinds)
        .append(", in equal shares; threshold 0.8, limit 10 |\n");
    md.append(
        String.format(
            Locale.ROOT,
            "| load | the empty endpoint and screening with %d closed-loop users each (%d s warm-up,"
                + " %d s measured), then screening at %d new requests/s (open model, same"
                + " windows); Gatling on the same machine |%n%n",
            result.get("users").asInt(),
            result.get("warmupSeconds").asInt(),
            result.get("measureSeconds").asInt(),
            result.get("rate").asInt()));

    String atRate = "screening at " + result.get("rate").asInt() + "/s";
    double empty = rate(stats, result, "empty");
    double closed = rate(stats, result, "screening");
    double open = rate(stats, result, atRate);
    md.append(
        "| phase | requests | throughput (req/s) | p50 (ms) | p99 (ms) | errors | vs empty |"
            + " CPU used: server / MariaDB / Gatling / other processes (cores) |\n");
    md.append("|---|---:|---:|---:|---:|---:|---:|---|\n");
    row(md, "empty: `GET /api/ping`", stats, result, "empty", empty, empty);
    row(
        md,
        "screening, " + result.get("users").asInt() + " users without pause",
        stats,
        result,
        "screening",
        closed,
        empty);
    row(
        md,
        "screening at " + result.get("rate").asInt() + " requests/s",
        stats,
        result,
        atRate,
        open,
        empty);

    GatlingStats.Request target = req(stats, atRate);
    boolean rateHeld = open >= MIN_QUERIES_PER_SECOND * 0.99 && target.ko() == 0;
    md.append("\n### Targets (2 cores)\n\n| target | figure | |\n|---|---|---|\n");
    md.append(
        String.format(
            Locale.ROOT,
            "| ≥ %.0f queries/s against %,d entries with p99 ≤ %d ms | %.0f/s answered of %d/s"
                + " offered, p99 %d ms, %d errors (the most with 8 users without pause: %.0f/s)"
                + " | %s |%n",
            MIN_QUERIES_PER_SECOND,
            setup.get("entries").asLong(),
            MAX_P99_MS,
            open,
            result.get("rate").asInt(),
            target.p99(),
            target.ko(),
            closed,
            met(
                rateHeld
                    && target.p99() <= MAX_P99_MS
                    && setup.get("entries").asLong() >= 1_000_000)));
    return md.toString();
  }

  private static void row(
      StringBuilder md,
      String label,
      Map<String, GatlingStats.Request> stats,
      JsonNode result,
      String name,
      double rate,
      double empty) {
    GatlingStats.Request r = req(stats, name);
    md.append(
        String.format(
            Locale.ROOT,
            "| %s | %d | %.0f | %d | %d | %d | %.0f %% | %s |%n",
            label,
            r.total(),
            rate,
            r.p50(),
            r.p99(),
            r.ko(),
            100 * rate / empty,
            cores(result, name)));
  }

  private static String mib(JsonNode kb) {
    return kb.isMissingNode() || kb.isNull()
        ? "-"
        : String.format(Locale.ROOT, "%.0f", kb.asLong() / 1024.0);
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
      Map<String, GatlingStats.Request> stats, JsonNode result, String name) {
    return req(stats, name).total() / windowSeconds(result, name);
  }

  private static String cores(JsonNode result, String window) {
    JsonNode c = result.get("windows").get(window).get("coresUsed");
    if (c == null || c.get("server") == null) {
      return "-";
    }
    return String.format(
        Locale.ROOT,
        "%.2f / %.2f / %.2f / %.2f",
        c.get("server").asDouble(),
        c.path("database").asDouble(),
        c.path("loadGenerator").asDouble(),
        c.path("other").asDouble());
  }
}
