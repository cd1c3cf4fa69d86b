package org.tourismpolicing.core.problem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.tourismpolicing.core.geo.CoordinateSystem;
import org.tourismpolicing.core.geo.GeoPoint;
import org.tourismpolicing.core.tenant.TenantId;

class RequestFieldsTest {

  private static ProblemException thrownBy(RequestFields fields) {
    assertThat(fields.isValid()).isFalse();
    try {
      fields.throwIfInvalid();
    } catch (ProblemException e) {
      assertThat(e.type()).isEqualTo(ProblemType.VALIDATION);
      assertThat(e.code()).isEqualTo("validation.detail");
      return e;
    }
    throw new AssertionError("throwIfInvalid did not throw");
  }

  @Test
  void convertsValidFields() {
    RequestFields fields = new RequestFields();

    TenantId id = fields.convert("tenant", () -> TenantId.of("dali-gucheng"));

    assertThat(id).isEqualTo(TenantId.of("dali-gucheng"));
    assertThat(fields.isValid()).isTrue();
    fields.throwIfInvalid();
  }

  @Test
  void collectsEveryBrokenFieldInOneProblem() {
    RequestFields fields = new RequestFields();

    TenantId id = fields.convert("tenant", () -> TenantId.of("Dali"));
    CoordinateSystem crs = fields.convert("crs", () -> CoordinateSystem.parse("BD09"));
    fields.require(false, "reason", "validation.required");
    fields.require(true, "name", "validation.required");
    fields.reject("limit", "validation.min", 1);

    assertThat(id).isNull();
    assertThat(crs).isNull();
    assertThat(thrownBy(fields).fieldErrors())
        .containsExactly(
            FieldError.of("tenant", "tenant-id.syntax", "Dali"),
            FieldError.of("crs", "geo.crs.unknown", "BD09"),
            FieldError.of("reason", "validation.required"),
            FieldError.of("limit", "validation.min", 1));
  }

  @Test
  void otherExceptionsAreNotInputErrors() {
    RequestFields fields = new RequestFields();

    assertThatThrownBy(
            () ->
                fields.convert(
                    "x",
                    () -> {
                      throw new IllegalStateException("bug");
                    }))
        .isInstanceOf(IllegalStateException.class);
    assertThat(fields.isValid()).isTrue();
  }

  @Test
  void positionInWgs84() {
    RequestFields fields = new RequestFields();

    GeoPoint p = fields.position("lat", "lon", "crs", 25.688, 100.1626, null);

    assertThat(p).isEqualTo(GeoPoint.wgs84(25.688, 100.1626));
    assertThat(fields.isValid()).isTrue();
  }

  @Test
  void positionInGcj02IsConvertedToWgs84() {
    RequestFields fields = new RequestFields();

    GeoPoint p = fields.position("lat", "lon", "crs", 25.688, 100.1626, "GCJ-02");

    assertThat(p).isEqualTo(GeoPoint.of(25.688, 100.1626, CoordinateSystem.GCJ02));
    assertThat(p).isNotEqualTo(GeoPoint.wgs84(25.688, 100.1626));
    assertThat(fields.isValid()).isTrue();
  }

  @Test
  void latitudeOutOfRangeIsNamedAsTheLatitudeField() {
    RequestFields fields = new RequestFields();

    assertThat(fields.position("position.lat", "position.lon", "crs", 95.0, 100.0, null)).isNull();

    assertThat(thrownBy(fields).fieldErrors())
        .containsExactly(FieldError.of("position.lat", "geo.latitude.range", 95.0));
  }

  @Test
  void longitudeOutOfRangeIsNamedAsTheLongitudeField() {
    RequestFields fields = new RequestFields();

    assertThat(fields.position("position.lat", "position.lon", "crs", 25.0, 200.0, "GCJ02"))
        .isNull();

    assertThat(thrownBy(fields).fieldErrors())
        .containsExactly(FieldError.of("position.lon", "geo.longitude.range", 200.0));
  }

  /** One answer lists all that is wrong (see the class's documentation). */
  @Test
  void bothCoordinatesOutOfRangeAreBothReported() {
    RequestFields fields = new RequestFields();

    fields.position("lat", "lon", "crs", 95.0, 200.0, null);

    assertThat(thrownBy(fields).fieldErrors())
        .extracting(FieldError::field)
        .containsExactlyInAnyOrder("lat", "lon");
  }

  @Test
  void missingCoordinatesAndAnUnknownSystemAreAllReported() {
    RequestFields fields = new RequestFields();

    assertThat(fields.position("lat", "lon", "crs", null, null, "BD09")).isNull();

    assertThat(thrownBy(fields).fieldErrors())
        .containsExactly(
            FieldError.of("lat", "validation.required"),
            FieldError.of("lon", "validation.required"),
            FieldError.of("crs", "geo.crs.unknown", "BD09"));
  }
}
