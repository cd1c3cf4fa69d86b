package org.tourismpolicing.informantrewards.domain;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The tip line's figures for a span: informants registered and active, tips by category and by
 * outcome, the verification rate (verified true among verified) and rewards paid per month. Built
 * from facts without identity, so nothing here can name an informant.
 */
public record TipStatistics(
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
    Map<String, Long> rewardsPaidFenByMonth) {

  /** What statistics need of a tip. */
  public record TipFacts(
      String category, TipStatus status, boolean verifiedTrue, boolean verified) {}

  /** What statistics need of a payment. */
  public record PaymentFacts(LocalDate paidOn, long fen) {}

  public static TipStatistics of(
      LocalDate from,
      LocalDate to,
      String currency,
      long informantsRegistered,
      long informantsActive,
      List<TipFacts> tips,
      List<PaymentFacts> payments) {
    Map<String, Long> byCategory = new TreeMap<>();
    Map<String, Long> byStatus = new TreeMap<>();
    long verified = 0;
    long verifiedTrue = 0;
    for (TipFacts t : tips) {
      byCategory.merge(t.category(), 1L, Long::sum);
      byStatus.merge(t.status().code(), 1L, Long::sum);
      if (t.verified()) {
        verified++;
        if (t.verifiedTrue()) {
          verifiedTrue++;
        }
      }
    }
    Map<String, Long> byMonth = new TreeMap<>();
    long paidFen = 0;
    for (PaymentFacts p : payments) {
      byMonth.merge(YearMonth.from(p.paidOn()).toString(), p.fen(), Long::sum);
      paidFen += p.fen();
    }
    return new TipStatistics(
        from,
        to,
        currency,
        informantsRegistered,
        informantsActive,
        tips.size(),
        byCategory,
        byStatus,
        verified,
        verifiedTrue,
        verified == 0 ? null : (double) verifiedTrue / verified,
        payments.size(),
        paidFen,
        byMonth);
  }
}
