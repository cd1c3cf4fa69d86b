package org.tourismpolicing.core.geography;

import java.util.Objects;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.tourismpolicing.core.geo.GeoPoint;
import org.tourismpolicing.core.i18n.LocalizedText;

/**
 * A piece of the tenant's geography, such as one of Dali old town's two fast-response zones
 * (快警处置区). Kiosks and patrol units belong to zones, and incidents are placed in the zone their
 * position falls in. The polygon is WGS-84 (JTS x = longitude, y = latitude).
 */
public final class Zone {

  private static final GeometryFactory GEOMETRY_FACTORY = new GeometryFactory();

  private final String code;
  private final String kind;
  private final LocalizedText names;
  private final Polygon polygon;
  private final PreparedGeometry prepared;

  public Zone(String code, String kind, LocalizedText names, Polygon polygon) {
    this.code = Objects.requireNonNull(code);
    this.kind = Objects.requireNonNull(kind);
    this.names = Objects.requireNonNull(names);
    this.polygon = Objects.requireNonNull(polygon);
    this.prepared = PreparedGeometryFactory.prepare(polygon);
  }

  public String code() {
    return code;
  }

  /** What the zone is for, for example {@code fast-response} or {@code scenic-spot}. */
  public String kind() {
    return kind;
  }

  public LocalizedText names() {
    return names;
  }

  public Polygon polygon() {
    return polygon;
  }

  public boolean contains(GeoPoint point) {
    return prepared.covers(
        polygon.getFactory().createPoint(new Coordinate(point.longitude(), point.latitude())));
  }

  /** Zones that share a border or overlap count as neighbours (a fallback area for dispatch). */
  public boolean touches(Zone other) {
    return prepared.intersects(other.polygon);
  }

  /** The centre of the zone, for maps and for distance estimates. */
  public GeoPoint centroid() {
    var c = polygon.getCentroid();
    return GeoPoint.wgs84(c.getY(), c.getX());
  }

  /** The factory zone polygons are built with (WGS-84 degrees, floating precision). */
  public static GeometryFactory geometryFactory() {
    return GEOMETRY_FACTORY;
  }
}
