package org.tourismpolicing.kioskregistry.application;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.locationtech.jts.geom.Coordinate;
import org.tourismpolicing.core.geo.CoordinateSystem;
import org.tourismpolicing.core.geography.TenantGeography;
import org.tourismpolicing.core.geography.Zone;
import org.tourismpolicing.core.i18n.LocalizedText;
import org.tourismpolicing.core.tenant.Tenant;
import org.tourismpolicing.core.tenant.TenantId;

/**
 * Tenants as core binds them, built directly: two square zones side by side (west: 100.00–100.01°
 * E, east: 100.01–100.02° E, both 25.00–25.01° N) and three officers.
 */
final class TestTenants {

  static final Zone WEST = square("west", 100.00, 25.00, 0.01);
  static final Zone EAST = square("east", 100.01, 25.00, 0.01);

  private TestTenants() {}

  static Zone square(String code, double lon, double lat, double side) {
    Coordinate[] ring = {
      new Coordinate(lon, lat),
      new Coordinate(lon + side, lat),
      new Coordinate(lon + side, lat + side),
      new Coordinate(lon, lat + side),
      new Coordinate(lon, lat)
    };
    return new Zone(
        code,
        "fast-response",
        LocalizedText.of("en", code),
        Zone.geometryFactory().createPolygon(ring));
  }

  static Tenant tenant(CoordinateSystem documentCoordinates, Zone... zones) {
    return new Tenant(
        TenantId.of("test-town"),
        LocalizedText.of("en", "Test Town Police Station"),
        ZoneId.of("Asia/Shanghai"),
        List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH),
        Currency.getInstance("CNY"),
        documentCoordinates,
        Set.of(LocalDate.of(2026, 10, 1)),
        new TenantGeography(List.of(zones)),
        List.of(),
        List.of(
            new Tenant.Officer("1001", "李明", "kiosk-1"),
            new Tenant.Officer("1002", "王芳", "kiosk-1"),
            new Tenant.Officer("1003", "张伟", "kiosk-2")),
        "rev",
        Map.of());
  }

  static Tenant westAndEast() {
    return tenant(CoordinateSystem.WGS84, WEST, EAST);
  }
}
