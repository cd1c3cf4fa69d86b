package org.tourismpolicing.blacklist.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.tourismpolicing.blacklist.domain.BlacklistEntryTest.NOW;
import static org.tourismpolicing.blacklist.domain.BlacklistEntryTest.TOUTING;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tourismpolicing.core.problem.ProblemException;

/** Appeals pause a listing while under review and end it when they succeed. */
class AppealTest {

  private static BlacklistEntry active() {
    BlacklistEntry e = BlacklistEntryTest.proposed(TOUTING, List.of("fire"), NOW);
    e.signOffForDepartment("fire", NOW);
    return e;
  }

  @Test
  void underReviewSuspendsAndAFailedAppealListsAgain() {
    BlacklistEntry e = active();
    Appeal a = Appeal.receive(e, "经营者", "不是我们", "officer-1", NOW);
    assertThat(a.status()).isEqualTo(AppealStatus.RECEIVED);

    a.startReview(e, true, NOW);
    assertThat(a.status()).isEqualTo(AppealStatus.UNDER_REVIEW);
    assertThat(e.status()).isEqualTo(EntryStatus.SUSPENDED);
    assertThat(e.isListed()).isFalse();

    a.decide(e, AppealStatus.UPHELD, "证据充分", "leader", NOW);
    assertThat(a.status()).isEqualTo(AppealStatus.UPHELD);
    assertThat(e.status()).isEqualTo(EntryStatus.ACTIVE);
  }

  @Test
  void anOverturnedListingEndsAsRevokedByAppeal() {
    BlacklistEntry e = active();
    Appeal a = Appeal.receive(e, "经营者", "不是我们", "officer-1", NOW);
    a.startReview(e, false, NOW);
    assertThat(e.status()).as("the tenant does not pause").isEqualTo(EntryStatus.ACTIVE);

    a.decide(e, AppealStatus.OVERTURNED, "证据不足", "leader", NOW);

    assertThat(e.status()).isEqualTo(EntryStatus.REVOKED_BY_APPEAL);
    assertThat(e.statusReason()).isEqualTo("证据不足");
  }

  @Test
  void aSuspendedListingWhoseValidityEndedExpiresWhenUpheld() {
    BlacklistEntry e = active();
    Appeal a = Appeal.receive(e, "经营者", "理由", "officer-1", NOW);
    a.startReview(e, true, NOW);
    a.decide(e, AppealStatus.UPHELD, "维持", "leader", e.effectiveTo().plusSeconds(1));
    assertThat(e.status()).isEqualTo(EntryStatus.EXPIRED);
  }

  @Test
  void stepsOutOfOrderAreConflicts() {
    BlacklistEntry proposed = BlacklistEntryTest.proposed(TOUTING, List.of("fire"), NOW);
    assertThatThrownBy(() -> Appeal.receive(proposed, "x", "y", "z", NOW))
        .isInstanceOfSatisfying(
            ProblemException.class, p -> assertThat(p.args()).containsExactly("proposed"));

    BlacklistEntry e = active();
    Appeal a = Appeal.receive(e, "经营者", "理由", "officer-1", NOW);
    assertThatThrownBy(() -> a.decide(e, AppealStatus.OVERTURNED, "n", "l", NOW))
        .isInstanceOfSatisfying(
            ProblemException.class, p -> assertThat(p.args()).containsExactly("received"));
    a.startReview(e, true, NOW);
    assertThatThrownBy(() -> a.startReview(e, true, NOW)).isInstanceOf(ProblemException.class);
    assertThatThrownBy(() -> a.decide(e, AppealStatus.RECEIVED, "n", "l", NOW))
        .isInstanceOf(ProblemException.class);
  }
}
