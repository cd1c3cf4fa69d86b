package org.tourismpolicing.mediation.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.tourismpolicing.core.problem.ProblemException;
import org.tourismpolicing.core.problem.ProblemType;

/** One-time satisfaction links: random tokens stored hashed; answered once, before expiry. */
class SatisfactionLinkTest {

  private static final Instant ISSUED = Instant.parse("2026-10-03T02:00:00Z");

  private static SatisfactionLink link() {
    return new SatisfactionLink(
        "case", "party", SatisfactionTokens.hash("t"), ISSUED, Duration.ofDays(14));
  }

  private static void assertRefused(Runnable r, ProblemType type, String code) {
    assertThatThrownBy(r::run)
        .isInstanceOfSatisfying(
            ProblemException.class,
            e -> {
              assertThat(e.type()).isEqualTo(type);
              assertThat(e.code()).isEqualTo(code);
            });
  }

  @Test
  void aLinkIsAnsweredOnceAndThenRefused() {
    SatisfactionLink l = link();

    l.answer(5, "耐心、公道", ISSUED.plusSeconds(60));

    assertThat(l.rating()).isEqualTo(5);
    assertThat(l.usedAt()).isEqualTo(ISSUED.plusSeconds(60));
    assertRefused(
        () -> l.answer(1, "changed my mind", ISSUED.plusSeconds(120)),
        ProblemType.CONFLICT,
        "satisfaction.link.used");
    assertThat(l.rating()).isEqualTo(5);
  }

  @Test
  void aLinkExpiresAfterItsValidity() {
    SatisfactionLink l = link();
    assertThat(l.expiresAt()).isEqualTo(ISSUED.plus(Duration.ofDays(14)));

    assertRefused(
        () -> l.answer(4, null, ISSUED.plus(Duration.ofDays(14))),
        ProblemType.CONFLICT,
        "satisfaction.link.expired");
    assertThat(l.usedAt()).isNull();
  }

  @Test
  void ratingsAreOneToFive() {
    SatisfactionLink l = link();
    assertRefused(() -> l.answer(6, null, ISSUED), ProblemType.VALIDATION, "validation.detail");
    assertRefused(() -> l.answer(0, null, ISSUED), ProblemType.VALIDATION, "validation.detail");
    assertThat(l.usedAt()).isNull();
  }

  @Test
  void tokensAreRandomWellFormedAndOnlyTheirHashIsKept() {
    Set<String> tokens = new HashSet<>();
    for (int i = 0; i < 200; i++) {
      String t = SatisfactionTokens.newToken();
      assertThat(SatisfactionTokens.isWellFormed(t)).isTrue();
      tokens.add(t);
    }
    assertThat(tokens).hasSize(200);
    String t = tokens.iterator().next();
    assertThat(SatisfactionTokens.hash(t)).hasSize(64).doesNotContain(t);
    // the stored form is the SHA-256 of the token in hex, worked out beforehand with sha256sum
    assertThat(SatisfactionTokens.hash("A".repeat(43)))
        .isEqualTo("0f007385b6f9d4b7eeb2748605afe1a984a0a3bfa3f014d09e2a784ce9e5cd1a");
    assertThat(SatisfactionTokens.isWellFormed("short")).isFalse();
    assertThat(SatisfactionTokens.isWellFormed(t.substring(1) + "/")).isFalse();
  }
}
