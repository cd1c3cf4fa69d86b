package org.tourismpolicing.referenceapp.benchmark;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tourismpolicing.referenceapp.support.Json;
import org.tourismpolicing.referenceapp.support.LibertyServer;

/**
 * Launch to ready, and idle memory, of the reference app on the embedded database: the server the
 * README runs ({@code reference-app-smoke}: H2, development mode, both sample tenants), started
 * with Liberty's own {@code bin/server start} as an operator would, several times in a row.
 *
 * <p>Each start is timed from the moment {@code bin/server start} is launched (a shell script that
 * launches the server JVM) to the first {@code 200} of {@code GET /health/ready}, which needs the
 * database migrated and the tenants loaded. On the way it notes when the log shows the JVM launched
 * (CWWKE0001I), the application started (CWWKZ0001I) and Liberty ready (CWWKF0011I); the log and
 * the readiness endpoint are polled every 50 ms, which bounds the precision. The first start is
 * made with {@code --clean} (Liberty's caches discarded: a first start after an install); the
 * others reuse them, as any later restart does. The database already exists (the build started this
 * server once before). After each start the server idles for a while, then the resident memory of
 * its JVM is read from /proc (H2 runs inside that JVM).
 *
 * <p>Arguments: {@code --wlp= --usr= --server= --port= --runs= --idle-seconds= --out=}.
 */
public final class StartupMeasurement {

  private static final Duration POLL = Duration.ofMillis(50);
  private static final Duration START_TIMEOUT = Duration.ofSeconds(240);
  private static final Pattern STARTED_IN = Pattern.compile("started in ([0-9.,]+) seconds");

  private final LibertyServer server;
  private final Path log;

  private StartupMeasurement(Path wlp, Path usr, String server, int port) {
    this.server = new LibertyServer(wlp, usr, server, port, Map.of());
    this.log = this.server.log();
  }

  public static void main(String[] arguments) throws Exception {
    Args args = new Args(arguments);
    var m =
        new StartupMeasurement(
            args.path("wlp"), args.path("usr"), args.get("server"), args.integer("port"));
    int runs = args.integer("runs");
    Duration idle = Duration.ofSeconds(args.integer("idle-seconds"));
    Map<String, Object> result = new LinkedHashMap<>();
    result.put("server", args.get("server"));
    result.put("measuredAt", Instant.now().toString());
    result.put("idleSeconds", idle.toSeconds());
    result.put("machine", Proc.machine());
    List<Map<String, Object>> starts = new ArrayList<>();
    m.stop(); // the build's own stop normally did this already
    try {
      for (int i = 1; i <= runs; i++) {
        Map<String, Object> run = m.startOnce(i == 1);
        run.put("run", i);
        run.put("clean", i == 1);
        if (run.get("readyMillis") != null) {
          Thread.sleep(idle.toMillis());
          long pid = ((Number) run.get("pid")).longValue();
          run.put("idleMemoryKb", Proc.memory(pid));
          if (i == 1) {
            result.put("jvm", m.jvm(pid));
          }
        }
        System.out.println("[benchmark] start " + i + ": " + run);
        starts.add(run);
        m.stop();
      }
    } finally {
      m.stop();
    }
    result.put("starts", starts);
    Path out = args.path("out");
    Files.createDirectories(out.getParent());
    Files.writeString(out, Json.write(result));
  }

  private Map<String, Object> startOnce(boolean clean) throws Exception {
    Files.deleteIfExists(log); // a fresh log, so that no marker of the last start is seen
    Path output = Files.createTempFile("benchmark-server-start", ".log");

    Map<String, Object> run = new LinkedHashMap<>();
    Map<String, Long> seen = new LinkedHashMap<>();
    LogTail tail = new LogTail(log);
    run.put("loadAverageAtLaunch", Proc.loadAverage()); // others' work makes a start slower
    long t0 = System.nanoTime();
    Process process = server.launch(clean, output);
    Long scriptMillis = null;
    Long readyMillis = null;
    while (readyMillis == null && System.nanoTime() - t0 < START_TIMEOUT.toNanos()) {
      long now = millisSince(t0);
      if (scriptMillis == null && !process.isAlive()) {
        scriptMillis = now;
        run.put("scriptExitCode", process.exitValue());
      }
      scan(tail.newLines(), millisSince(t0), seen, run);
      if (server.isReady()) {
        readyMillis = millisSince(t0);
        break;
      }
      Thread.sleep(POLL.toMillis());
    }
    scan(tail.newLines(), millisSince(t0), seen, run); // lines written just as it got ready
    if (!process.waitFor(60, TimeUnit.SECONDS)) {
      process.destroy();
    }
    if (scriptMillis == null) {
      scriptMillis = millisSince(t0);
      run.put("scriptExitCode", process.exitValue());
    }
    run.put("scriptReturnedMillis", scriptMillis);
    run.putAll(seen);
    run.put("readyMillis", readyMillis);
    OptionalLong pid = server.pid();
    run.put("pid", pid.isPresent() ? pid.getAsLong() : null);
    if (readyMillis == null) {
      run.put(
          "failure",
          "not ready within "
              + START_TIMEOUT.toSeconds()
              + " s; server start said: "
              + Files.readString(output, StandardCharsets.UTF_8).strip());
    }
    Files.deleteIfExists(output);
    return run;
  }

  /** Log messages whose first appearance is timed, by the key it is recorded under. */
  private static final Map<String, String> MARKERS =
      Map.of(
          "CWWKE0001I", "jvmLaunchedMillis",
          "CWWKZ0001I", "applicationStartedMillis",
          "CWWKF0011I", "libertyReadyMillis");

  /** Notes the first sighting of each marker, and the start time Liberty itself reports. */
  private static void scan(
      List<String> lines, long now, Map<String, Long> seen, Map<String, Object> run) {
    for (String line : lines) {
      MARKERS.forEach(
          (id, key) -> {
            if (line.contains(id) && !seen.containsKey(key)) {
              seen.put(key, now);
              Matcher in = STARTED_IN.matcher(line);
              if (in.find()) {
                run.put(
                    key.replace("Millis", "ReportedSeconds"),
                    Double.parseDouble(in.group(1).replace(',', '.')));
              }
            }
          });
    }
  }

  /** Java version and the JVM options the server really ran with. */
  private Map<String, Object> jvm(long pid) throws IOException {
    Map<String, Object> jvm = new LinkedHashMap<>();
    for (String line : Files.readAllLines(log, StandardCharsets.UTF_8)) {
      if (line.startsWith("java.runtime = ") || line.startsWith("java.version = ")) {
        jvm.put(line.substring(0, line.indexOf(' ')), line.substring(line.indexOf('=') + 2));
      }
    }
    List<String> options = new ArrayList<>();
    for (String arg : Proc.cmdline(pid).split(" ")) {
      if (arg.startsWith("-X") || arg.startsWith("-XX:")) {
        options.add(arg);
      }
    }
    jvm.put("memoryAndCompilerOptions", options);
    return jvm;
  }

  private void stop() throws IOException, InterruptedException {
    server.stop();
  }

  private static long millisSince(long t0) {
    return (System.nanoTime() - t0) / 1_000_000;
  }

  /** The lines appended to a file since the last call (the file may not exist yet). */
  private static final class LogTail {
    private final Path file;
    private long position;
    private String partial = "";

    LogTail(Path file) {
      this.file = file;
    }

    List<String> newLines() throws IOException {
      List<String> lines = new ArrayList<>();
      if (!Files.exists(file)) {
        return lines;
      }
      try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "r")) {
        if (f.length() < position) {
          position = 0; // rotated
        }
        f.seek(position);
        byte[] bytes = new byte[(int) (f.length() - position)];
        f.readFully(bytes);
        position += bytes.length;
        String text = partial + new String(bytes, StandardCharsets.UTF_8);
        int end = text.lastIndexOf('\n');
        if (end < 0) {
          partial = text;
          return lines;
        }
        partial = text.substring(end + 1);
        lines.addAll(List.of(text.substring(0, end).split("\n")));
      }
      return lines;
    }
  }
}
