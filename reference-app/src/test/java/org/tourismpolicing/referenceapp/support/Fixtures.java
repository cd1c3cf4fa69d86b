package org.tourismpolicing.referenceapp.support;

import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.response.Response;
import java.security.SecureRandom;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Shared test data: the sample tenants, tokens per role, and kiosks made for one test. The test
 * database outlives a build, so everything a test changes is made by that test under a fresh code;
 * the sample kiosks of the tenants' documents are only read.
 */
public final class Fixtures {

  public static final String DALI = "dali-gucheng";
  public static final String LIJIANG = "lijiang-gucheng";

  /** Daily hours every kiosk a test makes in a sample tenant keeps to (closed at 23:00 local). */
  public static final String DAY_HOURS = "Mo-Su 09:00-22:00";

  /** A position inside Dali's south zone (WGS-84). */
  public static final double[] DALI_SOUTH = {25.6900, 100.1600};

  /** A position inside Dali's north zone. */
  public static final double[] DALI_NORTH = {25.7000, 100.1600};

  /** A position inside Lijiang's central zone. */
  public static final double[] LIJIANG_CENTRAL = {26.8720, 100.2330};

  /** South of Dali old town, in no zone of Dali. */
  public static final double[] OUTSIDE_DALI = {25.6500, 100.1600};

  private static final SecureRandom RANDOM = new SecureRandom();
  private static final String ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789";

  private Fixtures() {}

  /** Lower-case letters and digits, for codes and ids that never repeat between runs. */
  public static String random(int length) {
    StringBuilder b = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      b.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
    }
    return b.toString();
  }

  /** A kiosk code no run has used: {@code it-<prefix>-<random>}. */
  public static String code(String prefix) {
    return "it-" + prefix + "-" + random(8);
  }

  /**
   * A date in the far future (years 2100 to 9999, still written in ten characters) that no other
   * test or run is likely to roster officers for: rosters stay in the database between runs.
   */
  public static java.time.LocalDate freshDate() {
    return java.time.LocalDate.of(2100, 1, 1).plusDays(RANDOM.nextInt(365 * 7800));
  }

  public static String token(String tenant, String role) {
    return Tokens.token("it-" + role, tenant, role);
  }

  public static String leader(String tenant) {
    return token(tenant, "station-leader");
  }

  public static String admin(String tenant) {
    return token(tenant, "tenant-admin");
  }

  public static String officer(String tenant) {
    return token(tenant, "officer");
  }

  public static String dispatcher(String tenant) {
    return token(tenant, "dispatcher");
  }

  public static String kiosksPath(String tenant) {
    return "/api/" + tenant + "/kiosk-registry/kiosks";
  }

  public static String kioskPath(String tenant, String id) {
    return kiosksPath(tenant) + "/" + id;
  }

  /** A valid body for POST …/kiosks: a kiosk with umbrellas, a first-aid kit and charging. */
  public static Map<String, Object> newKiosk(String code, double[] position) {
    Map<String, Object> amenities = new LinkedHashMap<>();
    amenities.put("umbrella", 5);
    amenities.put("first-aid-kit", 1);
    amenities.put("phone-charging", null);
    return Json.map(
        "code",
        code,
        "type",
        "kiosk",
        "names",
        Json.map("zh-CN", "测试警务亭 " + code, "en", "Test kiosk " + code),
        "address",
        Json.map("en", "Somewhere in the old town"),
        "position",
        Json.map("lat", position[0], "lon", position[1]),
        "openingHours",
        DAY_HOURS,
        "phone",
        "0872-0000000",
        "amenities",
        amenities);
  }

  /** Lijiang's amenity kinds differ (no sewing kits); its kiosks carry oxygen. */
  public static Map<String, Object> newLijiangKiosk(String code) {
    Map<String, Object> body = newKiosk(code, LIJIANG_CENTRAL);
    Map<String, Object> amenities = new LinkedHashMap<>();
    amenities.put("oxygen", 5);
    amenities.put("umbrella", 5);
    amenities.put("phone-charging", null);
    body.put("amenities", amenities);
    return body;
  }

  public static Response post(String token, String path, Object body) {
    return Api.as(token).contentType("application/json").body(Json.write(body)).post(path);
  }

  public static Response put(String token, String path, Object body) {
    return Api.as(token).contentType("application/json").body(Json.write(body)).put(path);
  }

  /** Registers a kiosk as a station leader; returns its id. */
  public static String createKiosk(String tenant, Map<String, Object> body) {
    Response r = post(leader(tenant), kiosksPath(tenant), body);
    assertThat(r.statusCode()).as("create kiosk: %s", r.asString()).isEqualTo(201);
    return r.jsonPath().getString("id");
  }

  public static String createKiosk(String tenant, String prefix) {
    Map<String, Object> body =
        LIJIANG.equals(tenant) ? newLijiangKiosk(code(prefix)) : newKiosk(code(prefix), DALI_SOUTH);
    return createKiosk(tenant, body);
  }

  /** The id of a kiosk of {@code tenant} by code, read from the database. */
  public static String kioskId(String tenant, String code) {
    String id =
        Database.string("select id from kr_kiosk where tenant_id = ? and code = ?", tenant, code);
    assertThat(id).as("kiosk %s of %s", code, tenant).isNotNull();
    return id;
  }

  public static Response getKiosk(String tenant, String id) {
    return Api.as(leader(tenant)).get(kioskPath(tenant, id));
  }

  public static long version(String tenant, String id) {
    Response r = getKiosk(tenant, id);
    assertThat(r.statusCode()).isEqualTo(200);
    return r.jsonPath().getLong("version");
  }

  public static String walkInsPath(String tenant, String kioskId) {
    return kioskPath(tenant, kioskId) + "/walk-ins";
  }

  public static Map<String, Object> walkIn(String kind, String outcome, String occurredAt) {
    return Json.map(
        "kind",
        kind,
        "outcome",
        outcome,
        "description",
        "logged by a test",
        "occurredAt",
        occurredAt);
  }
}
