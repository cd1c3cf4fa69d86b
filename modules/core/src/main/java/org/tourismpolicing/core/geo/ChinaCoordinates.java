package org.tourismpolicing.core.geo;

/**
 * Conversion between WGS-84 and GCJ-02, the offset system that maps published in mainland China
 * must use.
 *
 * <p>GCJ-02 shifts a WGS-84 position by a smooth, non-linear amount of typically 100 to 700 metres.
 * The forward transform below is the widely published one (computed on the Krasovsky 1940
 * ellipsoid); the official one is not published, and this reconstruction is what common libraries
 * use. There is no closed-form inverse, so {@link #gcj02ToWgs84} inverts it numerically.
 *
 * <p>Outside a rough box around mainland China (see {@link #isOutsideMainlandChina}) map services
 * apply no offset, and neither does this class. The box is rough: it also covers Korea, western
 * Japan, Mongolia and much of South and South-East Asia (Delhi and Singapore included), as well as
 * Hong Kong, Macao and Taiwan, where map services do not all apply the offset. It is the box every
 * published implementation uses, so results agree with theirs; do not rely on it near borders.
 *
 * <p>Arrays are {@code {latitude, longitude}} in degrees.
 */
public final class ChinaCoordinates {

  /** Semi-major axis of the Krasovsky 1940 ellipsoid, on which the offset is defined. */
  private static final double A = 6378245.0;

  /** First eccentricity squared of the Krasovsky 1940 ellipsoid. */
  private static final double EE = 0.00669342162296594323;

  /** Far below a millimetre; the forward transform is smooth enough to get there in a few steps. */
  private static final double INVERSION_TOLERANCE_DEGREES = 1e-9;

  /** Guard against a point where the fixed-point iteration would not settle (none is known). */
  private static final int MAX_INVERSION_STEPS = 30;

  private ChinaCoordinates() {}

  /**
   * True when the point lies outside the box in which Chinese map services apply the offset, or is
   * not a finite number (so that nonsense is passed through unchanged rather than turned into NaN
   * arithmetic).
   */
  public static boolean isOutsideMainlandChina(double latitude, double longitude) {
    return !(longitude >= 72.004
        && longitude <= 137.8347
        && latitude >= 0.8293
        && latitude <= 55.8271);
  }

  /** WGS-84 to GCJ-02; points outside mainland China come back unchanged. */
  public static double[] wgs84ToGcj02(double latitude, double longitude) {
    if (isOutsideMainlandChina(latitude, longitude)) {
      return new double[] {latitude, longitude};
    }
    double[] offset = offset(latitude, longitude);
    return new double[] {latitude + offset[0], longitude + offset[1]};
  }

  /**
   * GCJ-02 to WGS-84, by fixed-point iteration on the forward transform: guess a WGS-84 point, see
   * where it lands in GCJ-02 and move the guess by the miss, until the miss is below 1e-9 degrees.
   * Points outside mainland China come back unchanged.
   */
  public static double[] gcj02ToWgs84(double latitude, double longitude) {
    if (isOutsideMainlandChina(latitude, longitude)) {
      return new double[] {latitude, longitude};
    }
    double wgsLatitude = latitude;
    double wgsLongitude = longitude;
    for (int step = 0; step < MAX_INVERSION_STEPS; step++) {
      double[] gcj = wgs84ToGcj02(wgsLatitude, wgsLongitude);
      double missLatitude = gcj[0] - latitude;
      double missLongitude = gcj[1] - longitude;
      wgsLatitude -= missLatitude;
      wgsLongitude -= missLongitude;
      if (Math.abs(missLatitude) < INVERSION_TOLERANCE_DEGREES
          && Math.abs(missLongitude) < INVERSION_TOLERANCE_DEGREES) {
        break;
      }
    }
    return new double[] {wgsLatitude, wgsLongitude};
  }

  /** The GCJ-02 shift in degrees {@code {dLatitude, dLongitude}} at a WGS-84 point. */
  private static double[] offset(double latitude, double longitude) {
    // The published polynomials are expressed relative to 35 N, 105 E.
    double x = longitude - 105.0;
    double y = latitude - 35.0;
    double shiftNorth = shiftNorth(x, y);
    double shiftEast = shiftEast(x, y);

    // Turn the shifts (metres on the ellipsoid) into degrees at this latitude.
    double radLatitude = Math.toRadians(latitude);
    double sinLatitude = Math.sin(radLatitude);
    double magic = 1 - EE * sinLatitude * sinLatitude;
    double sqrtMagic = Math.sqrt(magic);
    double meridianRadius = (A * (1 - EE)) / (magic * sqrtMagic);
    double parallelRadius = A / sqrtMagic * Math.cos(radLatitude);
    double dLatitude = (shiftNorth * 180.0) / (meridianRadius * Math.PI);
    double dLongitude = (shiftEast * 180.0) / (parallelRadius * Math.PI);
    return new double[] {dLatitude, dLongitude};
  }

  private static double shiftNorth(double x, double y) {
    double shift = -100.0 + 2.0 * x + 3.0 * y + 0.2 * y * y + 0.1 * x * y;
    shift += 0.2 * Math.sqrt(Math.abs(x));
    shift += (20.0 * Math.sin(6.0 * x * Math.PI) + 20.0 * Math.sin(2.0 * x * Math.PI)) * 2.0 / 3.0;
    shift += (20.0 * Math.sin(y * Math.PI) + 40.0 * Math.sin(y / 3.0 * Math.PI)) * 2.0 / 3.0;
    shift +=
        (160.0 * Math.sin(y / 12.0 * Math.PI) + 320.0 * Math.sin(y * Math.PI / 30.0)) * 2.0 / 3.0;
    return shift;
  }

  private static double shiftEast(double x, double y) {
    double shift = 300.0 + x + 2.0 * y + 0.1 * x * x + 0.1 * x * y;
    shift += 0.1 * Math.sqrt(Math.abs(x));
    shift += (20.0 * Math.sin(6.0 * x * Math.PI) + 20.0 * Math.sin(2.0 * x * Math.PI)) * 2.0 / 3.0;
    shift += (20.0 * Math.sin(x * Math.PI) + 40.0 * Math.sin(x / 3.0 * Math.PI)) * 2.0 / 3.0;
    shift +=
        (150.0 * Math.sin(x / 12.0 * Math.PI) + 300.0 * Math.sin(x / 30.0 * Math.PI)) * 2.0 / 3.0;
    return shift;
  }
}
