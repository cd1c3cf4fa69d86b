package org.tourismpolicing.core.tenant.config;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashSet;
import java.util.IllformedLocaleException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.operation.valid.IsValidOp;
import org.tourismpolicing.core.geo.CoordinateSystem;
import org.tourismpolicing.core.geo.GeoPoint;
import org.tourismpolicing.core.geography.TenantGeography;
import org.tourismpolicing.core.geography.Zone;
import org.tourismpolicing.core.i18n.LocalizedText;
import org.tourismpolicing.core.tenant.Tenant;
import org.tourismpolicing.core.tenant.TenantId;
import org.tourismpolicing.core.validation.InvalidValueException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Binds the core document to a {@link Tenant} (without module settings), checking what the schema
 * cannot: time zone, language tags, currency, polygon geometry, unique codes.
 */
final class CoreTenantBinder {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private CoreTenantBinder() {}

  static Tenant bind(JsonNode node, String expectedId, String revision, ConfigProblems problems) {
    CoreDocument doc = JSON.treeToValue(node, CoreDocument.class);
    TenantId id = null;
    if (!TenantId.isValid(doc.id())) {
      problems.add("/id", "'" + doc.id() + "' is not a valid tenant id");
    } else if (expectedId != null && !expectedId.equals(doc.id())) {
      problems.add(
          "/id", "is '" + doc.id() + "' but the tenant is addressed as '" + expectedId + "'");
    } else {
      id = TenantId.of(doc.id());
    }
    ZoneId zone = null;
    try {
      zone = ZoneId.of(doc.timeZone());
    } catch (DateTimeException e) {
      problems.add(
          "/timeZone", "'" + doc.timeZone() + "' is not a time zone id such as Asia/Shanghai");
    }
    List<Locale> languages = new ArrayList<>();
    for (int i = 0; i < doc.languages().size(); i++) {
      try {
        languages.add(new Locale.Builder().setLanguageTag(doc.languages().get(i)).build());
      } catch (IllformedLocaleException e) {
        problems.add(
            "/languages/" + i, "'" + doc.languages().get(i) + "' is not a BCP 47 language tag");
      }
    }
    Currency currency = null;
    try {
      currency = Currency.getInstance(doc.currency() == null ? "CNY" : doc.currency());
      if (currency.getDefaultFractionDigits() < 0) {
        problems.add("/currency", "'" + doc.currency() + "' has no minor unit; amounts need one");
        currency = null;
      }
    } catch (IllegalArgumentException e) {
      problems.add("/currency", "'" + doc.currency() + "' is not an ISO 4217 currency code");
    }
    CoordinateSystem crs = CoordinateSystem.WGS84;
    try {
      crs = CoordinateSystem.parse(doc.coordinateSystem());
    } catch (InvalidValueException e) {
      problems.add("/coordinateSystem", e.getMessage());
    }
    List<Zone> zones = bindZones(doc, crs, problems);
    List<Tenant.Department> departments = new ArrayList<>();
    Set<String> departmentCodes = new HashSet<>();
    List<CoreDocument.DepartmentDocument> departmentDocs = orEmpty(doc.departments());
    for (int i = 0; i < departmentDocs.size(); i++) {
      var d = departmentDocs.get(i);
      if (!departmentCodes.add(d.code())) {
        problems.add("/departments/" + i + "/code", "'" + d.code() + "' is used twice");
      }
      departments.add(new Tenant.Department(d.code(), d.kind(), new LocalizedText(d.names())));
    }
    List<Tenant.Officer> officers = new ArrayList<>();
    Set<String> badges = new HashSet<>();
    List<CoreDocument.OfficerDocument> officerDocs = orEmpty(doc.officers());
    for (int i = 0; i < officerDocs.size(); i++) {
      var o = officerDocs.get(i);
      if (!badges.add(o.badge())) {
        problems.add("/officers/" + i + "/badge", "badge number '" + o.badge() + "' is used twice");
      }
      officers.add(new Tenant.Officer(o.badge(), o.name(), o.team()));
    }
    Tenant.TileSource tiles = tiles(doc, problems);
    if (!problems.isEmpty()) {
      return null;
    }
    return new Tenant(
        id,
        new LocalizedText(doc.names()),
        zone,
        languages,
        currency,
        crs,
        Set.copyOf(orEmpty(doc.publicHolidays())),
        new TenantGeography(zones),
        departments,
        officers,
        revision,
        Map.of(),
        tiles);
  }

  /** The tile source of {@code map.tiles}, or null when the document names none. */
  private static Tenant.TileSource tiles(CoreDocument doc, ConfigProblems problems) {
    var t = doc.map() == null ? null : doc.map().tiles();
    if (t == null) {
      return null;
    }
    CoordinateSystem crs = CoordinateSystem.WGS84;
    try {
      crs = CoordinateSystem.parse(t.coordinateSystem());
    } catch (InvalidValueException e) {
      problems.add("/map/tiles/coordinateSystem", e.getMessage());
    }
    return new Tenant.TileSource(
        t.url(), t.subdomains(), t.attribution(), crs, t.maxZoom() == null ? 18 : t.maxZoom());
  }

  /** The coordinate system positions in this tenant's documents are written in. */
  static CoordinateSystem coordinateSystem(JsonNode coreDocument) {
    JsonNode crs = coreDocument == null ? null : coreDocument.get("coordinateSystem");
    try {
      return CoordinateSystem.parse(crs == null || crs.isNull() ? null : crs.asString());
    } catch (InvalidValueException e) {
      return CoordinateSystem.WGS84;
    }
  }

  private static List<Zone> bindZones(
      CoreDocument doc, CoordinateSystem crs, ConfigProblems problems) {
    List<Zone> zones = new ArrayList<>();
    Set<String> codes = new HashSet<>();
    List<CoreDocument.ZoneDocument> zoneDocs = orEmpty(doc.zones());
    for (int i = 0; i < zoneDocs.size(); i++) {
      var z = zoneDocs.get(i);
      String at = "/zones/" + i;
      if (!codes.add(z.code())) {
        problems.add(at + "/code", "'" + z.code() + "' is used twice");
      }
      Polygon polygon = polygon(z.polygon(), crs, at + "/polygon", problems);
      if (polygon != null) {
        zones.add(new Zone(z.code(), z.kind(), new LocalizedText(z.names()), polygon));
      }
    }
    for (int i = 0; i < zones.size(); i++) {
      for (int j = i + 1; j < zones.size(); j++) {
        var a = zones.get(i).polygon();
        var b = zones.get(j).polygon();
        // sharing a border is expected; overlapping area would make "the zone of a point" ambiguous
        if (a.intersects(b) && a.intersection(b).getArea() > 1e-9) {
          problems.add(
              "/zones",
              "zones '" + zones.get(i).code() + "' and '" + zones.get(j).code() + "' overlap");
        }
      }
    }
    return zones;
  }

  private static Polygon polygon(
      CoreDocument.Polygon p, CoordinateSystem crs, String at, ConfigProblems problems) {
    if (p == null || p.coordinates() == null || p.coordinates().isEmpty()) {
      problems.add(at, "a polygon needs at least one ring");
      return null;
    }
    LinearRing[] rings = new LinearRing[p.coordinates().size()];
    for (int r = 0; r < rings.length; r++) {
      List<List<Double>> ring = p.coordinates().get(r);
      String ringAt = at + "/coordinates/" + r;
      if (ring.size() < 4) {
        problems.add(ringAt, "a ring needs at least 4 positions (the last repeating the first)");
        return null;
      }
      if (!ring.get(0).equals(ring.get(ring.size() - 1))) {
        problems.add(ringAt, "the ring is not closed: its last position must repeat the first");
        return null;
      }
      Coordinate[] coordinates = new Coordinate[ring.size()];
      for (int k = 0; k < ring.size(); k++) {
        List<Double> position = ring.get(k);
        try {
          // GeoJSON order is [longitude, latitude]
          GeoPoint point = GeoPoint.of(position.get(1), position.get(0), crs);
          coordinates[k] = new Coordinate(point.longitude(), point.latitude());
        } catch (InvalidValueException e) {
          problems.add(
              ringAt + "/" + k, e.getMessage() + " (GeoJSON positions are [longitude, latitude])");
          return null;
        }
      }
      // conversion of the first and last position yields the same numbers, so the ring stays closed
      rings[r] = Zone.geometryFactory().createLinearRing(coordinates);
    }
    LinearRing[] holes = new LinearRing[rings.length - 1];
    System.arraycopy(rings, 1, holes, 0, holes.length);
    Polygon polygon = Zone.geometryFactory().createPolygon(rings[0], holes);
    IsValidOp validity = new IsValidOp(polygon);
    if (!validity.isValid()) {
      problems.add(at, "the polygon is not valid: " + validity.getValidationError().getMessage());
      return null;
    }
    return polygon;
  }

  private static <T> List<T> orEmpty(List<T> list) {
    return list == null ? List.of() : list;
  }
}
