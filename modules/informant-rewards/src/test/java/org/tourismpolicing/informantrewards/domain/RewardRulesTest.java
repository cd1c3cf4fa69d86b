package org.tourismpolicing.informantrewards.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tourismpolicing.core.money.Money;
import org.tourismpolicing.core.problem.ProblemException;
import org.tourismpolicing.core.problem.ProblemType;

/** The reward schedule, four-eyes approval and budget periods. */
class RewardRulesTest {

  private static final Instant NOW = Instant.parse("2026-11-28T02:00:00Z");

  private static final RewardSchedule SCHEDULE =
      new RewardSchedule(
          List.of(
              new RewardSchedule.Rule("illegal-lodging", "verified-true", 5000, 20000),
              new RewardSchedule.Rule("drugs", "verified-true", 50000, 50000),
              new RewardSchedule.Rule("*", "verified-true", 3000, 3000)));

  @Test
  void aRangeTakesTheProposedAmountWithinItsBounds() {
    assertThat(SCHEDULE.amountFor("illegal-lodging", TipStatus.VERIFIED_TRUE, 12000L, "CNY"))
        .isEqualTo(Money.cny(12000));
    assertThat(SCHEDULE.amountFor("illegal-lodging", TipStatus.VERIFIED_TRUE, 5000L, "CNY"))
        .isEqualTo(Money.cny(5000));
    assertThatThrownBy(
            () -> SCHEDULE.amountFor("illegal-lodging", TipStatus.VERIFIED_TRUE, 20001L, "CNY"))
        .isInstanceOfSatisfying(
            ProblemException.class,
            e -> {
              assertThat(e.type()).isEqualTo(ProblemType.RULE_VIOLATION);
              assertThat(e.code()).isEqualTo("reward.out-of-range");
              assertThat(e.args()).containsExactly("200.01", "50.00", "200.00");
            });
    assertThatThrownBy(
            () -> SCHEDULE.amountFor("illegal-lodging", TipStatus.VERIFIED_TRUE, null, "CNY"))
        .isInstanceOfSatisfying(
            ProblemException.class, e -> assertThat(e.type()).isEqualTo(ProblemType.VALIDATION));
  }

  @Test
  void aFixedRuleGivesItsAmountAndTheWildcardCoversOtherCategories() {
    assertThat(SCHEDULE.amountFor("drugs", TipStatus.VERIFIED_TRUE, null, "CNY"))
        .isEqualTo(Money.cny(50000));
    assertThat(SCHEDULE.amountFor("touting", TipStatus.VERIFIED_TRUE, null, "CNY"))
        .isEqualTo(Money.cny(3000));
    assertThatThrownBy(() -> SCHEDULE.amountFor("drugs", TipStatus.VERIFIED_TRUE, 40000L, "CNY"))
        .hasMessageContaining("reward.out-of-range");
  }

  @Test
  void anOutcomeWithoutARuleEarnsNothing() {
    assertThatThrownBy(() -> SCHEDULE.amountFor("drugs", TipStatus.VERIFIED_FALSE, 100L, "CNY"))
        .isInstanceOfSatisfying(
            ProblemException.class, e -> assertThat(e.code()).isEqualTo("reward.no-rule"));
    assertThatThrownBy(
            () ->
                new RewardSchedule(List.of())
                    .amountFor("touting", TipStatus.VERIFIED_TRUE, 100L, "CNY"))
        .hasMessageContaining("reward.no-rule");
  }

  @Test
  void theProposerCannotApproveTheirOwnReward() {
    Reward r = new Reward("t-1", Money.cny(5000), null, "handler-1", NOW);
    assertThatThrownBy(() -> r.approve("handler-1", "2026-11", NOW))
        .isInstanceOfSatisfying(
            ProblemException.class,
            e -> {
              assertThat(e.type()).isEqualTo(ProblemType.RULE_VIOLATION);
              assertThat(e.code()).isEqualTo("reward.four-eyes");
            });
    assertThat(r.status()).isEqualTo(RewardStatus.PROPOSED);
    r.approve("approver-1", "2026-11", NOW);
    assertThat(r.status()).isEqualTo(RewardStatus.APPROVED);
    assertThat(r.approvedBy()).isEqualTo("approver-1");
    assertThat(r.budgetPeriod()).isEqualTo("2026-11");
  }

  @Test
  void aRewardIsApprovedOnceAndPaidOnce() {
    Reward r = new Reward("t-1", Money.cny(5000), null, "handler-1", NOW);
    assertThatThrownBy(r::paid).hasMessageContaining("reward.not-approved");
    r.approve("approver-1", "2026-11", NOW);
    assertThatThrownBy(() -> r.approve("approver-2", "2026-11", NOW))
        .hasMessageContaining("reward.not-proposed");
    r.paid();
    assertThat(r.status()).isEqualTo(RewardStatus.PAID);
    assertThatThrownBy(r::paid)
        .isInstanceOfSatisfying(
            ProblemException.class, e -> assertThat(e.code()).isEqualTo("reward.already-paid"));
  }

  @Test
  void budgetPeriodsFollowTheCalendar() {
    LocalDate d = LocalDate.of(2026, 11, 28);
    assertThat(BudgetPeriod.MONTH.keyOf(d)).isEqualTo("2026-11");
    assertThat(BudgetPeriod.QUARTER.keyOf(d)).isEqualTo("2026-Q4");
    assertThat(BudgetPeriod.QUARTER.keyOf(LocalDate.of(2026, 1, 1))).isEqualTo("2026-Q1");
    assertThat(BudgetPeriod.QUARTER.keyOf(LocalDate.of(2026, 6, 30))).isEqualTo("2026-Q2");
    assertThat(BudgetPeriod.YEAR.keyOf(d)).isEqualTo("2026");
  }

  @Test
  void aLedgerLineCopiesTheApprovedAmount() {
    Reward r = new Reward("t-1", Money.cny(12000), null, "handler-1", NOW);
    r.approve("approver-1", "2026-11", NOW);
    RewardPayment p = new RewardPayment(r, PaymentMethod.CASH, "cash", "handler-1", NOW);
    assertThat(p.amount()).isEqualTo(Money.cny(12000));
    assertThat(p.method()).isEqualTo("cash");
    assertThat(p.rewardId()).isEqualTo(r.id());
    assertThat(PaymentMethod.fromCode("mobile-payment")).contains(PaymentMethod.MOBILE_PAYMENT);
    assertThat(PaymentMethod.fromCode("cheque")).isEmpty();
  }
}
