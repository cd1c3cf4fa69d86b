package org.tourismpolicing.core.rest;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Request and answer bodies of core's endpoints. */
public final class CoreDtos {

  private CoreDtos() {}

  @Schema(description = "A tenant's public profile")
  public record TenantProfile(
      @Schema(example = "dali-gucheng") String id,
      @Schema(example = "{\"zh-CN\": \"大理古城派出所\", \"en\": \"Dali Old Town Police Station\"}")
          Map<String, String> names,
      @Schema(example = "Asia/Shanghai") String timeZone,
      @Schema(example = "[\"zh-CN\", \"en\"]") List<String> languages,
      @Schema(example = "CNY") String currency,
      List<DepartmentView> departments,
      @Schema(description = "The map tiles pages draw under their vectors; absent: no tile server")
          TilesView tiles) {}

  @Schema(description = "A raster tile source named in the tenant's documents (map.tiles)")
  public record TilesView(
      @Schema(example = "https://tiles.example.org/{z}/{x}/{y}.png") String url,
      String subdomains,
      String attribution,
      @Schema(
              enumeration = {"WGS84", "GCJ02"},
              description = "The system the tiles are drawn in; GCJ02: shift positions onto it")
          String coordinateSystem,
      int maxZoom) {}

  @Schema(description = "A partner department")
  public record DepartmentView(
      @Schema(example = "market-regulation") String code,
      @Schema(example = "market-regulation") String kind,
      Map<String, String> names) {}

  @Schema(description = "A zone of the tenant, polygon in GeoJSON (WGS-84)")
  public record ZoneView(
      @Schema(example = "north") String code,
      @Schema(example = "fast-response") String kind,
      Map<String, String> names,
      @Schema(description = "GeoJSON Polygon, positions as [longitude, latitude]")
          Map<String, Object> polygon,
      @Schema(description = "Codes of zones that share a border") List<String> neighbours) {}

  @Schema(description = "An officer of the roster")
  public record OfficerView(
      @Schema(example = "053101") String badgeNumber,
      @Schema(example = "李建国") String name,
      @Schema(example = "patrol-1") String team) {}

  @Schema(description = "One record of the audit trail")
  public record AuditRecordView(
      long seq,
      Instant recordedAt,
      @Schema(example = "dispatcher-li") String actor,
      @Schema(example = "kiosk.status-changed") String action,
      @Schema(example = "kiosk") String subjectType,
      String subjectId,
      @Schema(description = "JSON summary of the state before") String before,
      @Schema(description = "JSON summary of the state after") String after,
      String prevHash,
      String hash) {}

  @Schema(description = "A page of audit records")
  public record AuditPage(List<AuditRecordView> items, Long nextAfterSeq) {}

  @Schema(description = "The result of verifying the tenant's audit chain")
  public record AuditVerificationView(
      boolean intact,
      long recordsChecked,
      @Schema(description = "Sequence number of the first record that does not fit")
          Long firstBadSeq,
      String reason) {}

  @Schema(description = "A tenant as the platform serves it")
  public record TenantStatus(
      @Schema(example = "dali-gucheng") String id,
      @Schema(enumeration = {"served", "refused"}) String state,
      String revision,
      String origin,
      Instant appliedAt,
      String appliedBy,
      @Schema(
              description =
                  "The documents applied (or, with dryRun, checked): tenant and each module's",
              example = "[\"tenant\", \"kiosk-registry\", \"dispatch\"]")
          List<String> documents,
      List<ConfigProblemView> problems) {}

  @Schema(description = "One problem in a tenant's documents")
  public record ConfigProblemView(
      @Schema(example = "kiosk-registry.yaml") String document,
      @Schema(example = "/kiosks/2/openingHours") String field,
      String message) {}

  @Schema(description = "The server's clock")
  public record ClockView(Instant now, boolean adjustable) {}

  @Schema(description = "Fix or shift the server's clock (tests and demos)")
  public record ClockAdjustment(
      @Schema(description = "Fix the clock at this instant; null lets it run") Instant fixedAt,
      @Schema(description = "ISO-8601 duration added to the clock", example = "PT2H")
          String offset) {}

  @Schema(description = "A development-mode token")
  public record DevToken(
      String token,
      @Schema(example = "Bearer") String tokenType,
      Instant expiresAt,
      @Schema(example = "demo-dispatcher") String subject,
      List<String> tenants,
      List<String> roles,
      String department) {}
}
