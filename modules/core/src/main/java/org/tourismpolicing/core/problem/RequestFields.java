package org.tourismpolicing.core.problem;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.tourismpolicing.core.geo.CoordinateSystem;
import org.tourismpolicing.core.geo.GeoPoint;
import org.tourismpolicing.core.validation.InvalidValueException;

/**
 * Converts raw request fields into value objects at the REST edge, collecting every broken rule
 * with the name of its field, so one answer lists all that is wrong.
 *
 * <pre>{@code
 * var fields = new RequestFields();
 * GeoPoint at = fields.convert("position", () -> GeoPoint.of(lat, lon, crs));
 * fields.throwIfInvalid();
 * }</pre>
 */
public final class RequestFields {

  private final List<FieldError> errors = new ArrayList<>();

  /** The converted value, or null after recording the field's error. */
  public <T> T convert(String field, Supplier<T> conversion) {
    try {
      return conversion.get();
    } catch (InvalidValueException e) {
      errors.add(new FieldError(field, e.code(), e.args()));
      return null;
    }
  }

  /**
   * A position from latitude, longitude and coordinate-system fields (GCJ-02 input is converted to
   * WGS-84); each broken rule is recorded against the field it concerns. Null if any is wrong.
   */
  public GeoPoint position(
      String latField, String lonField, String crsField, Double lat, Double lon, String crs) {
    require(lat != null, latField, "validation.required");
    require(lon != null, lonField, "validation.required");
    CoordinateSystem system = convert(crsField, () -> CoordinateSystem.parse(crs));
    if (lat == null || lon == null || system == null) {
      return null;
    }
    // report both coordinates when both are out of range, not only the first
    boolean latOk = convert(latField, () -> GeoPoint.wgs84(lat, 0)) != null;
    boolean lonOk = convert(lonField, () -> GeoPoint.wgs84(0, lon)) != null;
    if (!latOk || !lonOk) {
      return null;
    }
    try {
      return GeoPoint.of(lat, lon, system);
    } catch (InvalidValueException e) {
      errors.add(
          new FieldError(e.code().contains("longitude") ? lonField : latField, e.code(), e.args()));
      return null;
    }
  }

  public RequestFields reject(String field, String code, Object... args) {
    errors.add(FieldError.of(field, code, args));
    return this;
  }

  /** Records an error unless {@code condition} holds. */
  public RequestFields require(boolean condition, String field, String code, Object... args) {
    if (!condition) {
      reject(field, code, args);
    }
    return this;
  }

  public boolean isValid() {
    return errors.isEmpty();
  }

  public void throwIfInvalid() {
    if (!errors.isEmpty()) {
      throw ProblemException.invalid(errors);
    }
  }
}
