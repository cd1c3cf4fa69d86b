package org.tourismpolicing.informantrewards.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The seed's kinds of figures (94 informants, 37 tips, ¥3000+ paid) follow from the rows. */
class TipStatisticsTest {

  @Test
  void theSeedsFiguresAreReproducibleFromFacts() {
    List<TipStatistics.TipFacts> tips = new ArrayList<>();
    for (int i = 0; i < 37; i++) {
      String category = i % 3 == 0 ? "illegal-lodging" : i % 3 == 1 ? "touting" : "public-order";
      boolean verified = i < 30;
      boolean verifiedTrue = i < 24;
      TipStatus status =
          !verified ? TipStatus.UNDER_REVIEW : verifiedTrue ? TipStatus.PAID : TipStatus.NO_REWARD;
      tips.add(new TipStatistics.TipFacts(category, status, verifiedTrue, verified));
    }
    List<TipStatistics.PaymentFacts> payments = new ArrayList<>();
    for (int i = 0; i < 24; i++) {
      payments.add(new TipStatistics.PaymentFacts(LocalDate.of(2026, 1 + i % 12, 15), 12_500));
    }

    TipStatistics s =
        TipStatistics.of(
            LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), "CNY", 94, 60, tips, payments);

    assertThat(s.informantsRegistered()).isEqualTo(94);
    assertThat(s.tips()).isEqualTo(37);
    assertThat(s.tipsByCategory())
        .containsEntry("illegal-lodging", 13L)
        .containsEntry("touting", 12L)
        .containsEntry("public-order", 12L);
    assertThat(s.tipsByStatus())
        .containsEntry("paid", 24L)
        .containsEntry("no-reward", 6L)
        .containsEntry("under-review", 7L);
    assertThat(s.verified()).isEqualTo(30);
    assertThat(s.verificationRate()).isEqualTo(0.8);
    assertThat(s.rewardsPaid()).isEqualTo(24);
    assertThat(s.rewardsPaidFen()).isEqualTo(300_000);
    assertThat(s.rewardsPaidFenByMonth()).containsEntry("2026-01", 25_000L).hasSize(12);
  }

  @Test
  void noVerifiedTipMeansNoRate() {
    TipStatistics s =
        TipStatistics.of(
            LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 31), "CNY", 0, 0, List.of(), List.of());
    assertThat(s.verificationRate()).isNull();
    assertThat(s.rewardsPaidFen()).isZero();
  }
}
