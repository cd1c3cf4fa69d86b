package org.tourismpolicing.kioskregistry.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.tourismpolicing.core.conditional.Versioned;

/** Request and answer bodies of the kiosk registry. */
public final class KioskDtos {

  private KioskDtos() {}

  /** Codes: lower-case words joined by hyphens, as in the tenant's documents. */
  static final String CODE = "^[a-z0-9]+(-[a-z0-9]+)*$";

  @Schema(description = "A position. WGS-84 unless crs says GCJ02 (as read off Chinese map apps).")
  public record PositionInput(
      @NotNull @Schema(example = "25.6886") Double lat,
      @NotNull @Schema(example = "100.1616") Double lon,
      @Schema(
              enumeration = {"WGS84", "GCJ02"},
              defaultValue = "WGS84")
          String crs) {}

  @Schema(description = "A position in WGS-84 and, for Chinese map apps, in GCJ-02")
  public record PositionView(
      @Schema(example = "25.6886") double lat,
      @Schema(example = "100.1616") double lon,
      @Schema(description = "The same place in GCJ-02") Map<String, Double> gcj02) {}

  /** The descriptive fields a new kiosk and a kiosk update share. */
  interface KioskFields {
    String type();

    Map<String, String> names();

    Map<String, String> address();

    PositionInput position();

    String zone();

    String openingHours();

    String phone();
  }

  @Schema(description = "A new kiosk or duty point")
  public record NewKiosk(
      @NotBlank @Size(max = 40) @Pattern(regexp = CODE) @Schema(example = "renmin-road-east")
          String code,
      @NotBlank
          @Schema(
              enumeration = {"kiosk", "duty-point"},
              example = "kiosk")
          String type,
      @NotEmpty
          @Size(max = 10)
          @Schema(example = "{\"zh-CN\": \"人民路东段警务亭\", \"en\": \"Renmin Road East Kiosk\"}")
          Map<@NotBlank @Size(max = 35) String, @NotBlank @Size(max = 200) String> names,
      @Size(max = 10)
          Map<@NotBlank @Size(max = 35) String, @NotBlank @Size(max = 200) String> address,
      @NotNull @Valid PositionInput position,
      @Size(max = 40)
          @Pattern(regexp = CODE)
          @Schema(description = "Zone code; derived from the position when absent")
          String zone,
      @NotBlank @Size(max = 500) @Schema(example = "Mo-Su 09:00-22:00; PH 08:00-23:00")
          String openingHours,
      @Size(max = 30) @Pattern(regexp = "^[0-9+() -]{3,30}$") @Schema(example = "0872-2671110")
          String phone,
      @Size(max = 50)
          @Schema(
              description = "Amenity kind → initial stock (null for an uncounted service)",
              // the stock may be null, which the value type's constraints cannot say
              implementation = Map.class,
              additionalProperties = InitialStock.class,
              example = "{\"umbrella\": 20, \"phone-charging\": null}")
          Map<@NotBlank @Size(max = 40) String, @Min(0) @Max(100000) Integer> amenities)
      implements KioskFields {}

  /** The schema of an amenity's initial stock in {@link NewKiosk#amenities()}: a count or null. */
  @Schema(
      name = "InitialStock",
      type = SchemaType.INTEGER,
      format = "int32",
      nullable = true,
      minimum = "0",
      maximum = "100000",
      description = "Units on hand at the start; null for an uncounted service")
  public static final class InitialStock {
    private InitialStock() {}
  }

  @Schema(description = "A kiosk's descriptive fields, replacing the current ones")
  public record KioskUpdate(
      @Schema(
              description =
                  "The version you read; a newer one answers 409. May be left out when If-Match"
                      + " carries it.")
          Long version,
      @NotBlank @Schema(enumeration = {"kiosk", "duty-point"}) String type,
      @NotEmpty @Size(max = 10)
          Map<@NotBlank @Size(max = 35) String, @NotBlank @Size(max = 200) String> names,
      @Size(max = 10)
          Map<@NotBlank @Size(max = 35) String, @NotBlank @Size(max = 200) String> address,
      @NotNull @Valid PositionInput position,
      @Size(max = 40) @Pattern(regexp = CODE) String zone,
      @NotBlank @Size(max = 500) String openingHours,
      @Size(max = 30) @Pattern(regexp = "^[0-9+() -]{3,30}$") String phone)
      implements KioskFields {}

  @Schema(description = "Open, suspend or close a kiosk")
  public record StatusChange(
      @Schema(description = "The version you read (or send If-Match)") Long version,
      @NotBlank
          @Schema(
              enumeration = {"open", "suspended", "closed"},
              example = "suspended")
          String status,
      @Size(max = 300) @Schema(example = "Officers called to an incident at Foreigner Street")
          String reason,
      @Schema(description = "For a suspension: when the kiosk serves again by itself")
          Instant until) {}

  @Schema(description = "An amenity offered by a kiosk")
  public record AmenityView(
      @Schema(example = "umbrella") String kind,
      @Schema(description = "Units on hand; absent for an uncounted service", example = "18")
          Integer stock,
      @Schema(description = "A tourist can get it now") boolean available) {}

  @Schema(description = "A kiosk as staff see it")
  public record KioskView(
      String id,
      @Schema(example = "south-gate") String code,
      @Schema(enumeration = {"kiosk", "duty-point"}) String type,
      Map<String, String> names,
      Map<String, String> address,
      PositionView position,
      @Schema(example = "south") String zone,
      @Schema(example = "Mo-Su 09:00-22:00") String openingHours,
      String phone,
      @Schema(enumeration = {"open", "suspended", "closed"}) String status,
      String statusReason,
      Instant statusUntil,
      @Schema(description = "Serving tourists right now (status and opening hours)")
          boolean openNow,
      @Schema(description = "When openNow next changes, on the tenant's clock")
          OffsetDateTime openNowChangesAt,
      List<AmenityView> amenities,
      long version,
      Instant updatedAt)
      implements Versioned {}

  @Schema(description = "A page of kiosks")
  public record KioskPage(List<KioskView> items, String nextCursor) {}

  @Schema(description = "An open kiosk as tourists see it")
  public record PublicKioskView(
      @Schema(example = "south-gate") String code,
      @Schema(enumeration = {"kiosk", "duty-point"}) String type,
      Map<String, String> names,
      Map<String, String> address,
      PositionView position,
      String phone,
      @Schema(description = "Closes at, on the tenant's clock (absent if open round the clock)")
          OffsetDateTime openUntil,
      @Schema(description = "Amenities a tourist can get now") List<AmenityView> amenities,
      @Schema(description = "Straight-line distance from the given position") Long distanceMetres,
      @Schema(description = "Estimated walk in minutes") Integer walkingMinutes) {}

  @Schema(description = "Set an amenity's count after a stock-take")
  public record StockSetting(
      @Min(0)
          @Max(100000)
          @Schema(description = "Units on hand; null for an uncounted service", example = "20")
          Integer stock) {}

  @Schema(description = "Lend out (negative) or take back (positive) units")
  public record StockAdjustment(
      @NotNull @Min(-1000) @Max(1000) @Schema(example = "-1") Integer delta,
      @Size(max = 200) @Schema(example = "Umbrella lent to a tourist") String reason) {}

  @Schema(description = "An officer on duty")
  public record OfficerOnDuty(
      @Schema(example = "530101") String badge, @Schema(example = "杨志远") String name) {}

  @Schema(description = "The officers rostered for one shift")
  public record ShiftDuty(
      @Schema(example = "day") String shift,
      @Schema(example = "09:00") String start,
      @Schema(example = "15:30") String end,
      @Schema(
              description = "default: the everyday roster; date: rostered for this date",
              enumeration = {"default", "date"})
          String source,
      List<OfficerOnDuty> officers) {}

  @Schema(description = "A kiosk's roster for a date, and who is on duty now")
  public record DutyView(
      LocalDate date,
      List<ShiftDuty> shifts,
      @Schema(description = "The shift running now, if any") String currentShift,
      List<OfficerOnDuty> onDutyNow) {}

  @Schema(description = "Officers for one shift on one date")
  public record DutyInput(
      @NotNull @Size(max = 20) @Schema(example = "[\"530101\", \"530102\"]")
          List<@NotBlank @Size(max = 20) String> badges) {}

  @Schema(description = "A visitor served at a kiosk")
  public record WalkInInput(
      @NotBlank @Size(max = 40) @Schema(example = "lost-property") String kind,
      @NotBlank
          @Schema(
              enumeration = {"resolved", "referred", "police-action", "unresolved"},
              example = "resolved")
          String outcome,
      @Size(max = 1000)
          @Schema(example = "Tourist lost a phone near Wuhua Tower; found and returned")
          String description,
      @Schema(description = "When it happened; default now") Instant occurredAt) {}

  @Schema(description = "A logged walk-in")
  public record WalkInView(
      String id,
      String kioskId,
      @Schema(example = "lost-property") String kind,
      @Schema(example = "resolved") String outcome,
      String description,
      Instant occurredAt,
      @Schema(description = "Local date on the tenant's clock") LocalDate occurredOn,
      String recordedBy) {}

  @Schema(description = "A page of walk-ins, newest first")
  public record WalkInPage(List<WalkInView> items, String nextCursor) {}

  @Schema(description = "Walk-ins of one kiosk on one local day")
  public record DailyCountView(
      LocalDate date,
      String kioskId,
      @Schema(example = "south-gate") String kioskCode,
      @Schema(example = "57") long total,
      @Schema(example = "{\"ask-way\": 41, \"lost-property\": 9, \"medical-help\": 7}")
          Map<String, Long> byKind) {}
}
