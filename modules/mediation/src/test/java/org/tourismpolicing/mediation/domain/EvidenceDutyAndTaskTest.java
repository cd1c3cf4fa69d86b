package org.tourismpolicing.mediation.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.tourismpolicing.core.problem.ProblemException;
import org.tourismpolicing.core.problem.ProblemType;

/** Evidence recognised by content, duty shifts' limits, department tasks answered once. */
class EvidenceDutyAndTaskTest {

  private static final Instant T = Instant.parse("2026-10-01T01:00:00Z");

  @Test
  void evidenceIsRecognisedByItsFirstBytesNotItsName() {
    byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0};
    byte[] jpeg = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0};
    byte[] pdf = "%PDF-1.7\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    byte[] script = "<script>alert(1)</script>".getBytes(java.nio.charset.StandardCharsets.UTF_8);

    assertThat(EvidenceType.sniff(png)).contains(EvidenceType.PNG);
    assertThat(EvidenceType.sniff(jpeg)).contains(EvidenceType.JPEG);
    assertThat(EvidenceType.sniff(pdf)).contains(EvidenceType.PDF);
    assertThat(EvidenceType.sniff(script)).isEmpty();
    assertThat(EvidenceType.sniff(new byte[] {(byte) 0x89})).isEmpty();
    assertThat(EvidenceType.ofMediaType("IMAGE/PNG")).contains(EvidenceType.PNG);
  }

  @Test
  void aShiftEndsAfterItStartsAndLastsAtMostADay() {
    assertThatThrownBy(() -> new DutyShift("m", T, T, T, "leader"))
        .isInstanceOfSatisfying(
            ProblemException.class,
            e -> assertThat(e.fieldErrors().get(0).field()).isEqualTo("endsAt"));
    assertThatThrownBy(() -> new DutyShift("m", T, T.plus(Duration.ofHours(25)), T, "leader"))
        .isInstanceOfSatisfying(
            ProblemException.class,
            e -> assertThat(e.fieldErrors().get(0).code()).isEqualTo("duty.too-long"));

    DutyShift day = new DutyShift("m", T, T.plus(Duration.ofHours(9)), T, "leader");
    assertThat(day.covers(T)).isTrue();
    assertThat(day.covers(T.plus(Duration.ofHours(9)))).as("end is exclusive").isFalse();
    assertThat(day.overlaps(T.plus(Duration.ofHours(8)), T.plus(Duration.ofHours(10)))).isTrue();
    assertThat(day.overlaps(T.plus(Duration.ofHours(9)), T.plus(Duration.ofHours(10)))).isFalse();
  }

  @Test
  void aTaskIsDueInTheFutureAndAnsweredOnce() {
    assertThatThrownBy(() -> new DepartmentTask("c", "fire", "check exits", T, T, "m"))
        .isInstanceOf(ProblemException.class);
    DepartmentTask task =
        new DepartmentTask("c", "fire", "check exits", T.plus(Duration.ofDays(3)), T, "m");
    assertThat(task.isOverdue(T.plus(Duration.ofDays(4)))).isTrue();

    task.answer("Exits are clear.", "fire-user", T.plus(Duration.ofDays(1)));

    assertThat(task.status()).isEqualTo(TaskStatus.ANSWERED);
    assertThat(task.isOverdue(T.plus(Duration.ofDays(4)))).isFalse();
    assertThatThrownBy(() -> task.answer("again", "fire-user", T.plus(Duration.ofDays(2))))
        .isInstanceOfSatisfying(
            ProblemException.class, e -> assertThat(e.type()).isEqualTo(ProblemType.CONFLICT));
  }

  @Test
  void anOutreachVisitOpensOneCaseAtMost() {
    OutreachVisit v =
        new OutreachVisit(
            OutreachKind.KNOCK,
            OutreachTarget.MERCHANT,
            "人民路某客栈",
            null,
            "south",
            T,
            "m",
            "Guests complain about the deposit",
            T);
    v.openedCase("case-1");
    assertThat(v.caseId()).isEqualTo("case-1");
    assertThatThrownBy(() -> v.openedCase("case-2")).isInstanceOf(ProblemException.class);
    assertThat(v.caseId()).isEqualTo("case-1");
  }
}
