package org.tourismpolicing.informantrewards.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.tourismpolicing.core.problem.ProblemException;
import org.tourismpolicing.core.problem.ProblemType;

/** The tip's life cycle: the documented path, every illegal move refused naming the status. */
class TipWorkflowTest {

  private static final Instant NOW = Instant.parse("2026-11-28T02:00:00Z");

  static Tip tip() {
    return new Tip(
        "t-1",
        "XS-20261128-7QK3M",
        new Tip.Report("illegal-lodging", "无证客栈每晚接待游客入住", "人民路", null, null, null, null),
        null,
        "r".repeat(64),
        "c".repeat(64),
        "x".repeat(64),
        NOW);
  }

  @Test
  void aTipGoesFromSubmittedToPaid() {
    Tip t = tip();
    for (TipStatus s :
        List.of(
            TipStatus.UNDER_REVIEW,
            TipStatus.ACCEPTED,
            TipStatus.VERIFYING,
            TipStatus.VERIFIED_TRUE,
            TipStatus.REWARD_DECIDED,
            TipStatus.PAID)) {
      t.moveTo(s, "step " + s.code(), NOW.plusSeconds(60));
      assertThat(t.status()).isEqualTo(s);
    }
    assertThat(t.wasVerifiedTrue()).isTrue();
    assertThat(t.verifiedAt()).isEqualTo(NOW.plusSeconds(60));
    assertThat(t.status().isFinal()).isTrue();
    // facts verified true stay usable for police action after payment
    t.requireVerifiedTrue();
  }

  @Test
  void aFalseTipEndsWithoutRewardAndCannotLeadToPoliceAction() {
    Tip t = tip();
    t.moveTo(TipStatus.UNDER_REVIEW, null, NOW);
    t.moveTo(TipStatus.ACCEPTED, null, NOW);
    t.moveTo(TipStatus.VERIFYING, null, NOW);
    t.moveTo(TipStatus.VERIFIED_FALSE, "nobody there", NOW);
    assertThatThrownBy(() -> t.moveTo(TipStatus.REWARD_DECIDED, null, NOW))
        .isInstanceOf(ProblemException.class);
    assertThatThrownBy(t::requireVerifiedTrue)
        .isInstanceOfSatisfying(
            ProblemException.class, e -> assertThat(e.args()).contains("verified-false"));
    t.moveTo(TipStatus.NO_REWARD, null, NOW);
    assertThat(t.handlerNote()).isEqualTo("nobody there");
  }

  @Test
  void aRejectedTipIsFinal() {
    Tip t = tip();
    t.moveTo(TipStatus.UNDER_REVIEW, null, NOW);
    t.moveTo(TipStatus.REJECTED, "not our jurisdiction", NOW);
    for (TipStatus s : TipStatus.values()) {
      assertThat(t.status().canMoveTo(s)).as("rejected → %s", s).isFalse();
    }
  }

  @ParameterizedTest
  @EnumSource(TipStatus.class)
  void anIllegalMoveAnswers409NamingTheCurrentStatus(TipStatus target) {
    Tip t = tip();
    EnumSet<TipStatus> legal = EnumSet.of(TipStatus.UNDER_REVIEW);
    if (legal.contains(target)) {
      t.moveTo(target, null, NOW);
      return;
    }
    assertThatThrownBy(() -> t.moveTo(target, null, NOW))
        .isInstanceOfSatisfying(
            ProblemException.class,
            e -> {
              assertThat(e.type()).isEqualTo(ProblemType.CONFLICT);
              assertThat(e.code()).isEqualTo("tip.transition");
              assertThat(e.args()).containsExactly("XS-20261128-7QK3M", "submitted", target.code());
            });
    assertThat(t.status()).isEqualTo(TipStatus.SUBMITTED);
  }

  @Test
  void statusCodesRoundTrip() {
    for (TipStatus s : TipStatus.values()) {
      assertThat(TipStatus.fromCode(s.code())).contains(s);
    }
    assertThat(TipStatus.VERIFIED_TRUE.code()).isEqualTo("verified-true");
    assertThat(TipStatus.fromCode("VERIFIED_TRUE")).isEmpty();
  }
}
