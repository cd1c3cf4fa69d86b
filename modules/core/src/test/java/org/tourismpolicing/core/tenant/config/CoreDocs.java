package org.tourismpolicing.core.tenant.config;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Core documents for tests: a small valid tenant with two square zones side by side (west and east,
 * sharing the meridian 100.01° E), a department and two officers. Each call returns a fresh copy
 * that a test may change.
 */
final class CoreDocs {

  static final JsonMapper JSON = JsonMapper.builder().build();

  static final String CORE_SCHEMA = "META-INF/tenant-config/tenant.schema.json";

  private static final String VALID =
      """
      {
        "id": "test-town",
        "names": {"zh-CN": "测试古镇派出所", "en": "Test Town Police Station"},
        "timeZone": "Asia/Shanghai",
        "languages": ["zh-CN", "en"],
        "currency": "CNY",
        "coordinateSystem": "WGS84",
        "publicHolidays": ["2026-10-01", "2026-10-02"],
        "zones": [
          {
            "code": "west",
            "kind": "fast-response",
            "names": {"en": "West"},
            "polygon": {
              "type": "Polygon",
              "coordinates": [[[100.00, 25.00], [100.01, 25.00], [100.01, 25.01],
                               [100.00, 25.01], [100.00, 25.00]]]
            }
          },
          {
            "code": "east",
            "kind": "fast-response",
            "names": {"en": "East"},
            "polygon": {
              "type": "Polygon",
              "coordinates": [[[100.01, 25.00], [100.02, 25.00], [100.02, 25.01],
                               [100.01, 25.01], [100.01, 25.00]]]
            }
          }
        ],
        "departments": [
          {"code": "fire", "kind": "fire", "names": {"en": "Fire brigade"}},
          {"code": "market", "kind": "market-regulation", "names": {"en": "Market regulation"}}
        ],
        "officers": [
          {"badge": "1001", "name": "李明", "team": "kiosk-1"},
          {"badge": "1002", "name": "王芳"}
        ]
      }
      """;

  private CoreDocs() {}

  static ObjectNode valid() {
    return (ObjectNode) JSON.readTree(VALID);
  }

  static ObjectNode zone(ObjectNode doc, int index) {
    return (ObjectNode) doc.get("zones").get(index);
  }

  /** A polygon with one ring, from {@code longitude, latitude} pairs. */
  static ObjectNode polygon(double... lonLat) {
    ObjectNode polygon = JSON.createObjectNode().put("type", "Polygon");
    ArrayNode ring = polygon.putArray("coordinates").addArray();
    for (int i = 0; i < lonLat.length; i += 2) {
      ring.addArray().add(lonLat[i]).add(lonLat[i + 1]);
    }
    return polygon;
  }

  /** A square ring, closed, with its south-west corner at {@code lon, lat}. */
  static ObjectNode square(double lon, double lat, double side) {
    return polygon(lon, lat, lon + side, lat, lon + side, lat + side, lon, lat + side, lon, lat);
  }

  static ObjectNode zoneDoc(String code, ObjectNode polygon) {
    ObjectNode zone = JSON.createObjectNode().put("code", code).put("kind", "scenic-spot");
    zone.putObject("names").put("en", code);
    zone.set("polygon", polygon);
    return zone;
  }

  static JsonNode parse(String json) {
    return JSON.readTree(json);
  }
}
