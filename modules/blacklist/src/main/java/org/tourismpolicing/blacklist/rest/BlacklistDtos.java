package org.tourismpolicing.blacklist.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.tourismpolicing.core.conditional.Versioned;
import org.tourismpolicing.core.identifiers.IdentifierText;

/** Request and answer bodies of the blacklist module. */
public final class BlacklistDtos {

  private BlacklistDtos() {}

  static final String CODE = "^[a-z0-9]+(-[a-z0-9]+)*$";
  static final String DATE = "^[0-9]{4}-[0-9]{2}-[0-9]{2}$";

  // ---- requests ----

  @Schema(description = "A proposed listing: a business or a person")
  public record NewEntry(
      @NotBlank
          @Schema(
              enumeration = {"business", "person"},
              example = "business")
          String kind,
      @NotBlank @Size(max = 200) @Schema(example = "大理古城某某客栈") String name,
      @Size(max = 10)
          @Schema(description = "Short names, shop signs, former names", example = "[\"某某客栈\"]")
          List<@NotBlank @Size(max = 200) String> aliases,
      @Size(max = IdentifierText.MAX_TYPED_LENGTH)
          @Schema(
              example = "91532901MA6K7Y2E3J",
              description = "Business: unified social credit code (GB 32100-2015)")
          String creditCode,
      @Size(max = 500) @Schema(example = "大理古城人民路 1 号") String address,
      @Size(max = 100) @Schema(example = "张三丰", description = "Business: legal representative")
          String legalRepresentative,
      @Size(max = IdentifierText.MAX_TYPED_LENGTH)
          @Schema(
              example = "532901198506121238",
              description =
                  "Person: resident ID number (GB 11643); stored only as a keyed hash and a masked"
                      + " form")
          String idNumber,
      @Size(max = IdentifierText.MAX_TYPED_LENGTH)
          @Schema(example = "13800000000", description = "Person: phone; stored only hashed")
          String phone,
      @NotBlank @Size(max = 40) @Pattern(regexp = CODE) @Schema(example = "touting")
          String category,
      @NotBlank @Size(max = 4000) @Schema(example = "在南门多次拉客揽客，经劝阻不改") String reason,
      @NotEmpty
          @Size(max = 5)
          @Schema(
              description = "Issuing departments (codes of the tenant's departments)",
              example = "[\"market-regulation\"]")
          List<@NotBlank @Size(max = 40) @Pattern(regexp = CODE) String> departments,
      @Schema(
              enumeration = {"public", "internal"},
              example = "public",
              description = "Default internal")
          String visibility,
      @Pattern(regexp = DATE)
          @Schema(example = "2026-10-01", description = "Default today (tenant's time zone)")
          String effectiveFrom,
      @Pattern(regexp = DATE)
          @Schema(
              example = "2027-04-01",
              description = "Default: effective from + the category's validity")
          String effectiveTo) {}

  @Schema(description = "Why an entry is revoked or removed after credit repair")
  public record ReasonInput(
      @NotBlank @Size(max = 2000) @Schema(example = "已完成整改并取得经营许可") String reason) {}

  @Schema(description = "A reference to a record of another module as evidence")
  public record EvidenceReferenceInput(
      @NotBlank
          @Schema(
              enumeration = {"incident", "mediation-case", "tip"},
              example = "incident")
          String kind,
      @NotBlank @Size(max = 100) @Schema(example = "0190a1b2-7c3d-7e4f-8a9b-0c1d2e3f4a5b")
          String id,
      @Size(max = 500) @Schema(example = "110 call of 2026-10-01") String note) {}

  @Schema(description = "An appeal received from the listed subject")
  public record NewAppeal(
      @NotBlank @Size(max = 200) @Schema(example = "某某客栈（经营者）") String appellant,
      @NotBlank @Size(max = 4000) @Schema(example = "所列拉客行为系他人所为") String grounds) {}

  @Schema(description = "The decision on an appeal")
  public record AppealDecision(
      @NotBlank
          @Schema(
              enumeration = {"upheld", "overturned"},
              example = "overturned",
              description = "upheld: the listing stands; overturned: the listing ends")
          String outcome,
      @NotBlank @Size(max = 2000) @Schema(example = "证据不足") String note) {}

  @Schema(description = "One screening question; at least one of name, creditCode, idNumber")
  public record ScreeningRequest(
      @Schema(
              enumeration = {"business", "person"},
              description = "Only businesses or only persons; default both")
          String kind,
      @Size(max = 200) @Schema(example = "古城某某客栈") String name,
      @Size(max = IdentifierText.MAX_TYPED_LENGTH) @Schema(example = "91532901MA6K7Y2E3J")
          String creditCode,
      @Size(max = IdentifierText.MAX_TYPED_LENGTH) @Schema(example = "532901198506121238")
          String idNumber,
      @DecimalMin("0.0")
          @DecimalMax("1.0")
          @Schema(example = "0.75", description = "Lowest score returned; default 0.8")
          Double threshold,
      @Min(1) @Max(50) @Schema(example = "10", description = "Most hits; default 10")
          Integer limit) {}

  @Schema(description = "Up to 100 screening questions answered in one call")
  public record ScreeningBatch(
      @NotEmpty @Size(max = 100) List<@NotNull @Valid ScreeningRequest> queries) {}

  @Schema(description = "A watch on a subject: credit code or business name")
  public record NewWatch(
      @Size(max = IdentifierText.MAX_TYPED_LENGTH) @Schema(example = "91532901MA6K7Y2E3J")
          String creditCode,
      @Size(max = 200) @Schema(example = "古城某某客栈") String name,
      @NotBlank @Size(max = 500) @Schema(example = "https://partner.example.org/hooks/blacklist")
          String callbackUrl) {}

  // ---- answers ----

  @Schema(description = "A blacklist entry as staff see it (personal identifiers masked)")
  public record EntryView(
      String id,
      String kind,
      String name,
      List<String> aliases,
      String creditCode,
      String address,
      String legalRepresentative,
      @Schema(example = "532901********1238") String idNumberMasked,
      String phoneMasked,
      String category,
      String categoryName,
      String reason,
      List<String> departments,
      List<String> signedDepartments,
      boolean leaderSignOffRequired,
      String leaderSignedBy,
      String visibility,
      Instant effectiveFrom,
      Instant effectiveTo,
      @Schema(example = "active") String status,
      String statusReason,
      Instant endedAt,
      String createdBy,
      Instant createdAt,
      long version)
      implements Versioned {}

  public record EntryPage(List<EntryView> items, String nextCursor) {}

  @Schema(description = "A page of watches, oldest first")
  public record WatchPage(List<WatchView> items, String nextCursor) {}

  public record EvidenceView(
      String id,
      String kind,
      String reference,
      String note,
      String fileName,
      String mediaType,
      Long sizeBytes,
      String sha256,
      String addedBy,
      Instant addedAt) {}

  public record AppealView(
      String id,
      String entryId,
      @Schema(example = "under-review") String status,
      String appellant,
      String grounds,
      Instant receivedAt,
      Instant reviewStartedAt,
      Instant decidedAt,
      String decidedBy,
      String decisionNote,
      long version)
      implements Versioned {}

  public record FeatureView(
      @Schema(example = "name-pinyin") String feature,
      double score,
      @Schema(example = "same pinyin: dali gucheng kezhan") String explanation) {}

  @Schema(description = "One listed subject matching the question")
  public record HitView(
      String entryId,
      @Schema(example = "own", description = "own, or shared:<list> for a shared list")
          String source,
      @Schema(description = "The tenant whose entry it is") String publisher,
      double score,
      String kind,
      @Schema(description = "Persons' names are masked") String name,
      String creditCode,
      String category,
      List<FeatureView> features) {}

  public record ScreeningResult(List<HitView> hits) {}

  public record BatchResult(List<ScreeningResult> results) {}

  @Schema(description = "A listed business as the public sees it")
  public record PublicListing(
      String name,
      String creditCode,
      String address,
      @Schema(example = "张*丰") String legalRepresentative,
      String category,
      String categoryName,
      List<String> departments,
      Instant effectiveFrom,
      Instant effectiveTo,
      double score) {}

  public record PublicLookupResult(List<PublicListing> results) {}

  public record WatchView(
      String id,
      String subjectType,
      String subject,
      String callbackUrl,
      String createdBy,
      Instant createdAt,
      @Schema(description = "Only in the answer to the subscription; keep it to check signatures")
          String secret) {}

  public record DeliveryView(
      String id,
      String event,
      String entryId,
      String status,
      int attempts,
      Integer lastStatusCode,
      String lastError,
      Instant lastAttemptAt,
      Instant nextAttemptAt,
      Instant createdAt) {}

  public record SharedEntryView(
      String list, String entryId, String publisher, boolean withdrawn, Instant updatedAt) {}
}
