package org.tourismpolicing.referenceapp;

import static org.assertj.core.api.Assertions.assertThat;

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
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.tourismpolicing.referenceapp.support.Fixtures;
import org.tourismpolicing.referenceapp.support.HandOverLoad;
import org.tourismpolicing.referenceapp.support.Json;
import org.tourismpolicing.referenceapp.support.LibertyServer;

/**
 * What the server acknowledged survives a crash: a server of the reference app, started as its own
 * JVM in the README's setup (development mode), takes a stream of 110 hand-overs from several
 * threads; its JVM is killed with SIGKILL in the middle of that stream (no shutdown hook runs,
 * nothing is flushed on the way out); it is started again, and every hand-over that had been
 * answered 201 must name an incident that exists. Replays of acknowledged keys answer the same
 * incident, and the tenant's audit chain verifies. Once on the embedded database (H2, the README's
 * default), once on MariaDB.
 *
 * <p>The servers ({@code reference-app-crash-h2}, {@code reference-app-crash-mariadb}) are created
 * by the build and started by this test only; a kill of the machine itself (power loss, kernel
 * crash) is not what this proves, see docs/operations.md.
 */
class CrashDurabilityIT {

  private static final Duration START = Duration.ofMinutes(4);
  private static final int THREADS = 6;

  /** Acknowledged hand-overs before the kill. */
  private static final int BEFORE_KILL = 400;

  /** The stream goes on this long after the kill: requests in flight meet a dead server. */
  private static final Duration AFTER_KILL = Duration.ofMillis(1500);

  private final HttpClient http =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .build();

  @Test
  void theEmbeddedDatabaseKeepsEveryAcknowledgedHandOverThroughAKill() throws Exception {
    crashAndCheck(server("reference-app-crash-h2", "crash.h2.http.port"));
  }

  @Test
  void mariaDbKeepsEveryAcknowledgedHandOverThroughAKill() throws Exception {
    crashAndCheck(server("reference-app-crash-mariadb", "crash.mariadb.http.port"));
  }

  /**
   * A cross-module hand-off committed just before a kill is not lost: with the outbox relay held
   * ({@code TP_OUTBOX_ENABLED=false}), a kiosk walk-in needing police is logged (its outbox row
   * commits with it) and no incident exists yet; the server's JVM is killed, started again with the
   * relay on, and exactly one incident of that walk-in appears.
   */
  @Test
  void aHandOffCommittedBeforeAKillIsDeliveredAfterTheRestart() throws Exception {
    String tenant = Fixtures.DALI;
    LibertyServer held =
        server(
            "reference-app-crash-h2", "crash.h2.http.port", Map.of("TP_OUTBOX_ENABLED", "false"));
    LibertyServer relaying = server("reference-app-crash-h2", "crash.h2.http.port", Map.of());
    try {
      held.start(START);
      String officer = held.demoToken(tenant, "officer");
      HttpResponse<String> kiosks =
          get(held, "/api/" + tenant + "/kiosk-registry/kiosks?limit=1", officer);
      assertThat(kiosks.statusCode()).as(kiosks.body()).isEqualTo(200);
      String kiosk = Json.parse(kiosks.body()).get("items").get(0).get("id").asString();
      HttpResponse<String> walkIn =
          post(
              held,
              "/api/" + tenant + "/kiosk-registry/kiosks/" + kiosk + "/walk-ins",
              officer,
              "{\"kind\": \"find-person\", \"outcome\": \"police-action\","
                  + " \"description\": \"child lost near the south gate (crash test)\"}");
      assertThat(walkIn.statusCode()).as(walkIn.body()).isEqualTo(201);
      String walkInId = Json.parse(walkIn.body()).get("id").asString();
      // the relay of this server is off (it says so at start), so nothing can deliver the walk-in
      assertThat(Files.readString(held.log()))
          .contains("outbox relay is off (tp.outbox.enabled=false)");
      assertThat(incidentsOfWalkIn(held, tenant, walkInId))
          .as("no incident while the relay is held")
          .isZero();

      held.kill();
      relaying.start(START);

      Awaitility.await("the walk-in's incident after the restart")
          .atMost(Duration.ofSeconds(60))
          .pollInterval(Duration.ofMillis(500))
          .until(() -> incidentsOfWalkIn(relaying, tenant, walkInId) > 0);
      assertThat(incidentsOfWalkIn(relaying, tenant, walkInId))
          .as("incidents of walk-in %s after the restart", walkInId)
          .isEqualTo(1);
    } finally {
      relaying.stop();
      held.stop();
    }
  }

  /** Incidents of the tenant (category of a find-person walk-in) whose external number is it. */
  private int incidentsOfWalkIn(LibertyServer server, String tenant, String walkInId)
      throws Exception {
    HttpResponse<String> page =
        get(
            server,
            "/api/" + tenant + "/dispatch/incidents?category=lost-person&limit=50",
            server.demoToken(tenant, "dispatcher"));
    assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
    int count = 0;
    for (var incident : Json.parse(page.body()).get("items")) {
      if (walkInId.equals(incident.path("externalNumber").asString())) {
        count++;
      }
    }
    return count;
  }

  private HttpResponse<String> post(LibertyServer server, String path, String token, String body)
      throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create(server.baseUrl() + path))
            .timeout(Duration.ofSeconds(30))
            .header("Content-Type", "application/json")
            .header("Authorization", "Bearer " + token)
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static LibertyServer server(String name, String portProperty) {
    return server(name, portProperty, Map.of());
  }

  private static LibertyServer server(
      String name, String portProperty, Map<String, String> environment) {
    return new LibertyServer(
        Path.of(property("crash.wlp")),
        Path.of(property("crash.usr")),
        name,
        Integer.parseInt(property(portProperty)),
        environment);
  }

  private void crashAndCheck(LibertyServer server) throws Exception {
    String tenant = Fixtures.DALI;
    try {
      server.start(START);
      HandOverLoad load = HandOverLoad.onDemoServer(server, tenant, "110-crash", THREADS);
      load.start();
      long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
      while (load.acknowledgedCount() < BEFORE_KILL && System.nanoTime() < deadline) {
        Thread.sleep(20);
      }
      assertThat(load.acknowledgedCount())
          .as("hand-overs acknowledged before the kill (other answers %s)", load.otherAnswers())
          .isGreaterThanOrEqualTo(BEFORE_KILL);
      long killed = server.kill();
      Thread.sleep(AFTER_KILL.toMillis());
      load.stop();
      List<HandOverLoad.Ack> acks = load.acknowledged();
      System.out.printf(
          "[crash] %s: SIGKILL to JVM %d after %d acknowledged hand-overs; %d requests unanswered;"
              + " other answers %s%n",
          server.name(), killed, acks.size(), load.unanswered(), load.otherAnswers());
      assertThat(load.unanswered()).as("requests cut by the kill").isPositive();
      assertThat(load.otherAnswers()).as("answers other than 201 before the kill").isEmpty();

      server.start(START);

      String dispatcher = server.demoToken(tenant, "dispatcher");
      List<String> lost = new ArrayList<>();
      for (HandOverLoad.Ack ack : acks) {
        int status =
            get(server, "/api/" + tenant + "/dispatch/incidents/" + ack.incidentId(), dispatcher)
                .statusCode();
        if (status != 200) {
          lost.add(ack.key() + " → " + ack.incidentId() + " (" + status + ")");
        }
      }
      System.out.printf(
          "[crash] %s: %d of %d acknowledged hand-overs missing after the restart%n",
          server.name(), lost.size(), acks.size());
      assertThat(lost)
          .as("acknowledged (201) hand-overs missing after kill -9 and restart, of %d", acks.size())
          .isEmpty();

      // replays (as the same client, with a token of the restarted server): the first ones, and
      // the last ones acknowledged before the kill (the most at risk)
      HandOverLoad replays = HandOverLoad.onDemoServer(server, tenant, "110-replay", 0);
      List<HandOverLoad.Ack> replayed = new ArrayList<>(acks.subList(0, 5));
      replayed.addAll(acks.subList(acks.size() - 15, acks.size()));
      for (HandOverLoad.Ack ack : replayed) {
        HttpResponse<String> again = replays.send(ack.key());
        assertThat(again.statusCode()).as(again.body()).isEqualTo(201);
        assertThat(again.headers().firstValue("Idempotent-Replayed")).contains("true");
        assertThat(HandOverLoad.incidentId(again.body())).isEqualTo(ack.incidentId());
      }

      HttpResponse<String> verification =
          get(
              server,
              "/api/" + tenant + "/audit/verification",
              server.demoToken(tenant, "tenant-admin"));
      assertThat(verification.statusCode()).as(verification.body()).isEqualTo(200);
      assertThat(Json.parse(verification.body()).get("intact").asBoolean())
          .as(verification.body())
          .isTrue();
    } finally {
      server.stop();
    }
  }

  private HttpResponse<String> get(LibertyServer server, String path, String token)
      throws Exception {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create(server.baseUrl() + path))
            .timeout(Duration.ofSeconds(30))
            .header("Accept", "application/json")
            .GET();
    if (token != null) {
      b.header("Authorization", "Bearer " + token);
    }
    return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static String property(String name) {
    String value = System.getProperty(name);
    if (value == null) {
      throw new IllegalStateException(name + " is not set: run through Maven (mvnw verify)");
    }
    return value;
  }
}
