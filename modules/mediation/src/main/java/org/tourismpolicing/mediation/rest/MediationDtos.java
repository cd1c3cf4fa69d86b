package org.tourismpolicing.mediation.rest;

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
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.tourismpolicing.core.conditional.Versioned;
import org.tourismpolicing.core.identifiers.IdentifierText;

/** Request and answer bodies of the mediation module. */
public final class MediationDtos {

  private MediationDtos() {}

  static final String CODE = "^[a-z0-9]+(-[a-z0-9]+)*$";
  static final String LANGUAGE = "^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$";

  // ---- requests ----

  @Schema(description = "An amount of money in major units, exactly (no floating point)")
  public record MoneyInput(
      @NotBlank @Size(max = 24) @Schema(example = "380.00") String amount,
      @Size(max = 3) @Schema(example = "CNY", description = "Default: the tenant's currency")
          String currency) {}

  @Schema(description = "A party to the dispute")
  public record PartyInput(
      @NotBlank
          @Schema(
              enumeration = {"tourist", "merchant", "resident"},
              example = "tourist")
          String role,
      @NotBlank @Size(max = 200) @Schema(example = "王女士") String name,
      @Size(max = 100) @Schema(example = "13800000000") String contact,
      @Size(max = 35)
          @Pattern(regexp = LANGUAGE)
          @Schema(example = "zh-CN", description = "Default: the tenant's first language")
          String language,
      @Size(max = IdentifierText.MAX_TYPED_LENGTH)
          @Schema(
              example = "91532901MA6K7Y2E3J",
              description = "Merchant's unified social credit code, when known")
          String creditCode) {}

  @Schema(description = "A new dispute case")
  public record NewCase(
      @NotBlank
          @Schema(
              enumeration = {"walk-in", "department-referral", "hotline"},
              example = "walk-in")
          String source,
      @Size(max = 100)
          @Schema(
              description =
                  "The hotline ticket or the referring department's file number (not for a"
                      + " walk-in); one case per reference",
              example = "12345-2026-0877")
          String sourceRef,
      @Size(max = 40)
          @Pattern(regexp = CODE)
          @Schema(
              description = "For a department referral: the department's code",
              example = "market-regulation")
          String referringDepartment,
      @NotBlank @Size(max = 40) @Schema(example = "price") String category,
      @NotBlank @Size(max = 4000) @Schema(example = "Charged 380 yuan for a meal priced 180")
          String description,
      @Valid MoneyInput amount,
      @Size(max = 200) @Schema(example = "古城某餐馆") String merchantName,
      @Size(max = IdentifierText.MAX_TYPED_LENGTH) @Schema(example = "91532901MA6K7Y2E3J")
          String merchantCreditCode,
      @Size(max = 40) @Pattern(regexp = CODE) @Schema(example = "south") String zone,
      @Size(max = 35) @Pattern(regexp = LANGUAGE) @Schema(example = "zh-CN") String language,
      @Size(max = 20) List<@NotNull @Valid PartyInput> parties) {}

  @Schema(description = "Version of the case you read, for changes (or send If-Match)")
  public record VersionedMediator(
      @Schema(example = "3") Long version,
      @Size(max = 40)
          @Schema(
              description = "Mediator code; absent: the on-duty mediator with the lightest load")
          String mediator) {}

  @Schema(description = "A mediation session to schedule")
  public record NewSession(
      @NotNull @Schema(example = "2026-10-02T06:00:00Z") Instant scheduledAt,
      @Size(max = 200) @Schema(example = "阿鹏调解室") String place,
      @NotEmpty @Size(max = 5) List<@NotBlank @Size(max = 40) String> mediators) {}

  @Schema(description = "What happened at a session")
  public record SessionRecord(
      @Schema(description = "Default: now") Instant heldAt,
      @NotEmpty @Size(max = 30) List<@NotBlank @Size(max = 200) String> attendees,
      @Size(max = 4000) String notes) {}

  @Schema(description = "Why a session is cancelled")
  public record SessionCancellation(@NotBlank @Size(max = 1000) String reason) {}

  @Schema(description = "A party's consent to the agreement")
  public record ConsentInput(
      @NotBlank @Size(max = 36) @Schema(description = "Party id") String party,
      @NotBlank
          @Schema(
              enumeration = {"signature", "fingerprint", "oral"},
              example = "signature")
          String method) {}

  @Schema(description = "The agreement the parties reached")
  public record AgreementInput(
      Long version,
      @NotBlank
          @Size(max = 4000)
          @Schema(example = "The restaurant refunds 200 yuan to the tourist today.")
          String terms,
      @Valid MoneyInput compensation,
      @Schema(
              description =
                  "Date (tenant's calendar) by which it is fulfilled; default from config")
          LocalDate fulfilmentDueOn,
      @NotEmpty @Size(max = 20) List<@NotNull @Valid ConsentInput> consents) {}

  @Schema(description = "Mediation did not settle the dispute")
  public record NotReachedInput(
      Long version,
      @NotBlank
          @Schema(
              enumeration = {"court", "arbitration", "market-regulation", "other"},
              example = "market-regulation")
          String referredTo,
      @Size(max = 2000) String note) {}

  @Schema(description = "The parties withdraw")
  public record WithdrawalInput(Long version, @NotBlank @Size(max = 2000) String reason) {}

  @Schema(description = "Follow-up of an agreement")
  public record FulfilmentInput(
      Long version,
      @NotBlank
          @Schema(
              enumeration = {"fulfilled", "not-fulfilled"},
              example = "fulfilled")
          String outcome,
      @Size(max = 2000) String note) {}

  @Schema(description = "A task for a partner department")
  public record NewTask(
      @NotBlank @Size(max = 40) @Pattern(regexp = CODE) @Schema(example = "market-regulation")
          String department,
      @NotBlank @Size(max = 2000) @Schema(example = "Please check the restaurant's price list.")
          String request,
      @Schema(description = "Default: now plus the tenant's task deadline") Instant dueAt) {}

  @Schema(description = "The department's answer")
  public record TaskAnswer(Long version, @NotBlank @Size(max = 4000) String answer) {}

  @Schema(description = "A mediator's duty shift")
  public record NewShift(
      @NotNull @Schema(example = "2026-10-01T01:00:00Z") Instant startsAt,
      @NotNull @Schema(example = "2026-10-01T10:00:00Z") Instant endsAt) {}

  @Schema(description = "An outreach visit")
  public record NewVisit(
      @NotBlank
          @Schema(
              enumeration = {"knock", "call", "visit", "guard"},
              example = "knock")
          String kind,
      @NotBlank
          @Schema(
              enumeration = {"merchant", "community"},
              example = "merchant")
          String targetType,
      @NotBlank @Size(max = 200) @Schema(example = "人民路某客栈") String targetName,
      @Size(max = IdentifierText.MAX_TYPED_LENGTH) String creditCode,
      @Size(max = 40) @Pattern(regexp = CODE) String zone,
      Instant visitedAt,
      @NotBlank @Size(max = 4000) String findings) {}

  @Schema(description = "A case opened from an outreach finding")
  public record VisitCase(
      @NotBlank @Size(max = 40) @Schema(example = "accommodation") String category,
      @Size(max = 4000) @Schema(description = "Default: the visit's findings")
          String description) {}

  @Schema(description = "A party's rating of the mediation")
  public record SatisfactionAnswer(
      @NotNull @Min(1) @Max(5) @Schema(example = "5") Integer rating,
      @Size(max = 1000) String comment) {}

  // ---- answers ----

  @Schema(description = "An amount of money")
  public record MoneyView(
      @Schema(example = "380.00") String amount,
      @Schema(example = "CNY") String currency,
      @Schema(example = "38000") long fen) {}

  public record PartyView(
      String id,
      String role,
      String name,
      String contact,
      String language,
      String creditCode,
      Instant consentedAt,
      String consentMethod) {}

  public record SessionView(
      String id,
      Instant scheduledAt,
      String place,
      List<String> mediators,
      String status,
      Instant heldAt,
      List<String> attendees,
      String notes) {}

  public record EvidenceView(
      String id,
      String fileName,
      String mediaType,
      long sizeBytes,
      String sha256,
      Instant uploadedAt,
      String uploadedBy) {}

  public record TaskView(
      String id,
      String caseId,
      String department,
      String request,
      Instant dueAt,
      boolean overdue,
      String status,
      String answer,
      Instant answeredAt,
      String answeredBy,
      Instant createdAt,
      long version)
      implements Versioned {}

  public record TaskPage(List<TaskView> items, String nextCursor) {}

  @Schema(
      description = "What the merchant screening service says (absent service: available false)")
  public record ScreeningView(
      boolean available, Boolean listed, String category, String summary, String entryId) {}

  public record AgreementView(
      String terms,
      MoneyView compensation,
      Instant agreedAt,
      String verificationCode,
      LocalDate fulfilmentDueOn,
      String fulfilment,
      Instant fulfilmentCheckedAt,
      String fulfilmentNote) {}

  public record SatisfactionView(
      String partyId, Instant issuedAt, Instant expiresAt, Instant answeredAt, Integer rating) {}

  @Schema(description = "A dispute case in a list")
  public record CaseSummary(
      String id,
      @Schema(example = "TJ20261001-0001") String caseNumber,
      String source,
      String category,
      String status,
      MoneyView amount,
      String merchantName,
      String mediatorId,
      Instant registeredAt,
      Instant dueAt,
      boolean overdue,
      Instant closedAt,
      long version)
      implements Versioned {}

  public record CasePage(List<CaseSummary> items, String nextCursor) {}

  @Schema(description = "A dispute case with everything on it")
  public record CaseView(
      String id,
      String caseNumber,
      String source,
      String sourceRef,
      String referringDepartment,
      String category,
      Map<String, String> categoryNames,
      String description,
      MoneyView amount,
      String merchantName,
      String merchantCreditCode,
      String zone,
      String language,
      String status,
      MediatorRef mediator,
      Instant registeredAt,
      Instant acceptedAt,
      Instant mediationStartedAt,
      Instant dueAt,
      boolean overdue,
      Instant closedAt,
      String referredTo,
      String outcomeNote,
      AgreementView agreement,
      List<PartyView> parties,
      List<SessionView> sessions,
      List<EvidenceView> evidence,
      List<TaskView> tasks,
      List<SatisfactionView> satisfaction,
      ScreeningView screening,
      long version)
      implements Versioned {}

  public record MediatorRef(String id, String code, String name) {}

  @Schema(description = "A satisfaction link, shown only in the answer that closed the case")
  public record IssuedLinkView(
      String partyId,
      String role,
      @Schema(description = "Secret of the link; send it to the party, it is not stored")
          String token,
      @Schema(description = "The public page's API path, for the party's link") String path,
      Instant expiresAt) {}

  @Schema(description = "The case as decided, with the parties' satisfaction links")
  public record DecisionView(CaseView dispute, List<IssuedLinkView> satisfactionLinks) {}

  public record MediatorView(
      String id,
      String code,
      String name,
      String badge,
      String phone,
      boolean active,
      boolean onDuty,
      long openCases) {}

  public record ShiftView(
      String id, String mediatorId, String mediator, Instant startsAt, Instant endsAt) {}

  public record VisitView(
      String id,
      String kind,
      String targetType,
      String targetName,
      String creditCode,
      String zone,
      Instant visitedAt,
      String visitedBy,
      String findings,
      String caseId) {}

  public record VisitPage(List<VisitView> items, String nextCursor) {}

  @Schema(description = "A printed agreement's verification code, to be checked by anyone")
  public record AgreementCode(
      @NotNull @Size(max = 40) @Schema(example = "7K3M-Q9XD-2HFA-W8RT-C") String code) {}

  @Schema(description = "What a party sees behind its satisfaction link")
  public record PublicSatisfactionView(
      Map<String, String> room,
      String caseNumber,
      String partyRole,
      String outcome,
      boolean answerable,
      Instant expiresAt) {}

  @Schema(description = "Thanks for a rating")
  public record SatisfactionReceipt(String caseNumber, int rating, Instant answeredAt) {}

  @Schema(description = "A printed agreement, as the room confirms it")
  public record AgreementCheck(
      String verificationCode,
      String caseNumber,
      Map<String, String> room,
      LocalDate agreedOn,
      MoneyView compensation,
      String fulfilment) {}

  @Schema(description = "The room's figures for a period of the tenant's local days")
  public record StatisticsView(
      LocalDate from,
      LocalDate to,
      String timeZone,
      long registered,
      Map<String, Long> byCategory,
      Map<String, Long> bySource,
      long decided,
      long agreements,
      long notReached,
      long withdrawn,
      @Schema(description = "agreements / (agreements + not reached); null without data")
          Double agreementRate,
      @Schema(description = "Median registration to decision, hours") Double medianHoursToClose,
      long satisfactionLinks,
      long satisfactionAnswers,
      Double responseRate,
      @Schema(description = "Ratings of 4 or 5 over answers") Double satisfactionRate,
      Double meanRating,
      long tasks,
      long tasksAnswered,
      long tasksAnsweredLate,
      long tasksOpen,
      Double medianTaskTurnaroundHours) {}
}
