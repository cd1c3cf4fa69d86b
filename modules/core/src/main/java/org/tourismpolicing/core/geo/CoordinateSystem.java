package org.tourismpolicing.core.geo;

import java.util.Locale;
import org.tourismpolicing.core.validation.InvalidValueException;

/**
 * The coordinate system a latitude/longitude pair was given in.
 *
 * <p>GPS receivers and international services use {@link #WGS84}. Maps published in mainland China
 * (AMap/Gaode, Tencent, the WeChat location picker) must by law show positions in {@link #GCJ02}, a
 * deliberately offset system; a point taken from such a map and stored as WGS-84 would be a few
 * hundred metres off. Every stored position is WGS-84, so input says which one it came in.
 */
public enum CoordinateSystem {
  /** World Geodetic System 1984, as used by GPS; the system every stored position is in. */
  WGS84,
  /** The offset "Mars coordinates" of the former State Bureau of Surveying and Mapping (国测局). */
  GCJ02;

  /**
   * Reads a coordinate system name as clients send it: {@code WGS84}, {@code WGS-84}, {@code GCJ02}
   * or {@code GCJ-02}, in any case. A missing or blank name means {@link #WGS84}, because that is
   * what a client that does not know about GCJ-02 sends.
   *
   * @throws InvalidValueException {@code geo.crs.unknown} for any other name
   */
  public static CoordinateSystem parse(String text) {
    if (text == null || text.isBlank()) {
      return WGS84;
    }
    switch (text.trim().toUpperCase(Locale.ROOT)) {
      case "WGS84":
      case "WGS-84":
        return WGS84;
      case "GCJ02":
      case "GCJ-02":
        return GCJ02;
      default:
        throw new InvalidValueException(
            "geo.crs.unknown",
            "unknown coordinate system '" + text + "'; expected WGS84 or GCJ02",
            text);
    }
  }
}
