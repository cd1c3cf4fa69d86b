package org.tourismpolicing.dispatch.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.tourismpolicing.core.conditional.Versioned;

/** Request and response bodies of the dispatch API. */
public final class DispatchDtos {

  private DispatchDtos() {}

  @Schema(description = "A position; WGS-84 unless crs says GCJ02 (Chinese map apps)")
  public record PositionInput(
      @NotNull @Schema(example = "25.6935") Double lat,
      @NotNull @Schema(example = "100.1630") Double lon,
      @Schema(
              enumeration = {"WGS84", "GCJ02"},
              defaultValue = "WGS84")
          String crs) {}

  @Schema(description = "Who reported the incident (personal data: shown to staff only)")
  public record ReporterInput(
      @Size(max = 100) @Schema(example = "王女士") String name,
      @Size(max = 30) @Pattern(regexp = "^[0-9+\\- ]{3,30}$") @Schema(example = "13800000000")
          String phone) {}

  @Schema(description = "A new incident from the duty room, a patrol or the app")
  public record NewIncident(
      @NotBlank
          @Schema(
              enumeration = {"duty-room", "patrol-self-report", "app"},
              example = "duty-room")
          String source,
      @NotBlank @Size(max = 40) @Schema(example = "theft") String category,
      @Min(1) @Max(9) @Schema(description = "Default: the category's priority", example = "2")
          Integer priority,
      @NotNull @Valid PositionInput position,
      @Valid ReporterInput reporter,
      @Size(max = 2000) @Schema(example = "Phone snatched near the Wuhua Tower") String description,
      @Schema(description = "When the call came in; default now") Instant receivedAt) {}

  @Schema(description = "An incident handed over by the city 110 command centre")
  public record CommandCentreIncident(
      @NotBlank
          @Size(max = 80)
          @Schema(
              description = "The centre's incident number; must equal the Idempotency-Key",
              example = "110-20261001-000123")
          String externalNumber,
      @NotBlank @Size(max = 40) @Schema(example = "fight") String category,
      @Min(1) @Max(9) Integer priority,
      @NotNull @Valid PositionInput position,
      @Valid ReporterInput reporter,
      @Size(max = 2000) @Schema(example = "Two groups of tourists fighting on Renmin Road")
          String description,
      @Schema(description = "When the centre took the call") Instant receivedAt) {}

  public record IncidentView(
      String id,
      @Schema(example = "JQ-20261001-7K3M9Q") String number,
      String source,
      String externalNumber,
      String category,
      int priority,
      String status,
      PositionView position,
      String zone,
      String kioskId,
      String walkInId,
      String reporterName,
      String reporterPhone,
      String description,
      boolean autoAssign,
      int unitsRequired,
      int unitsActive,
      Timeline times,
      OutcomeView outcome,
      String cancelReason,
      long version)
      implements Versioned {}

  @Schema(description = "When each step first happened (null: not yet)")
  public record Timeline(
      Instant received,
      Instant dispatched,
      Instant acknowledged,
      Instant arrived,
      Instant cleared,
      Instant cancelled) {}

  public record PositionView(double lat, double lon, double gcj02Lat, double gcj02Lon) {}

  public record OutcomeView(
      Integer peopleHelped,
      Integer peopleRescued,
      String dispute,
      MoneyView lossRecovered,
      String summary) {}

  public record MoneyView(
      @Schema(example = "150000") long fen,
      @Schema(example = "CNY") String currency,
      @Schema(example = "1500.00") String amount) {}

  public record IncidentRecordView(
      IncidentView incident, List<AssignmentView> assignments, List<TimelineEntryView> timeline)
      implements Versioned {

    /** The incident's version, the ETag of the record. */
    @Override
    public long version() {
      return incident.version();
    }
  }

  public record AssignmentView(
      String id,
      String unitId,
      String callSign,
      String status,
      boolean automatic,
      String assignedBy,
      Integer etaSeconds,
      Integer distanceMetres,
      Instant assignedAt,
      Instant acknowledgedAt,
      Instant arrivedAt,
      Instant endedAt,
      String endReason) {}

  public record TimelineEntryView(
      String step, Instant at, String actor, String unitId, String note) {}

  public record IncidentPage(List<IncidentView> items, String nextCursor) {}

  public record Recommendation(
      String unitId,
      String callSign,
      String mode,
      String homeZone,
      @Schema(enumeration = {"home", "neighbour", "other"}) String zoneRelation,
      int distanceMetres,
      int etaSeconds,
      @Schema(description = "ETA plus penalties; lower is better") int scoreSeconds,
      boolean positionStale) {}

  public record AssignUnit(@NotBlank @Size(max = 36) String unitId) {}

  public record Release(@Size(max = 300) String reason) {}

  public record Cancel(@NotBlank @Size(max = 500) String reason) {}

  @Schema(description = "What the police achieved at the incident")
  public record Outcome(
      @NotNull @Min(0) @Max(10000) Integer peopleHelped,
      @NotNull @Min(0) @Max(10000) Integer peopleRescued,
      @NotBlank
          @Schema(
              enumeration = {"none", "settled", "referred-to-mediation"},
              example = "settled")
          String dispute,
      @Valid MoneyInput lossRecovered,
      @Size(max = 2000) String summary,
      @Schema(description = "The version read (or send If-Match)") Long version) {}

  public record MoneyInput(
      @NotBlank @Pattern(regexp = "^[0-9]{1,12}(\\.[0-9]{1,2})?$") @Schema(example = "1500.00")
          String amount,
      @Schema(example = "CNY") String currency) {}

  public record NewUnit(
      @NotBlank @Size(max = 40) @Schema(example = "快警-北3") String callSign,
      @NotBlank
          @Schema(
              description =
                  "A patrol mode of the tenant: foot, bicycle, motorcycle, car, plain-clothes, or"
                      + " one its dispatch document adds under speedsKmh (boat, horse …).",
              example = "motorcycle")
          String mode,
      @NotBlank @Size(max = 40) @Schema(example = "north") String homeZone,
      @Size(max = 10) List<@NotBlank @Size(max = 20) String> officers) {}

  public record UnitChange(
      @NotBlank String mode,
      @NotBlank @Size(max = 40) String homeZone,
      @Size(max = 10) List<@NotBlank @Size(max = 20) String> officers,
      Long version) {}

  public record UnitView(
      String id,
      String callSign,
      String mode,
      List<String> officers,
      String homeZone,
      String state,
      Instant stateSince,
      String incidentId,
      PositionView position,
      Instant positionAt,
      boolean positionStale,
      long version)
      implements Versioned {}

  public record UnitPage(List<UnitView> items, String nextCursor) {}

  public record StateReport(
      @NotBlank
          @Schema(
              enumeration = {"off-duty", "patrolling", "en-route", "on-scene", "clearing"},
              description =
                  "en-route acknowledges the assignment; patrolling after on-scene or clearing"
                      + " clears",
              example = "en-route")
          String state,
      @Size(max = 300) String note) {}

  public record PositionInputAt(
      @NotNull @Valid PositionInput position,
      @Schema(description = "When the device took it; default now") Instant at) {}

  public record BatchPosition(
      @NotBlank @Size(max = 36) String unitId,
      @NotNull @Valid PositionInput position,
      Instant at) {}

  public record PositionBatch(
      @NotNull @Size(min = 1, max = 5000) List<@NotNull @Valid BatchPosition> positions) {}

  public record PositionsStored(int received, int stored) {}

  public record PlanInput(
      @NotNull @Size(min = 1) Map<String, String> names,
      @NotNull LocalDate startsOn,
      @NotNull LocalDate endsOn,
      @NotNull @Size(min = 1, max = 50) List<@NotNull @Valid GroupInput> groups,
      Long version) {}

  public record GroupInput(
      @NotBlank @Pattern(regexp = "^[a-z0-9]+(-[a-z0-9]+)*$") @Size(max = 40) String code,
      @NotBlank @Size(max = 100) String name,
      @NotBlank @Pattern(regexp = "^([01][0-9]|2[0-3]):[0-5][0-9]$") @Schema(example = "08:00")
          String shiftStart,
      @NotBlank @Pattern(regexp = "^([01][0-9]|2[0-3]):[0-5][0-9]$") @Schema(example = "16:00")
          String shiftEnd,
      @Size(max = 40) @Schema(description = "The zone covered (or give a route)") String zone,
      @Size(max = 100) List<@NotNull @Valid PositionInput> route,
      @NotNull @Size(max = 50) List<@NotBlank @Size(max = 40) String> units) {}

  public record PlanView(
      String id,
      String code,
      Map<String, String> names,
      LocalDate startsOn,
      LocalDate endsOn,
      List<GroupView> groups,
      Instant updatedAt,
      String updatedBy,
      long version)
      implements Versioned {}

  public record GroupView(
      String code,
      String name,
      String shiftStart,
      String shiftEnd,
      String zone,
      List<PositionView> route,
      List<String> units) {}

  public record GroupOnShiftView(String plan, GroupView group, List<UnitView> units) {}

  public record ZoneCoverView(
      String zone,
      Map<String, String> names,
      int available,
      int busy,
      int offDuty,
      int onPlan,
      boolean uncovered) {}

  public record BoardView(
      Instant at,
      List<IncidentView> openIncidents,
      List<UnitView> units,
      List<ZoneCoverView> coverage) {}

  public record IntervalView(
      long count,
      @Schema(example = "PT2M30S") Duration median,
      Duration p90,
      Duration target,
      @Schema(description = "Share within target, 0–1") Double withinTarget) {}

  public record FiguresView(
      long incidents,
      long cleared,
      long cancelled,
      long peopleHelped,
      long peopleRescued,
      long disputesSettled,
      long disputesReferredToMediation,
      MoneyView lossRecovered,
      IntervalView callToDispatch,
      IntervalView dispatchToArrival,
      IntervalView arrivalToClear) {}

  public record StatisticsView(
      LocalDate from,
      LocalDate to,
      String groupBy,
      FiguresView total,
      Map<String, FiguresView> groups) {}
}
