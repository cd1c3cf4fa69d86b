package org.tourismpolicing.core.geo;

import java.util.Objects;
import org.tourismpolicing.core.validation.InvalidValueException;

/**
 * A position on the earth in WGS-84 degrees, the only system positions are stored and compared in.
 *
 * <p>Positions taken from Chinese map services arrive in GCJ-02; {@link #of(double, double,
 * CoordinateSystem)} converts them on the way in and {@link #toGcj02()} on the way out, so that
 * distances, geofences and reports are never computed on a mix of both systems.
 *
 * <p>Latitude must lie in [-90, 90] and longitude in [-180, 180]; NaN and infinities are refused.
 */
public record GeoPoint(double latitude, double longitude) {

  /** Mean earth radius (IUGG, R1), the usual choice for the spherical haversine formula. */
  static final double MEAN_EARTH_RADIUS_METRES = 6_371_008.8;

  public GeoPoint {
    checkRange(latitude, longitude);
    // Record equality compares doubles bit by bit, so -0.0 and 0.0 would be different points.
    latitude += 0.0;
    longitude += 0.0;
  }

  /** A point given in WGS-84, as GPS delivers it. */
  public static GeoPoint wgs84(double latitude, double longitude) {
    return new GeoPoint(latitude, longitude);
  }

  /**
   * A point given in {@code crs}, converted to WGS-84.
   *
   * @throws InvalidValueException {@code geo.latitude.range} or {@code geo.longitude.range} when
   *     the input is out of range
   */
  public static GeoPoint of(double latitude, double longitude, CoordinateSystem crs) {
    Objects.requireNonNull(crs, "crs");
    // Check the input as given, so the error names the number the client sent.
    checkRange(latitude, longitude);
    if (crs == CoordinateSystem.GCJ02) {
      double[] wgs = ChinaCoordinates.gcj02ToWgs84(latitude, longitude);
      return new GeoPoint(wgs[0], wgs[1]);
    }
    return new GeoPoint(latitude, longitude);
  }

  /**
   * Great-circle distance in metres by the haversine formula on a sphere of the mean earth radius.
   * Within about 0.5% of the ellipsoidal distance, which is plenty for "how far from the gate".
   */
  public double distanceMetresTo(GeoPoint other) {
    Objects.requireNonNull(other, "other");
    double phi1 = Math.toRadians(latitude);
    double phi2 = Math.toRadians(other.latitude);
    double deltaPhi = phi2 - phi1;
    double deltaLambda = Math.toRadians(other.longitude - longitude);
    double sinHalfDeltaPhi = Math.sin(deltaPhi / 2);
    double sinHalfDeltaLambda = Math.sin(deltaLambda / 2);
    double h =
        sinHalfDeltaPhi * sinHalfDeltaPhi
            + Math.cos(phi1) * Math.cos(phi2) * sinHalfDeltaLambda * sinHalfDeltaLambda;
    // Rounding can push h a hair above 1 for antipodal points, and asin would then give NaN.
    return 2 * MEAN_EARTH_RADIUS_METRES * Math.asin(Math.sqrt(Math.min(1.0, h)));
  }

  /**
   * This point in GCJ-02 as {@code {latitude, longitude}}, for placing it on a Chinese map (AMap,
   * Tencent, WeChat). Outside mainland China the numbers are unchanged.
   */
  public double[] toGcj02() {
    return ChinaCoordinates.wgs84ToGcj02(latitude, longitude);
  }

  private static void checkRange(double latitude, double longitude) {
    // Written so that NaN, which fails every comparison, is refused as well.
    if (!(latitude >= -90.0 && latitude <= 90.0)) {
      throw new InvalidValueException(
          "geo.latitude.range",
          "latitude " + latitude + " is not between -90 and 90 degrees",
          latitude);
    }
    if (!(longitude >= -180.0 && longitude <= 180.0)) {
      throw new InvalidValueException(
          "geo.longitude.range",
          "longitude " + longitude + " is not between -180 and 180 degrees",
          longitude);
    }
  }
}
