package org.tourismpolicing.blacklist.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.Period;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tourismpolicing.blacklist.screening.SubjectKind;
import org.tourismpolicing.core.i18n.LocalizedText;
import org.tourismpolicing.core.problem.ProblemException;
import org.tourismpolicing.core.problem.ProblemType;

/** The life cycle of a listing: sign-off, effective dates, expiry, revocation, credit repair. */
class BlacklistEntryTest {

  static final Instant NOW = Instant.parse("2026-10-01T02:00:00Z");
  static final CategoryRule TOUTING =
      new CategoryRule("touting", LocalizedText.of("en", "Touting"), Period.ofMonths(6), false);
  static final CategoryRule LOW_PRICE_TOUR =
      new CategoryRule(
          "low-price-tour", LocalizedText.of("en", "Low-price tour"), Period.ofYears(1), true);

  static BlacklistEntry.Subject business() {
    return new BlacklistEntry.Subject(
        SubjectKind.BUSINESS,
        "大理古城某某客栈",
        List.of("某某客栈"),
        "91532901MA6K7Y2E3J",
        "人民路 1 号",
        "张三丰",
        null,
        null,
        null,
        null,
        null);
  }

  static BlacklistEntry proposed(CategoryRule rule, List<String> departments, Instant from) {
    return BlacklistEntry.propose(
        business(),
        "code:91532901MA6K7Y2E3J",
        rule,
        "拉客揽客",
        departments,
        Visibility.PUBLIC,
        from,
        from.plusSeconds(86_400 * 180L),
        null,
        "officer-1",
        NOW);
  }

  @Test
  void oneIssuingDepartmentsSignOffMakesItActiveAtOnce() {
    BlacklistEntry e = proposed(TOUTING, List.of("market-regulation"), NOW);
    assertThat(e.status()).isEqualTo(EntryStatus.PROPOSED);
    assertThat(e.isListed()).isFalse();

    e.signOffForDepartment("market-regulation", NOW);

    assertThat(e.status()).isEqualTo(EntryStatus.ACTIVE);
    assertThat(e.isListed()).isTrue();
    assertThat(e.signedDepartments()).containsExactly("market-regulation");
  }

  @Test
  void everyIssuingDepartmentAndTheLeaderWhenTheCategorySaysSo() {
    BlacklistEntry e =
        proposed(LOW_PRICE_TOUR, List.of("culture-tourism", "market-regulation"), NOW);

    e.signOffForDepartment("culture-tourism", NOW);
    assertThat(e.status()).isEqualTo(EntryStatus.PROPOSED);
    e.signOffForDepartment("market-regulation", NOW);
    assertThat(e.status()).as("the leader has not signed").isEqualTo(EntryStatus.PROPOSED);
    e.signOffAsLeader("leader-1", NOW);

    assertThat(e.status()).isEqualTo(EntryStatus.ACTIVE);
    assertThat(e.leaderSignedBy()).isEqualTo("leader-1");
  }

  @Test
  void aDepartmentThatDidNotIssueItCannotSignAndNobodySignsTwice() {
    BlacklistEntry e = proposed(LOW_PRICE_TOUR, List.of("market-regulation"), NOW);

    assertThatThrownBy(() -> e.signOffForDepartment("fire", NOW))
        .isInstanceOfSatisfying(
            ProblemException.class,
            p -> assertThat(p.type()).isEqualTo(ProblemType.RULE_VIOLATION));
    e.signOffForDepartment("market-regulation", NOW);
    assertThatThrownBy(() -> e.signOffForDepartment("market-regulation", NOW))
        .isInstanceOfSatisfying(
            ProblemException.class, p -> assertThat(p.type()).isEqualTo(ProblemType.CONFLICT));
  }

  @Test
  void aFutureEffectiveDateWaitsSignedOffThenActivatesAndExpires() {
    Instant from = NOW.plusSeconds(86_400 * 3);
    BlacklistEntry e = proposed(TOUTING, List.of("fire"), from);
    e.signOffForDepartment("fire", NOW);
    assertThat(e.status()).isEqualTo(EntryStatus.SIGNED_OFF);

    assertThat(e.activateIfDue(from.minusSeconds(1))).isFalse();
    assertThat(e.activateIfDue(from)).isTrue();
    assertThat(e.status()).isEqualTo(EntryStatus.ACTIVE);

    assertThat(e.expireIfDue(e.effectiveTo().minusSeconds(1))).isFalse();
    assertThat(e.expireIfDue(e.effectiveTo())).isTrue();
    assertThat(e.status()).isEqualTo(EntryStatus.EXPIRED);
    assertThat(e.endedAt()).isEqualTo(e.effectiveTo());
  }

  @Test
  void revokedAndCreditRepairedWithTheirReasonAndFinal() {
    BlacklistEntry revoked = proposed(TOUTING, List.of("fire"), NOW);
    revoked.revoke("录入错误", NOW);
    assertThat(revoked.status()).isEqualTo(EntryStatus.REVOKED);
    assertThat(revoked.statusReason()).isEqualTo("录入错误");

    BlacklistEntry repaired = proposed(TOUTING, List.of("fire"), NOW);
    repaired.signOffForDepartment("fire", NOW);
    repaired.creditRepair("已整改", NOW);
    assertThat(repaired.status()).isEqualTo(EntryStatus.CREDIT_REPAIRED);
    assertThat(repaired.status().isFinal()).isTrue();
  }

  @Test
  void anIllegalMoveIsRefusedNamingTheCurrentStatus() {
    BlacklistEntry e = proposed(TOUTING, List.of("fire"), NOW);

    assertThatThrownBy(() -> e.creditRepair("已整改", NOW))
        .isInstanceOfSatisfying(
            ProblemException.class,
            p -> {
              assertThat(p.type()).isEqualTo(ProblemType.CONFLICT);
              assertThat(p.args()).containsExactly("proposed");
            });
    e.revoke("错误", NOW);
    assertThatThrownBy(() -> e.revoke("again", NOW))
        .isInstanceOfSatisfying(
            ProblemException.class, p -> assertThat(p.args()).containsExactly("revoked"));
    assertThatThrownBy(() -> e.signOffForDepartment("fire", NOW))
        .isInstanceOf(ProblemException.class);
  }

  @Test
  void validityMustEndAfterItStartsAndDepartmentsAreRequired() {
    assertThatThrownBy(
            () ->
                BlacklistEntry.propose(
                    business(),
                    "code:91532901MA6K7Y2E3J",
                    TOUTING,
                    "r",
                    List.of("fire"),
                    Visibility.PUBLIC,
                    NOW,
                    NOW,
                    null,
                    "x",
                    NOW))
        .isInstanceOfSatisfying(
            ProblemException.class,
            p -> assertThat(p.fieldErrors().get(0).field()).isEqualTo("effectiveTo"));
    assertThatThrownBy(
            () ->
                BlacklistEntry.propose(
                    business(),
                    "code:91532901MA6K7Y2E3J",
                    TOUTING,
                    "r",
                    List.of(),
                    Visibility.PUBLIC,
                    NOW,
                    NOW.plusSeconds(60),
                    null,
                    "x",
                    NOW))
        .isInstanceOf(ProblemException.class);
  }

  @Test
  void anOpenEntryHoldsTheKeyOfItsCategoryAndSubjectUntilItEnds() {
    BlacklistEntry touting = proposed(TOUTING, List.of("fire"), NOW);
    BlacklistEntry lowPrice = proposed(LOW_PRICE_TOUR, List.of("fire"), NOW);

    assertThat(touting.openKey())
        .isEqualTo(BlacklistEntry.openKey("touting", "code:91532901MA6K7Y2E3J"))
        .hasSize(64)
        .isNotEqualTo(lowPrice.openKey())
        .isNotEqualTo(BlacklistEntry.openKey("touting", "code:91532901MA6K7Y2E3K"));

    touting.signOffForDepartment("fire", NOW);
    assertThat(touting.isListed()).isTrue();
    assertThat(touting.openKey()).isNotNull();

    touting.revoke("withdrawn", NOW);
    assertThat(touting.openKey()).as("an ended entry frees its subject").isNull();
    touting.holdOpenKey("code:91532901MA6K7Y2E3J");
    assertThat(touting.openKey()).as("never again once ended").isNull();
  }

  @Test
  void anOutdatedVersionIsAConflict() {
    BlacklistEntry e = proposed(TOUTING, List.of("fire"), NOW);
    assertThatThrownBy(() -> e.checkVersion(e.version() + 1))
        .isInstanceOfSatisfying(
            ProblemException.class,
            p -> assertThat(p.type()).isEqualTo(ProblemType.VERSION_CONFLICT));
  }

  @Test
  void subjectFieldsAreKept() {
    BlacklistEntry e = proposed(TOUTING, List.of("fire", "fire", "market-regulation"), NOW);
    assertThat(e.departments()).containsExactly("fire", "market-regulation");
    assertThat(e.aliases()).containsExactly("某某客栈");
    assertThat(e.isIssuedBy("fire")).isTrue();
    assertThat(e.isIssuedBy("fir")).isFalse();
    assertThat(Map.of("v", e.visibility().code())).containsEntry("v", "public");
  }
}
