package org.tourismpolicing.referenceapp.benchmark;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import org.tourismpolicing.referenceapp.support.Json;
import org.tourismpolicing.referenceapp.support.Tokens;
import tools.jackson.databind.JsonNode;

/**
 * A dispatch benchmark tenant with {@code units} patrol units, loaded through the API as a station
 * would: onboarded with the benchmark's two zones and a dispatch document that assigns every
 * priority automatically (one unit each), then the units registered, put on patrol and given a
 * position, all through the staff API.
 */
final class DispatchBenchmarkTenant {

  private final String baseUrl;
  private final BenchmarkHttp http;
  private final int units;
  private final String id;

  DispatchBenchmarkTenant(String baseUrl, int units) {
    this.baseUrl = baseUrl;
    this.http = new BenchmarkHttp(baseUrl);
    this.units = units;
    this.id = "bench-dispatch-" + units;
  }

  String id() {
    return id;
  }

  /** Loads the tenant; returns the units' ids. */
  List<String> load() {
    Map<String, Object> tenant =
        Json.map(
            "id",
            id,
            "names",
            Json.map("zh-CN", "调度基准测试", "en", "Dispatch benchmark " + units),
            "timeZone",
            "Asia/Shanghai",
            "languages",
            List.of("zh-CN", "en"),
            "currency",
            "CNY",
            "coordinateSystem",
            "WGS84",
            "zones",
            List.of(
                BenchmarkTenant.zone(
                    "west", "西片", "West", BenchmarkTenant.WEST, BenchmarkTenant.MIDDLE),
                BenchmarkTenant.zone(
                    "east", "东片", "East", BenchmarkTenant.MIDDLE, BenchmarkTenant.EAST)));
    Map<String, Object> dispatch =
        Json.map(
            "priorities",
            List.of(
                Json.map(
                    "level",
                    1,
                    "names",
                    Json.map("en", "Emergency"),
                    "autoAssign",
                    true,
                    "unitsRequired",
                    1),
                Json.map("level", 2, "names", Json.map("en", "Urgent"), "autoAssign", true),
                Json.map("level", 3, "names", Json.map("en", "Routine"), "autoAssign", true)));
    send(
        "PUT",
        "/api/platform/tenants/" + id,
        Tokens.platformAdmin(),
        Json.write(Json.map("tenant", tenant, "modules", Json.map("dispatch", dispatch))),
        Set.of(200, 201),
        "onboard " + id);
    String admin = Tokens.token("benchmark-tenant-admin", id, "tenant-admin");
    String dispatcher = Tokens.token("benchmark-dispatcher", id, "dispatcher");
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<String>> made = new ArrayList<>();
      for (int i = 0; i < units; i++) {
        int n = i;
        made.add(
            pool.submit(
                () -> {
                  String callSign = String.format(Locale.ROOT, "U%05d", n + 1);
                  String zone = n % 2 == 0 ? "west" : "east";
                  String body =
                      send(
                          "POST",
                          "/api/" + id + "/dispatch/units",
                          admin,
                          Json.write(
                              Json.map("callSign", callSign, "mode", mode(n), "homeZone", zone)),
                          Set.of(201, 409),
                          "register unit " + callSign);
                  String unitId;
                  if (body.contains("\"id\"")) {
                    unitId = Json.parse(body).get("id").asString();
                  } else {
                    return null; // registered by an earlier run: found below
                  }
                  send(
                      "POST",
                      "/api/" + id + "/dispatch/units/" + unitId + "/state",
                      dispatcher,
                      "{\"state\": \"patrolling\"}",
                      Set.of(200, 409),
                      "put " + callSign + " on patrol");
                  return unitId;
                }));
      }
      for (Future<String> f : made) {
        f.get();
      }
    } catch (Exception e) {
      throw new IllegalStateException("loading " + id + " failed", e);
    } finally {
      pool.shutdownNow();
    }
    List<String> ids = new ArrayList<>();
    String cursor = null;
    do {
      JsonNode page =
          Json.parse(
              send(
                  "GET",
                  "/api/"
                      + id
                      + "/dispatch/units?limit=500"
                      + (cursor == null ? "" : "&cursor=" + cursor),
                  dispatcher,
                  null,
                  Set.of(200),
                  "list units"));
      page.get("items").forEach(u -> ids.add(u.get("id").asString()));
      JsonNode next = page.get("nextCursor");
      cursor = next == null || next.isNull() ? null : next.asString();
    } while (cursor != null);
    if (ids.size() != units) {
      throw new IllegalStateException(id + " lists " + ids.size() + " units, expected " + units);
    }
    for (int from = 0; from < ids.size(); from += 500) {
      send(
          "POST",
          "/api/" + id + "/dispatch/positions",
          dispatcher,
          positionBatch(ids.subList(from, Math.min(ids.size(), from + 500))),
          Set.of(200),
          "first positions");
    }
    return ids;
  }

  /** A batch of position reports for {@code batch} (random positions inside the zones). */
  static String positionBatch(List<String> batch) {
    StringBuilder sb = new StringBuilder("{\"positions\": [");
    ThreadLocalRandom r = ThreadLocalRandom.current();
    for (int i = 0; i < batch.size(); i++) {
      if (i > 0) {
        sb.append(',');
      }
      sb.append(
          String.format(
              Locale.ROOT,
              "{\"unitId\": \"%s\", \"position\": {\"lat\": %.5f, \"lon\": %.5f}}",
              batch.get(i),
              r.nextDouble(BenchmarkTenant.SOUTH + 0.001, BenchmarkTenant.NORTH - 0.001),
              r.nextDouble(BenchmarkTenant.WEST + 0.001, BenchmarkTenant.EAST - 0.001)));
    }
    return sb.append("]}").toString();
  }

  private static String mode(int n) {
    return switch (n % 4) {
      case 0 -> "foot";
      case 1 -> "motorcycle";
      case 2 -> "car";
      default -> "bicycle";
    };
  }

  private String send(
      String method, String path, String token, String body, Set<Integer> expected, String what) {
    return http.send(method, path, token, body, expected, what);
  }
}
