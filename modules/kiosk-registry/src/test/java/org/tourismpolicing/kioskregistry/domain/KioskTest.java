package org.tourismpolicing.kioskregistry.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.tourismpolicing.core.geo.GeoPoint;
import org.tourismpolicing.core.i18n.LocalizedText;
import org.tourismpolicing.core.problem.FieldError;
import org.tourismpolicing.core.problem.ProblemException;
import org.tourismpolicing.core.problem.ProblemType;
import org.tourismpolicing.core.validation.InvalidValueException;
import org.tourismpolicing.kioskregistry.domain.hours.HolidayCalendar;
import org.tourismpolicing.kioskregistry.domain.hours.OpenState;

class KioskTest {

  private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
  private static final Instant CREATED = Instant.parse("2026-05-01T00:00:00Z");
  private static final Instant NOW = Instant.parse("2026-06-01T02:00:00Z");
  private static final HolidayCalendar NATIONAL_DAY =
      HolidayCalendar.of(Set.of(LocalDate.of(2026, 10, 1)), Set.of());

  private static KioskDetails details(String openingHours) {
    return new KioskDetails(
        KioskType.KIOSK,
        new LocalizedText(Map.of("zh-CN", "南门警务亭", "en", "South Gate Police Kiosk")),
        LocalizedText.of("en", "South end of Fuxing Road"),
        GeoPoint.wgs84(25.6880, 100.1626),
        "south",
        openingHours,
        "0872-2671101");
  }

  private static Kiosk southGate() {
    return new Kiosk("south-gate", details("Mo-Su 09:00-22:00; PH 08:00-23:00"), CREATED);
  }

  /** The instant at which the tenant's wall clock in Shanghai shows {@code local}. */
  private static Instant shanghai(String local) {
    return LocalDateTime.parse(local).atZone(SHANGHAI).toInstant();
  }

  private static ZonedDateTime shanghaiTime(String local) {
    return LocalDateTime.parse(local).atZone(SHANGHAI);
  }

  private static void assertInvalid(Runnable change, String field, String code) {
    assertThatThrownBy(change::run)
        .isInstanceOfSatisfying(
            ProblemException.class,
            e -> {
              assertThat(e.type()).isEqualTo(ProblemType.VALIDATION);
              assertThat(e.fieldErrors()).containsExactly(FieldError.of(field, code));
            });
  }

  @Test
  void aNewKioskIsOpenAtVersionZeroWithItsDetails() {
    Kiosk kiosk = southGate();

    assertThat(kiosk.id()).isNotBlank();
    assertThat(kiosk.code()).isEqualTo("south-gate");
    assertThat(kiosk.status()).isEqualTo(KioskStatus.OPEN);
    assertThat(kiosk.version()).isZero();
    assertThat(kiosk.position()).isEqualTo(GeoPoint.wgs84(25.6880, 100.1626));
    assertThat(kiosk.zoneCode()).isEqualTo("south");
    assertThat(kiosk.createdAt()).isEqualTo(CREATED);
    assertThat(kiosk.updatedAt()).isEqualTo(CREATED);
    assertThat(new Kiosk("west-gate", details("24/7"), CREATED).id()).isNotEqualTo(kiosk.id());
  }

  @Test
  void openingHoursThatDoNotParseAreRefused() {
    assertThatThrownBy(() -> new Kiosk("k", details("Mon-Fri 9-17"), CREATED))
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> assertThat(e.code()).isEqualTo("opening-hours.syntax"));
  }

  @Test
  void aRefusedUpdateChangesNothing() {
    Kiosk kiosk = southGate();

    assertThatThrownBy(() -> kiosk.update(details("sunrise-sunset"), NOW))
        .isInstanceOf(InvalidValueException.class);

    assertThat(kiosk.openingHours()).isEqualTo("Mo-Su 09:00-22:00; PH 08:00-23:00");
    assertThat(kiosk.updatedAt()).isEqualTo(CREATED);
  }

  @Test
  void updateReplacesTheDetailsButNotCodeOrStatus() {
    Kiosk kiosk = southGate();
    kiosk.changeStatus(KioskStatus.CLOSED, "works on the gate", null, NOW);

    kiosk.update(details("Mo-Su 08:30-18:00"), NOW.plusSeconds(60));

    assertThat(kiosk.openingHours()).isEqualTo("Mo-Su 08:30-18:00");
    assertThat(kiosk.code()).isEqualTo("south-gate");
    assertThat(kiosk.status()).isEqualTo(KioskStatus.CLOSED);
    assertThat(kiosk.updatedAt()).isEqualTo(NOW.plusSeconds(60));
  }

  @Nested
  class StatusChanges {

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "   "})
    void suspendingNeedsAReason(String reason) {
      Kiosk kiosk = southGate();

      assertInvalid(
          () -> kiosk.changeStatus(KioskStatus.SUSPENDED, reason, null, NOW),
          "reason",
          "kiosk.status.reason-required");
      assertThat(kiosk.status()).isEqualTo(KioskStatus.OPEN);
    }

    @Test
    void closingNeedsAReason() {
      assertInvalid(
          () -> southGate().changeStatus(KioskStatus.CLOSED, null, null, NOW),
          "reason",
          "kiosk.status.reason-required");
    }

    @Test
    void reopeningNeedsNoReasonAndClearsTheOldOne() {
      Kiosk kiosk = southGate();
      kiosk.changeStatus(KioskStatus.SUSPENDED, "officers called to an incident", null, NOW);

      kiosk.changeStatus(KioskStatus.OPEN, null, null, NOW.plusSeconds(600));

      assertThat(kiosk.status()).isEqualTo(KioskStatus.OPEN);
      assertThat(kiosk.statusReason()).isNull();
      assertThat(kiosk.statusUntil()).isNull();
      assertThat(kiosk.updatedAt()).isEqualTo(NOW.plusSeconds(600));
    }

    @Test
    void aReasonGivenForReopeningIsNotKept() {
      Kiosk kiosk = southGate();

      kiosk.changeStatus(KioskStatus.OPEN, "storm is over", null, NOW);

      assertThat(kiosk.statusReason()).isNull();
    }

    @Test
    void suspensionKeepsReasonAndEnd() {
      Kiosk kiosk = southGate();
      Instant until = NOW.plus(Duration.ofHours(2));

      kiosk.changeStatus(KioskStatus.SUSPENDED, "storm", until, NOW);

      assertThat(kiosk.status()).isEqualTo(KioskStatus.SUSPENDED);
      assertThat(kiosk.statusReason()).isEqualTo("storm");
      assertThat(kiosk.statusUntil()).isEqualTo(until);
    }

    @ParameterizedTest
    @EnumSource(
        value = KioskStatus.class,
        names = {"OPEN", "CLOSED"})
    void anEndTimeIsOnlyForASuspension(KioskStatus status) {
      assertInvalid(
          () -> southGate().changeStatus(status, "end of season", NOW.plusSeconds(3600), NOW),
          "until",
          "kiosk.status.until-only-for-suspension");
    }

    @ParameterizedTest
    @ValueSource(longs = {0, -1, -3600})
    void theEndOfASuspensionMustBeInTheFuture(long secondsFromNow) {
      assertInvalid(
          () ->
              southGate()
                  .changeStatus(
                      KioskStatus.SUSPENDED, "storm", NOW.plusSeconds(secondsFromNow), NOW),
          "until",
          "kiosk.status.until-in-past");
    }
  }

  @Nested
  class EffectiveStatus {

    @Test
    void aSuspensionEndsByItselfWhenItsTimeIsUp() {
      Kiosk kiosk = southGate();
      Instant until = NOW.plus(Duration.ofHours(2));
      kiosk.changeStatus(KioskStatus.SUSPENDED, "storm", until, NOW);

      assertThat(kiosk.effectiveStatus(until.minusMillis(1))).isEqualTo(KioskStatus.SUSPENDED);
      assertThat(kiosk.effectiveStatus(until)).isEqualTo(KioskStatus.OPEN);
      assertThat(kiosk.effectiveStatus(until.plus(Duration.ofDays(1)))).isEqualTo(KioskStatus.OPEN);
      assertThat(kiosk.status())
          .as("the stored status is unchanged")
          .isEqualTo(KioskStatus.SUSPENDED);
    }

    @Test
    void aSuspensionWithoutEndLastsUntilReopened() {
      Kiosk kiosk = southGate();
      kiosk.changeStatus(KioskStatus.SUSPENDED, "storm", null, NOW);

      assertThat(kiosk.effectiveStatus(NOW.plus(Duration.ofDays(365))))
          .isEqualTo(KioskStatus.SUSPENDED);
    }

    @Test
    void closedStaysClosed() {
      Kiosk kiosk = southGate();
      kiosk.changeStatus(KioskStatus.CLOSED, "end of season", null, NOW);

      assertThat(kiosk.effectiveStatus(NOW.plus(Duration.ofDays(365))))
          .isEqualTo(KioskStatus.CLOSED);
    }
  }

  @Nested
  class OpenStates {

    @Test
    void openWithinItsHoursOnTheTenantsWallClock() {
      OpenState state =
          southGate().openState(shanghai("2026-06-01T09:30"), SHANGHAI, HolidayCalendar.none());

      assertThat(state)
          .isEqualTo(new OpenState(true, Optional.of(shanghaiTime("2026-06-01T22:00"))));
    }

    @Test
    void closedOutsideItsHours() {
      OpenState state =
          southGate().openState(shanghai("2026-06-01T08:30"), SHANGHAI, HolidayCalendar.none());

      assertThat(state)
          .isEqualTo(new OpenState(false, Optional.of(shanghaiTime("2026-06-01T09:00"))));
    }

    /** 22:30 in Dali is 14:30 UTC, well within 09:00-22:00 on a UTC clock. */
    @Test
    void hoursAreReadInTheTenantsZoneNotInUtc() {
      Instant evening = shanghai("2026-06-01T22:30");

      assertThat(southGate().openState(evening, SHANGHAI, HolidayCalendar.none()).open()).isFalse();
      assertThat(southGate().openState(evening, ZoneId.of("UTC"), HolidayCalendar.none()).open())
          .isTrue();
    }

    @Test
    void publicHolidaysHaveTheirOwnHours() {
      Instant early = shanghai("2026-10-01T08:15");

      assertThat(southGate().openState(early, SHANGHAI, NATIONAL_DAY))
          .isEqualTo(new OpenState(true, Optional.of(shanghaiTime("2026-10-01T23:00"))));
      assertThat(southGate().openState(early, SHANGHAI, HolidayCalendar.none()).open()).isFalse();
    }

    @Test
    void aSuspendedKioskIsClosedUntilTheSuspensionEnds() {
      Kiosk kiosk = southGate();
      Instant now = shanghai("2026-06-01T10:00");
      Instant until = shanghai("2026-06-01T12:00");
      kiosk.changeStatus(KioskStatus.SUSPENDED, "storm", until, now);

      assertThat(kiosk.openState(now, SHANGHAI, HolidayCalendar.none()))
          .isEqualTo(new OpenState(false, Optional.of(shanghaiTime("2026-06-01T12:00"))));
      assertThat(kiosk.openState(until, SHANGHAI, HolidayCalendar.none()))
          .isEqualTo(new OpenState(true, Optional.of(shanghaiTime("2026-06-01T22:00"))));
    }

    @Test
    void aSuspensionWithoutEndHasNoKnownChange() {
      Kiosk kiosk = southGate();
      Instant now = shanghai("2026-06-01T10:00");
      kiosk.changeStatus(KioskStatus.SUSPENDED, "storm", null, now);

      assertThat(kiosk.openState(now, SHANGHAI, HolidayCalendar.none()))
          .isEqualTo(new OpenState(false, Optional.empty()));
    }

    @Test
    void aClosedKioskIsClosedWhateverItsHours() {
      Kiosk kiosk = new Kiosk("k", details("24/7"), CREATED);
      kiosk.changeStatus(KioskStatus.CLOSED, "works", null, NOW);

      assertThat(kiosk.openState(NOW, SHANGHAI, HolidayCalendar.none()))
          .isEqualTo(new OpenState(false, Optional.empty()));
    }
  }

  @Test
  void checkVersionRefusesAnOlderEdit() {
    Kiosk kiosk = southGate();

    kiosk.checkVersion(0);
    assertThatThrownBy(() -> kiosk.checkVersion(3))
        .isInstanceOfSatisfying(
            ProblemException.class,
            e -> {
              assertThat(e.type()).isEqualTo(ProblemType.VERSION_CONFLICT);
              assertThat(e.type().status()).isEqualTo(409);
              assertThat(e.args()).containsExactly(3L, 0L);
            });
  }
}
