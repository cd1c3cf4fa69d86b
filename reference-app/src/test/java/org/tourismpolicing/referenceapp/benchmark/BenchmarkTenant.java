package org.tourismpolicing.referenceapp.benchmark;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import org.tourismpolicing.referenceapp.support.Json;
import org.tourismpolicing.referenceapp.support.Tokens;
import tools.jackson.databind.JsonNode;

/**
 * The benchmark's tenant, loaded through the API as an adopting station would: onboarded with
 * {@code PUT /api/platform/tenants/benchmark} (two fast-response zones side by side and the first
 * kiosks), then the remaining kiosks registered one by one through the staff API. Every kiosk is
 * open 24/7, so "open now" does not depend on the hour the benchmark runs at. Loading twice into
 * the same database changes nothing.
 */
final class BenchmarkTenant {

  static final String ID = "benchmark";

  /** The two zones: west and east of longitude 100.10, between latitudes 25.60 and 25.70. */
  static final double SOUTH = 25.60;

  static final double NORTH = 25.70;
  static final double WEST = 100.00;
  static final double MIDDLE = 100.10;
  static final double EAST = 100.20;

  /** Kiosks in the onboarding document; the rest go through the staff API (body limit 64 KiB). */
  static final int IN_DOCUMENT = 150;

  private static final int COLUMNS = 20;

  private final String baseUrl;
  private final BenchmarkHttp http;
  private final int kiosks;

  BenchmarkTenant(String baseUrl, int kiosks) {
    if (kiosks < 50) {
      throw new IllegalArgumentException("at least 50 kiosks, for a full page of 50");
    }
    this.baseUrl = baseUrl;
    this.http = new BenchmarkHttp(baseUrl);
    this.kiosks = kiosks;
  }

  /** What loading did, for the report. */
  record Loaded(
      int kiosks, int inDocument, int documentBytes, long onboardMillis, long kioskMillis) {}

  Loaded load() {
    long t0 = System.nanoTime();
    String document = Json.write(combinedDocument());
    send(
        "PUT",
        "/api/platform/tenants/" + ID,
        Tokens.platformAdmin(),
        document,
        Set.of(200, 201),
        "onboard the benchmark tenant");
    long t1 = System.nanoTime();
    String admin = Tokens.token("benchmark-tenant-admin", ID, "tenant-admin");
    for (int i = IN_DOCUMENT; i < kiosks; i++) {
      send(
          "POST",
          "/api/" + ID + "/kiosk-registry/kiosks",
          admin,
          Json.write(kiosk(i)),
          Set.of(201, 409), // 409: already registered by an earlier run on this database
          "register kiosk " + code(i));
    }
    long t2 = System.nanoTime();
    check();
    return new Loaded(
        kiosks,
        Math.min(kiosks, IN_DOCUMENT),
        document.getBytes(java.nio.charset.StandardCharsets.UTF_8).length,
        (t1 - t0) / 1_000_000,
        (t2 - t1) / 1_000_000);
  }

  /** The measured requests will find what they should: every kiosk listed, three open nearby. */
  private void check() {
    String leader = Tokens.token("benchmark-station-leader", ID, "station-leader");
    int listed = 0;
    String cursor = null;
    do {
      JsonNode page =
          Json.parse(
              send(
                  "GET",
                  "/api/"
                      + ID
                      + "/kiosk-registry/kiosks?limit=200"
                      + (cursor == null ? "" : "&cursor=" + cursor),
                  leader,
                  null,
                  Set.of(200),
                  "list kiosks"));
      listed += page.get("items").size();
      JsonNode next = page.get("nextCursor");
      cursor = next == null || next.isNull() ? null : next.asString();
    } while (cursor != null);
    if (listed < kiosks) {
      throw new IllegalStateException(
          "the benchmark tenant lists " + listed + " kiosks, expected " + kiosks);
    }
    for (int i = 0; i < 5; i++) {
      Map<String, Object> at = randomPosition();
      JsonNode nearest =
          Json.parse(
              send(
                  "GET",
                  "/api/"
                      + ID
                      + "/kiosk-registry/public/kiosks/nearest?lat="
                      + at.get("lat")
                      + "&lon="
                      + at.get("lon"),
                  null,
                  null,
                  Set.of(200),
                  "nearest open kiosk"));
      if (nearest.size() != 3) {
        throw new IllegalStateException(
            "nearest open kiosk answered " + nearest.size() + " kiosks, expected 3: " + nearest);
      }
    }
  }

  /** A position inside the tenant's zones, as the {@code lat}/{@code lon} query parameters. */
  static Map<String, Object> randomPosition() {
    ThreadLocalRandom r = ThreadLocalRandom.current();
    return Map.of(
        "lat",
        String.format(Locale.ROOT, "%.5f", r.nextDouble(SOUTH + 0.001, NORTH - 0.001)),
        "lon",
        String.format(Locale.ROOT, "%.5f", r.nextDouble(WEST + 0.001, EAST - 0.001)));
  }

  Map<String, Object> combinedDocument() {
    List<Object> inDocument = new ArrayList<>();
    for (int i = 0; i < Math.min(kiosks, IN_DOCUMENT); i++) {
      inDocument.add(kiosk(i));
    }
    Map<String, Object> tenant =
        Json.map(
            "id",
            ID,
            "names",
            Json.map("zh-CN", "基准测试派出所", "en", "Benchmark police station"),
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
                zone("west", "西片快警处置区", "West fast-response zone", WEST, MIDDLE),
                zone("east", "东片快警处置区", "East fast-response zone", MIDDLE, EAST)));
    Map<String, Object> registry =
        Json.map(
            "walking", Json.map("speedMetresPerSecond", 1.2, "detourFactor", 1.3),
            "amenityKinds",
                List.of(
                    Json.map(
                        "code", "umbrella", "names", Json.map("zh-CN", "雨伞", "en", "Umbrella")),
                    Json.map(
                        "code",
                        "first-aid-kit",
                        "names",
                        Json.map("zh-CN", "药箱", "en", "First-aid kit")),
                    Json.map("code", "map", "names", Json.map("zh-CN", "导览图", "en", "Map")),
                    Json.map(
                        "code",
                        "phone-charging",
                        "names",
                        Json.map("zh-CN", "手机充电", "en", "Phone charging"),
                        "stocked",
                        false)),
            "walkInKinds",
                List.of(Json.map("code", "ask-way", "names", Json.map("zh-CN", "问路", "en", "Way"))),
            "kiosks", inDocument);
    return Json.map("tenant", tenant, "modules", Json.map("kiosk-registry", registry));
  }

  static Map<String, Object> zone(String code, String zh, String en, double west, double east) {
    List<List<Double>> ring =
        List.of(
            List.of(west, SOUTH),
            List.of(east, SOUTH),
            List.of(east, NORTH),
            List.of(west, NORTH),
            List.of(west, SOUTH));
    return Json.map(
        "code",
        code,
        "kind",
        "fast-response",
        "names",
        Json.map("zh-CN", zh, "en", en),
        "polygon",
        Json.map("type", "Polygon", "coordinates", List.of(ring)));
  }

  /** Kiosk {@code i} on a grid of 20 columns, strictly inside its zone. */
  static Map<String, Object> kiosk(int i) {
    int column = i % COLUMNS;
    int row = i / COLUMNS;
    double lon = WEST + 0.0025 + column * (EAST - WEST) / COLUMNS;
    double lat = SOUTH + 0.0020 + (row % 30) * 0.0032 + (row / 30) * 0.0007;
    Map<String, Object> amenities = new LinkedHashMap<>();
    amenities.put("umbrella", 10);
    amenities.put("first-aid-kit", 1);
    amenities.put("map", 50);
    amenities.put("phone-charging", null);
    return Json.map(
        "code",
        code(i),
        "type",
        i % 10 == 9 ? "duty-point" : "kiosk",
        "names",
        Json.map("zh-CN", "基准警务亭" + (i + 1), "en", "Benchmark kiosk " + (i + 1)),
        "position",
        Json.map(
            "lat", Math.round(lat * 1e5) / 1e5,
            "lon", Math.round(lon * 1e5) / 1e5),
        "zone",
        lon < MIDDLE ? "west" : "east",
        "openingHours",
        "24/7",
        "amenities",
        amenities);
  }

  static String code(int i) {
    return String.format(Locale.ROOT, "bench-%04d", i + 1);
  }

  private String send(
      String method, String path, String token, String body, Set<Integer> expected, String what) {
    return http.send(method, path, token, body, expected, what);
  }
}
