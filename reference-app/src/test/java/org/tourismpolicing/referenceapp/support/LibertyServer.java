package org.tourismpolicing.referenceapp.support;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;

/**
 * A Liberty server of the build (created by the liberty plugin under the build's user directory)
 * run as a separate process with Liberty's own {@code bin/server} script, as an operator runs it:
 * started, asked whether it is ready, stopped, or killed.
 *
 * <p>{@code bin/server start} is a shell script that launches the server JVM in the background and
 * returns; the JVM's pid is in {@code servers/.pid/<name>.pid}. {@link #kill()} sends SIGKILL to
 * that JVM (checked to be a {@code java} process), never to the script.
 */
public final class LibertyServer {

  private final Path wlp;
  private final Path usr;
  private final String name;
  private final int port;
  private final Map<String, String> environment;
  private final HttpClient http =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(1))
          .build();

  /**
   * @param wlp the Liberty installation ({@code …/wlp})
   * @param usr the user directory holding {@code servers/<name>}
   * @param port the server's HTTP port
   * @param environment extra environment of the server (Liberty reads variables from it, e.g.
   *     {@code H2_WRITE_DELAY} for {@code h2.write.delay})
   */
  public LibertyServer(Path wlp, Path usr, String name, int port, Map<String, String> environment) {
    this.wlp = wlp;
    this.usr = usr;
    this.name = name;
    this.port = port;
    this.environment = Map.copyOf(environment);
  }

  public String name() {
    return name;
  }

  public String baseUrl() {
    return "http://localhost:" + port;
  }

  /** The server's message log. */
  public Path log() {
    return usr.resolve("servers").resolve(name).resolve("logs").resolve("messages.log");
  }

  /** Where Liberty writes the pid of the running server's JVM. */
  public Path pidFile() {
    return usr.resolve("servers").resolve(".pid").resolve(name + ".pid");
  }

  /**
   * Launches {@code bin/server start} (with {@code --clean} if asked), its output into {@code
   * output}, and returns the script's process without waiting for it.
   */
  public Process launch(boolean clean, Path output) throws IOException {
    List<String> command = new ArrayList<>(List.of(script().toString(), "start", name));
    if (clean) {
      command.add("--clean");
    }
    ProcessBuilder builder =
        new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile());
    environment(builder);
    return builder.start();
  }

  /** Starts the server and waits until {@code /health/ready} answers 200. */
  public void start(Duration timeout) throws IOException, InterruptedException {
    Path output = Files.createTempFile("liberty-" + name, ".log");
    try {
      Process script = launch(false, output);
      long deadline = System.nanoTime() + timeout.toNanos();
      while (!isReady()) {
        if (System.nanoTime() > deadline) {
          throw new IllegalStateException(
              name
                  + " not ready within "
                  + timeout.toSeconds()
                  + " s; server start said: "
                  + Files.readString(output).strip());
        }
        Thread.sleep(100);
      }
      if (!script.waitFor(60, TimeUnit.SECONDS)) {
        script.destroy();
      }
    } finally {
      Files.deleteIfExists(output);
    }
  }

  /** Whether {@code GET /health/ready} answers 200 (database migrated, tenants loaded). */
  public boolean isReady() {
    try {
      HttpRequest request =
          HttpRequest.newBuilder(URI.create(baseUrl() + "/health/ready"))
              .timeout(Duration.ofSeconds(2))
              .GET()
              .build();
      return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
    } catch (IOException e) {
      return false; // not listening (yet, or any more)
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  /**
   * A demo token for {@code role} in {@code tenant}, from a server in development mode ({@code GET
   * /api/dev/tokens}); a restarted server may have a new key, so ask again after each start.
   */
  public String demoToken(String tenant, String role) throws IOException, InterruptedException {
    HttpRequest request =
        HttpRequest.newBuilder(
                URI.create(
                    baseUrl()
                        + "/api/dev/tokens?tenant="
                        + tenant
                        + "&role="
                        + role
                        + "&user=demo-"
                        + role))
            .timeout(Duration.ofSeconds(30))
            .GET()
            .build();
    HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString());
    if (r.statusCode() != 200) {
      throw new IllegalStateException(name + ": demo token " + r.statusCode() + " " + r.body());
    }
    return Json.parse(r.body()).get("token").asString();
  }

  /** The pid written in the pid file, if there is one. */
  public OptionalLong pid() {
    try {
      return OptionalLong.of(Long.parseLong(Files.readString(pidFile()).trim()));
    } catch (IOException | NumberFormatException e) {
      return OptionalLong.empty();
    }
  }

  /** The running server's JVM: the process of the pid file, which must be alive and a java. */
  public ProcessHandle jvm() {
    long pid = pid().orElseThrow(() -> new IllegalStateException(name + ": no pid file"));
    ProcessHandle handle =
        ProcessHandle.of(pid)
            .filter(ProcessHandle::isAlive)
            .orElseThrow(() -> new IllegalStateException(name + ": pid " + pid + " is not alive"));
    Optional<String> command = handle.info().command();
    if (command.isEmpty() || !Path.of(command.get()).getFileName().toString().equals("java")) {
      throw new IllegalStateException(
          name + ": pid " + pid + " is " + command.orElse("unknown") + ", not the server's JVM");
    }
    return handle;
  }

  /**
   * Kills the server's JVM with SIGKILL (no shutdown hook, no flush: as the kernel's OOM killer or
   * {@code kill -9} would) and waits until it is gone. Returns the pid killed.
   */
  public long kill() throws InterruptedException {
    ProcessHandle jvm = jvm();
    // ProcessHandle.destroyForcibly is SIGKILL on Linux
    if (!jvm.destroyForcibly()) {
      throw new IllegalStateException(name + ": SIGKILL to " + jvm.pid() + " refused");
    }
    try {
      jvm.onExit().get(30, TimeUnit.SECONDS);
    } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
      throw new IllegalStateException(name + ": pid " + jvm.pid() + " survived SIGKILL", e);
    }
    return jvm.pid();
  }

  /** Stops the server with {@code bin/server stop} if its JVM runs. */
  public void stop() throws IOException, InterruptedException {
    OptionalLong pid = pid();
    if (pid.isEmpty()
        || ProcessHandle.of(pid.getAsLong()).filter(ProcessHandle::isAlive).isEmpty()) {
      return;
    }
    ProcessBuilder builder =
        new ProcessBuilder(script().toString(), "stop", name)
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.DISCARD);
    environment(builder);
    Process p = builder.start();
    if (!p.waitFor(120, TimeUnit.SECONDS)) {
      p.destroy();
    }
  }

  private Path script() {
    return wlp.resolve("bin").resolve("server");
  }

  private void environment(ProcessBuilder builder) {
    Map<String, String> env = builder.environment();
    env.put("WLP_USER_DIR", usr.toString());
    env.putIfAbsent("JAVA_HOME", System.getProperty("java.home"));
    env.putAll(environment);
  }
}
