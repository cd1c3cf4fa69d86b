package org.tourismpolicing.informantrewards.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.tourismpolicing.core.conditional.Versioned;
import org.tourismpolicing.core.identifiers.IdentifierText;

/**
 * Request and response bodies of the informant rewards API. None carries an identity but Unsealed.
 */
public final class InformantRewardsDtos {

  private InformantRewardsDtos() {}

  // ---- registration

  @Schema(description = "A mobile number to register with; a one-time code is sent to it")
  public record CodeRequest(
      @NotBlank @Size(max = 30) @Schema(example = "138 0013 8000") String phone) {}

  @Schema(description = "The code was sent; confirm it before expiresAt")
  public record CodeSent(String registrationId, Instant expiresAt) {}

  @Schema(description = "The one-time code, and optionally the sealed details for rewards")
  public record Confirmation(
      @NotBlank @Size(max = 10) @Schema(example = "482913") String code,
      @Size(max = 100) @Schema(description = "Sealed; only the informant handler can read it")
          String realName,
      @Size(max = 100)
          @Schema(description = "Bank card or mobile payment account; sealed like the name")
          String paymentAccount) {}

  @Schema(
      description =
          "The informant: the app's identity provider issues a token with role informant whose"
              + " subject is informantId")
  public record Registered(String informantId, String pseudonym, boolean created) {}

  // ---- tips

  @Schema(description = "A position; WGS-84 unless crs says GCJ02 (Chinese map apps)")
  public record PositionInput(
      @NotNull @Schema(example = "25.6935") Double lat,
      @NotNull @Schema(example = "100.1630") Double lon,
      @Schema(
              enumeration = {"WGS84", "GCJ02"},
              defaultValue = "WGS84")
          String crs) {}

  @Schema(description = "A tip as the informant reports it")
  public record NewTip(
      @NotBlank @Size(max = 40) @Schema(example = "illegal-lodging") String category,
      @NotBlank @Size(max = 4000) @Schema(example = "人民路一家客栈没有挂牌，每晚都有游客入住") String description,
      @Size(max = 300) @Schema(example = "人民路中段, 近复兴路") String place,
      @Valid PositionInput position,
      @Schema(example = "2026-11-27T20:30:00Z") Instant occurredAt,
      @Size(max = IdentifierText.MAX_TYPED_LENGTH) @Schema(example = "91532901MA6N8K2X3B")
          String creditCode,
      @Size(max = 200) @Schema(example = "古城某客栈") String businessName) {}

  @Schema(description = "A tip category as the tip line offers it")
  public record CategoryView(
      @Schema(example = "illegal-lodging") String code,
      @Schema(example = "{\"zh-CN\": \"非法住宿\", \"en\": \"Illegal lodging\"}")
          Map<String, String> names) {}

  @Schema(
      description =
          "The new tip. receiptCode is shown once: with it the informant follows the tip, writes"
              + " to the handler and collects a cash reward")
  public record TipReceipt(
      String tipId,
      String number,
      String status,
      @Schema(example = "7QK3-M2ZD-9XHA-B41R") String receiptCode,
      Instant submittedAt) {}

  @Schema(description = "A receipt code, as the informant types it")
  public record ReceiptLookup(
      @NotBlank @Size(max = 40) @Schema(example = "7QK3-M2ZD-9XHA-B41R") String receiptCode) {}

  @Schema(description = "A message from the informant, identified by the tip's receipt code")
  public record ReceiptMessage(
      @NotBlank @Size(max = 40) String receiptCode,
      @NotBlank @Size(max = 2000) @Schema(example = "今晚还有人入住") String body) {}

  @Schema(description = "A message on a tip")
  public record NewMessage(@NotBlank @Size(max = 2000) String body) {}

  @Schema(
      description = "A message; from is informant or handler (staff never named to the informant)")
  public record MessageView(String id, String from, String body, Instant sentAt) {}

  @Schema(description = "What the informant sees of their tip")
  public record InformantTipView(
      String tipId,
      String number,
      String category,
      String status,
      Instant submittedAt,
      Instant updatedAt,
      List<MessageView> messages) {}

  @Schema(description = "A tip as staff see it: the informant only by pseudonym")
  public record TipView(
      String id,
      String number,
      String category,
      String description,
      String place,
      Double lat,
      Double lon,
      Instant occurredAt,
      String creditCode,
      String businessName,
      String status,
      boolean anonymous,
      String informantPseudonym,
      Instant submittedAt,
      Instant updatedAt,
      String handlerNote,
      long version)
      implements Versioned {}

  @Schema(description = "A photo of a tip, without its content")
  public record PhotoView(
      String id, String mediaType, long sizeBytes, String sha256, Instant uploadedAt) {}

  @Schema(description = "A tip with its messages, photos and reward")
  public record TipFileView(
      TipView tip,
      List<MessageView> messages,
      List<PhotoView> photos,
      RewardView reward,
      PaymentView payment)
      implements Versioned {

    /** The tip's version, the ETag of its file. */
    @Override
    public long version() {
      return tip.version();
    }
  }

  @Schema(description = "A page of tips, newest first")
  public record TipPage(List<TipView> items, String nextCursor) {}

  @Schema(
      description =
          "A review or verification step: start-review, accept, reject, start-verification,"
              + " verified-true, verified-false, no-reward")
  public record TipStep(
      @NotBlank @Schema(example = "accept") String step,
      @Size(max = 2000) String note,
      @Schema(description = "The version seen, unless If-Match gives it") Long version) {}

  @Schema(description = "Police action wanted on a verified-true tip (dispatch opens an incident)")
  public record PoliceAction(
      @NotBlank @Size(max = 2000) @Schema(example = "无证客栈仍在接客，请派员核查") String summary) {}

  @Schema(description = "A blacklist listing proposed for the business a verified-true tip names")
  public record ListingProposal(
      @Size(max = 200) String businessName, @NotBlank @Size(max = 2000) String summary) {}

  // ---- rewards

  @Schema(
      description =
          "A reward proposed within the tenant's schedule; amountFen may be left out for a fixed amount")
  public record RewardProposal(
      @PositiveOrZero @Schema(example = "10000") Long amountFen, @Size(max = 2000) String note) {}

  @Schema(
      description = "Approval of a proposed reward (by a reward approver other than the proposer)")
  public record RewardApproval(
      @Schema(description = "The version seen, unless If-Match gives it") Long version) {}

  @Schema(description = "A reward")
  public record RewardView(
      String id,
      String tipId,
      long amountFen,
      String currency,
      String status,
      String proposedBy,
      Instant proposedAt,
      String approvedBy,
      Instant approvedAt,
      String budgetPeriod,
      long version)
      implements Versioned {}

  @Schema(
      description =
          "Payment of an approved reward: cash needs the receipt code the informant shows")
  public record RewardPaymentInput(
      @NotBlank @Schema(enumeration = {"cash", "bank-transfer", "mobile-payment"}) String method,
      @Size(max = 100) String reference,
      @Size(max = 40) String receiptCode) {}

  @Schema(description = "A line of the payment ledger")
  public record PaymentView(
      String id,
      String rewardId,
      String tipId,
      long amountFen,
      String currency,
      String method,
      String reference,
      String paidBy,
      Instant paidAt) {}

  @Schema(description = "Ledger lines of a span of local days")
  public record Ledger(
      LocalDate from,
      LocalDate to,
      @Schema(description = "This page's lines, oldest first") List<PaymentView> items,
      @Schema(description = "Paid in the whole span, all pages together") long totalFen,
      @Schema(description = "Pass as cursor for the next page; absent on the last")
          String nextCursor) {}

  // ---- informants

  @Schema(description = "An informant as everyone but the unsealing handler sees them")
  public record InformantView(
      String id, String pseudonym, Instant registeredAt, Instant lastActiveAt) {}

  @Schema(description = "A page of informants, newest first")
  public record InformantPage(List<InformantView> items, String nextCursor) {}

  @Schema(description = "Why the handler unseals an identity (written to the audit trail)")
  public record UnsealRequest(
      @NotBlank @Size(max = 500) @Schema(example = "支付奖励前核实身份（现金领取）") String reason) {}

  @Schema(description = "The informant's identity: never stored, logged or exported by the server")
  public record Unsealed(
      String informantId, String pseudonym, String phone, String realName, String paymentAccount) {}

  @Schema(description = "Result of re-encrypting identities under the active key")
  public record Rotation(int reencrypted) {}

  @Schema(description = "The tip line's figures for a span of local days (no identity in them)")
  public record Statistics(
      LocalDate from,
      LocalDate to,
      String currency,
      long informantsRegistered,
      long informantsActive,
      long tips,
      Map<String, Long> tipsByCategory,
      Map<String, Long> tipsByStatus,
      long verified,
      long verifiedTrue,
      Double verificationRate,
      long rewardsPaid,
      long rewardsPaidFen,
      Map<String, Long> rewardsPaidFenByMonth) {}
}
