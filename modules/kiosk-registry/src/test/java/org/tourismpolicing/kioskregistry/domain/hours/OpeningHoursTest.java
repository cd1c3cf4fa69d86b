package org.tourismpolicing.kioskregistry.domain.hours;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.tourismpolicing.core.validation.InvalidValueException;

class OpeningHoursTest {

  private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
  private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

  /** National Day week 2025 (Wednesday 1 to Tuesday 7 October). */
  private static final HolidayCalendar NATIONAL_DAY =
      HolidayCalendar.of(
          Set.copyOf(
              IntStream.rangeClosed(1, 7).mapToObj(day -> LocalDate.of(2025, 10, day)).toList()),
          Set.of());

  private static final HolidayCalendar NONE = HolidayCalendar.none();

  private static ZonedDateTime shanghai(String localDateTime) {
    return LocalDateTime.parse(localDateTime).atZone(SHANGHAI);
  }

  private static boolean openAt(String expression, String shanghaiLocal) {
    return OpeningHours.parse(expression).isOpenAt(shanghai(shanghaiLocal), NONE);
  }

  private static Optional<ZonedDateTime> changeAfter(String expression, String shanghaiLocal) {
    return OpeningHours.parse(expression).stateAt(shanghai(shanghaiLocal), NONE).changesAt();
  }

  @Nested
  class DailyHours {

    private final OpeningHours hours = OpeningHours.parse("Mo-Su 09:00-22:00");

    @Test
    void openFromTheFirstMinuteUntilBeforeTheEnd() {
      assertThat(hours.isOpenAt(shanghai("2025-06-02T09:00"), NONE)).isTrue();
      assertThat(hours.isOpenAt(shanghai("2025-06-02T21:59"), NONE)).isTrue();
      assertThat(hours.isOpenAt(shanghai("2025-06-02T21:59:59.999"), NONE)).isTrue();
    }

    @Test
    void closedAtTheEndAndBeforeTheStart() {
      assertThat(hours.isOpenAt(shanghai("2025-06-02T22:00"), NONE)).isFalse();
      assertThat(hours.isOpenAt(shanghai("2025-06-02T08:59"), NONE)).isFalse();
      assertThat(hours.isOpenAt(shanghai("2025-06-02T08:59:59"), NONE)).isFalse();
    }

    @Test
    void stateAtGivesTheClosingTimeWhileOpen() {
      OpenState state = hours.stateAt(shanghai("2025-06-02T10:00"), NONE);

      assertThat(state.open()).isTrue();
      assertThat(state.changesAt()).contains(shanghai("2025-06-02T22:00"));
    }

    @Test
    void stateAtGivesTheOpeningTimeWhileClosed() {
      assertThat(hours.stateAt(shanghai("2025-06-02T08:59"), NONE))
          .isEqualTo(new OpenState(false, Optional.of(shanghai("2025-06-02T09:00"))));
      assertThat(hours.stateAt(shanghai("2025-06-02T22:00"), NONE))
          .isEqualTo(new OpenState(false, Optional.of(shanghai("2025-06-03T09:00"))));
    }

    @Test
    void stateAtOnABoundaryLooksAtTheNextChange() {
      assertThat(hours.stateAt(shanghai("2025-06-02T09:00"), NONE))
          .isEqualTo(new OpenState(true, Optional.of(shanghai("2025-06-02T22:00"))));
      assertThat(hours.stateAt(shanghai("2025-06-02T21:59:59.5"), NONE).changesAt())
          .contains(shanghai("2025-06-02T22:00"));
    }

    @Test
    void evaluatesOnTheLocalClockOfTheZoneGiven() {
      // 01:30 UTC is 09:30 in Shanghai.
      ZonedDateTime utc = ZonedDateTime.parse("2025-06-02T01:30Z");

      assertThat(hours.isOpenAt(utc.withZoneSameInstant(SHANGHAI), NONE)).isTrue();
      assertThat(hours.isOpenAt(utc, NONE)).isFalse();
    }
  }

  @Nested
  class PublicHolidays {

    private final OpeningHours hours = OpeningHours.parse("Mo-Su 09:00-22:00; PH 08:00-23:00");

    @Test
    void holidayHoursReplaceTheNormalHoursOnAHoliday() {
      assertThat(hours.isOpenAt(shanghai("2025-10-01T08:30"), NATIONAL_DAY)).isTrue();
      assertThat(hours.isOpenAt(shanghai("2025-10-01T22:30"), NATIONAL_DAY)).isTrue();
      assertThat(hours.isOpenAt(shanghai("2025-10-01T23:00"), NATIONAL_DAY)).isFalse();
      assertThat(hours.isOpenAt(shanghai("2025-10-01T07:59"), NATIONAL_DAY)).isFalse();
      assertThat(hours.stateAt(shanghai("2025-10-01T22:30"), NATIONAL_DAY).changesAt())
          .contains(shanghai("2025-10-01T23:00"));
    }

    @Test
    void normalHoursOnANormalDay() {
      assertThat(hours.isOpenAt(shanghai("2025-10-09T08:30"), NATIONAL_DAY)).isFalse();
      assertThat(hours.isOpenAt(shanghai("2025-10-09T09:00"), NATIONAL_DAY)).isTrue();
      assertThat(hours.isOpenAt(shanghai("2025-10-09T22:30"), NATIONAL_DAY)).isFalse();
    }

    @Test
    void theLastHolidayHandsBackToNormalHours() {
      assertThat(hours.stateAt(shanghai("2025-10-07T22:30"), NATIONAL_DAY))
          .isEqualTo(new OpenState(true, Optional.of(shanghai("2025-10-07T23:00"))));
      assertThat(hours.stateAt(shanghai("2025-10-07T23:00"), NATIONAL_DAY).changesAt())
          .contains(shanghai("2025-10-08T09:00"));
    }

    @Test
    void withoutACalendarNoDayIsAHoliday() {
      assertThat(hours.isOpenAt(shanghai("2025-10-01T08:30"), NONE)).isFalse();
    }

    @Test
    void holidayOff() {
      OpeningHours closedOnHolidays = OpeningHours.parse("Mo-Su 09:00-22:00; PH off");

      assertThat(closedOnHolidays.isOpenAt(shanghai("2025-10-03T12:00"), NATIONAL_DAY)).isFalse();
      assertThat(closedOnHolidays.isOpenAt(shanghai("2025-10-08T12:00"), NATIONAL_DAY)).isTrue();
      assertThat(closedOnHolidays.stateAt(shanghai("2025-09-30T12:00"), NATIONAL_DAY))
          .isEqualTo(new OpenState(true, Optional.of(shanghai("2025-09-30T22:00"))));
      assertThat(closedOnHolidays.stateAt(shanghai("2025-09-30T23:00"), NATIONAL_DAY).changesAt())
          .contains(shanghai("2025-10-08T09:00"));
    }

    @Test
    void holidaysAddedToWeekdaysWithAComma() {
      OpeningHours hours = OpeningHours.parse("Mo-Fr,PH 10:00-12:00");

      // 4 October 2025 is a Saturday in the National Day week.
      assertThat(hours.isOpenAt(shanghai("2025-10-04T11:00"), NATIONAL_DAY)).isTrue();
      assertThat(hours.isOpenAt(shanghai("2025-10-11T11:00"), NATIONAL_DAY)).isFalse();
      assertThat(hours.isOpenAt(shanghai("2025-10-10T11:00"), NATIONAL_DAY)).isTrue();
      assertThat(
              OpeningHours.parse("PH,Mo-Fr 10:00-12:00")
                  .isOpenAt(shanghai("2025-10-04T11:00"), NATIONAL_DAY))
          .isTrue();
    }

    @Test
    void holidaysRestrictedToWeekdaysWithASpace() {
      OpeningHours hours = OpeningHours.parse("PH Mo-Fr 10:00-12:00");

      assertThat(hours.isOpenAt(shanghai("2025-10-03T11:00"), NATIONAL_DAY)).isTrue();
      assertThat(hours.isOpenAt(shanghai("2025-10-04T11:00"), NATIONAL_DAY)).isFalse();
      assertThat(hours.isOpenAt(shanghai("2025-10-10T11:00"), NATIONAL_DAY)).isFalse();
    }

    @Test
    void schoolHolidays() {
      HolidayCalendar summer =
          HolidayCalendar.of(
              Set.of(), Set.of(LocalDate.of(2025, 7, 15), LocalDate.of(2025, 7, 19)));
      OpeningHours hours = OpeningHours.parse("Mo-Fr 08:00-12:00; SH Mo-Fr 10:00-16:00");

      assertThat(hours.isOpenAt(shanghai("2025-07-15T09:00"), summer)).isFalse();
      assertThat(hours.isOpenAt(shanghai("2025-07-15T15:00"), summer)).isTrue();
      assertThat(hours.isOpenAt(shanghai("2025-07-16T09:00"), summer)).isTrue();
      assertThat(hours.isOpenAt(shanghai("2025-07-19T15:00"), summer)).isFalse();
    }
  }

  @Nested
  class Weekdays {

    private final OpeningHours hours =
        OpeningHours.parse("Mo-Fr 08:00-18:00; Sa 10:00-14:00; Su off");

    @ParameterizedTest
    @CsvSource({
      "2025-06-02T07:59, false",
      "2025-06-02T08:00, true",
      "2025-06-06T17:59, true",
      "2025-06-06T18:00, false",
      "2025-06-07T09:00, false",
      "2025-06-07T10:00, true",
      "2025-06-07T13:59, true",
      "2025-06-07T14:00, false",
      "2025-06-08T12:00, false",
    })
    void weekdaysSaturdayAndSunday(String local, boolean open) {
      assertThat(hours.isOpenAt(shanghai(local), NONE)).isEqualTo(open);
    }

    @Test
    void nextOpeningAfterTheWeekend() {
      assertThat(hours.stateAt(shanghai("2025-06-07T15:00"), NONE))
          .isEqualTo(new OpenState(false, Optional.of(shanghai("2025-06-09T08:00"))));
    }

    @Test
    void rangesWrapOverTheWeekEnd() {
      OpeningHours wrapping = OpeningHours.parse("Fr-Mo 10:00-12:00");

      // 2 June 2025 is a Monday.
      assertThat(wrapping.isOpenAt(shanghai("2025-06-02T11:00"), NONE)).isTrue();
      assertThat(wrapping.isOpenAt(shanghai("2025-06-03T11:00"), NONE)).isFalse();
      assertThat(wrapping.isOpenAt(shanghai("2025-06-05T11:00"), NONE)).isFalse();
      assertThat(wrapping.isOpenAt(shanghai("2025-06-06T11:00"), NONE)).isTrue();
      assertThat(wrapping.isOpenAt(shanghai("2025-06-07T11:00"), NONE)).isTrue();
      assertThat(wrapping.isOpenAt(shanghai("2025-06-08T11:00"), NONE)).isTrue();
    }

    @Test
    void weekdayListsAndSeveralSpans() {
      OpeningHours hours = OpeningHours.parse("Mo,We-Fr 09:00-12:00,14:00-18:30");

      assertThat(hours.isOpenAt(shanghai("2025-06-02T11:59"), NONE)).isTrue();
      assertThat(hours.isOpenAt(shanghai("2025-06-02T12:00"), NONE)).isFalse();
      assertThat(hours.isOpenAt(shanghai("2025-06-02T18:29"), NONE)).isTrue();
      assertThat(hours.isOpenAt(shanghai("2025-06-03T11:00"), NONE)).isFalse();
      assertThat(hours.stateAt(shanghai("2025-06-02T12:30"), NONE).changesAt())
          .contains(shanghai("2025-06-02T14:00"));
      assertThat(hours.stateAt(shanghai("2025-06-02T19:00"), NONE).changesAt())
          .contains(shanghai("2025-06-04T09:00"));
    }

    @Test
    void aRuleWithoutWeekdaysAppliesEveryDay() {
      assertThat(openAt("10:00-20:00", "2025-06-08T19:00")).isTrue();
    }

    @Test
    void aRuleWithoutTimesCoversTheWholeDay() {
      assertThat(openAt("Sa,Su", "2025-06-07T00:00")).isTrue();
      assertThat(openAt("Sa,Su", "2025-06-08T23:59")).isTrue();
      assertThat(openAt("Sa,Su", "2025-06-09T00:00")).isFalse();
    }
  }

  @Nested
  class PastMidnight {

    @Test
    void spanCarriesIntoTheNextMorning() {
      OpeningHours hours = OpeningHours.parse("Mo-Su 22:00-02:00");

      assertThat(hours.isOpenAt(shanghai("2025-06-03T01:00"), NONE)).isTrue();
      assertThat(hours.isOpenAt(shanghai("2025-06-02T23:00"), NONE)).isTrue();
      assertThat(hours.isOpenAt(shanghai("2025-06-03T02:00"), NONE)).isFalse();
      assertThat(hours.isOpenAt(shanghai("2025-06-02T21:59"), NONE)).isFalse();
      assertThat(hours.stateAt(shanghai("2025-06-02T23:00"), NONE))
          .isEqualTo(new OpenState(true, Optional.of(shanghai("2025-06-03T02:00"))));
    }

    @Test
    void extendedTimeMeansTheSame() {
      OpeningHours hours = OpeningHours.parse("Mo-Su 18:00-26:00");

      assertThat(hours.isOpenAt(shanghai("2025-06-03T01:59"), NONE)).isTrue();
      assertThat(hours.isOpenAt(shanghai("2025-06-03T02:00"), NONE)).isFalse();
      assertThat(hours.stateAt(shanghai("2025-06-02T20:00"), NONE).changesAt())
          .contains(shanghai("2025-06-03T02:00"));
    }

    @Test
    void onlyTheMorningAfterAMatchingDay() {
      // 6 June 2025 is a Friday.
      OpeningHours hours = OpeningHours.parse("Fr 22:00-02:00");

      assertThat(hours.isOpenAt(shanghai("2025-06-07T01:00"), NONE)).isTrue();
      assertThat(hours.isOpenAt(shanghai("2025-06-06T01:00"), NONE)).isFalse();
      assertThat(hours.stateAt(shanghai("2025-06-06T01:00"), NONE).changesAt())
          .contains(shanghai("2025-06-06T22:00"));
    }

    @Test
    void aLaterNormalRuleReplacesTheCarriedOverHoursOfItsDay() {
      // The reference case of opening_hours.js: Tuesday's rule wipes Tuesday 00:00-02:00, but the
      // first rule still matches Tuesday, so Wednesday 00:00-02:00 stays open.
      OpeningHours hours = OpeningHours.parse("22:00-02:00; Tu 12:00-14:00");

      assertThat(hours.isOpenAt(shanghai("2025-06-02T23:00"), NONE)).isTrue();
      assertThat(hours.isOpenAt(shanghai("2025-06-03T01:00"), NONE)).isFalse();
      assertThat(hours.isOpenAt(shanghai("2025-06-03T13:00"), NONE)).isTrue();
      assertThat(hours.isOpenAt(shanghai("2025-06-03T23:00"), NONE)).isFalse();
      assertThat(hours.isOpenAt(shanghai("2025-06-04T01:00"), NONE)).isTrue();
      assertThat(hours.stateAt(shanghai("2025-06-02T23:00"), NONE).changesAt())
          .contains(shanghai("2025-06-03T00:00"));
    }

    @Test
    void additionalRulesKeepTheCarriedOverHours() {
      OpeningHours hours = OpeningHours.parse("Su-Tu 11:00-01:00, We-Th 11:00-03:00");

      // Tuesday 3 June 00:30 comes from Monday; Thursday 02:30 from Wednesday.
      assertThat(hours.isOpenAt(shanghai("2025-06-03T00:30"), NONE)).isTrue();
      assertThat(hours.isOpenAt(shanghai("2025-06-05T02:30"), NONE)).isTrue();
      assertThat(hours.isOpenAt(shanghai("2025-06-04T00:30"), NONE)).isTrue();
      assertThat(hours.isOpenAt(shanghai("2025-06-04T01:30"), NONE)).isFalse();
    }

    @Test
    void endAtMidnight() {
      OpeningHours hours = OpeningHours.parse("Mo-Fr 08:00-24:00");

      assertThat(hours.isOpenAt(shanghai("2025-06-06T23:59:59"), NONE)).isTrue();
      assertThat(hours.isOpenAt(shanghai("2025-06-07T00:00"), NONE)).isFalse();
      assertThat(hours.stateAt(shanghai("2025-06-06T23:00"), NONE).changesAt())
          .contains(shanghai("2025-06-07T00:00"));
      assertThat(hours.stateAt(shanghai("2025-06-02T23:00"), NONE).changesAt())
          .contains(shanghai("2025-06-03T00:00"));
    }

    @Test
    void consecutiveDaysEndingAndStartingAtMidnightDoNotChange() {
      OpeningHours hours = OpeningHours.parse("Mo-Fr 00:00-24:00");

      assertThat(hours.stateAt(shanghai("2025-06-02T12:00"), NONE))
          .isEqualTo(new OpenState(true, Optional.of(shanghai("2025-06-07T00:00"))));
    }

    @Test
    void equalStartAndEndIsTwentyFourHours() {
      OpeningHours hours = OpeningHours.parse("We 22:00-22:00");

      // 4 June 2025 is a Wednesday.
      assertThat(hours.isOpenAt(shanghai("2025-06-04T21:59"), NONE)).isFalse();
      assertThat(hours.isOpenAt(shanghai("2025-06-05T21:59"), NONE)).isTrue();
      assertThat(hours.isOpenAt(shanghai("2025-06-05T22:00"), NONE)).isFalse();
    }
  }

  @Nested
  class AlwaysAndNever {

    @Test
    void twentyFourSeven() {
      OpeningHours hours = OpeningHours.parse("24/7");

      assertThat(hours.isOpenAt(shanghai("2025-06-02T03:00"), NONE)).isTrue();
      assertThat(hours.stateAt(shanghai("2025-06-02T03:00"), NATIONAL_DAY))
          .isEqualTo(new OpenState(true, Optional.empty()));
    }

    @Test
    void alwaysClosed() {
      assertThat(OpeningHours.parse("off").stateAt(shanghai("2025-06-02T03:00"), NONE))
          .isEqualTo(new OpenState(false, Optional.empty()));
      assertThat(
              OpeningHours.parse("24/7 closed \"renovation\"")
                  .isOpenAt(shanghai("2025-06-02T03:00"), NONE))
          .isFalse();
    }

    @Test
    void twentyFourSevenWithExceptions() {
      OpeningHours hours = OpeningHours.parse("24/7; PH off");

      assertThat(hours.stateAt(shanghai("2025-09-30T12:00"), NATIONAL_DAY))
          .isEqualTo(new OpenState(true, Optional.of(shanghai("2025-10-01T00:00"))));
      assertThat(hours.stateAt(shanghai("2025-10-03T12:00"), NATIONAL_DAY))
          .isEqualTo(new OpenState(false, Optional.of(shanghai("2025-10-08T00:00"))));
    }

    @Test
    void noChangeWithinEightDaysIsEmpty() {
      OpeningHours hours = OpeningHours.parse("2030 Jan 01 10:00-12:00");

      assertThat(hours.stateAt(shanghai("2025-06-02T12:00"), NONE))
          .isEqualTo(new OpenState(false, Optional.empty()));
      assertThat(hours.stateAt(shanghai("2029-12-25T12:00"), NONE).changesAt())
          .contains(shanghai("2030-01-01T10:00"));
    }
  }

  @Nested
  class Dates {

    private final OpeningHours hours = OpeningHours.parse("Mo-Su 09:00-18:00; Dec 24-26 off");

    @Test
    void dateRangeOffOverridesTheWeeklyRule() {
      assertThat(hours.isOpenAt(shanghai("2025-12-23T12:00"), NONE)).isTrue();
      assertThat(hours.isOpenAt(shanghai("2025-12-24T12:00"), NONE)).isFalse();
      assertThat(hours.isOpenAt(shanghai("2025-12-26T12:00"), NONE)).isFalse();
      assertThat(hours.isOpenAt(shanghai("2025-12-27T12:00"), NONE)).isTrue();
    }

    @Test
    void stateAtSkipsTheClosedDays() {
      assertThat(hours.stateAt(shanghai("2025-12-23T17:00"), NONE).changesAt())
          .contains(shanghai("2025-12-23T18:00"));
      assertThat(hours.stateAt(shanghai("2025-12-24T10:00"), NONE))
          .isEqualTo(new OpenState(false, Optional.of(shanghai("2025-12-27T09:00"))));
    }

    @Test
    void monthRangeOverTheYearEnd() {
      OpeningHours seasonal = OpeningHours.parse("Nov-Feb 10:00-16:00; Mar-Oct 08:00-20:00");

      assertThat(seasonal.isOpenAt(shanghai("2026-01-15T09:00"), NONE)).isFalse();
      assertThat(seasonal.isOpenAt(shanghai("2026-01-15T10:00"), NONE)).isTrue();
      assertThat(seasonal.isOpenAt(shanghai("2025-11-01T09:00"), NONE)).isFalse();
      assertThat(seasonal.isOpenAt(shanghai("2025-12-31T15:59"), NONE)).isTrue();
      assertThat(seasonal.isOpenAt(shanghai("2026-02-28T15:59"), NONE)).isTrue();
      assertThat(seasonal.isOpenAt(shanghai("2025-07-15T09:00"), NONE)).isTrue();
      assertThat(seasonal.isOpenAt(shanghai("2025-10-31T19:00"), NONE)).isTrue();
      assertThat(seasonal.stateAt(shanghai("2025-10-31T21:00"), NONE).changesAt())
          .contains(shanghai("2025-11-01T10:00"));
    }

    @Test
    void dateRangeOverTheYearEnd() {
      OpeningHours hours = OpeningHours.parse("Mo-Su 09:00-18:00; Dec 24-Jan 02 off");

      assertThat(hours.isOpenAt(shanghai("2025-12-31T12:00"), NONE)).isFalse();
      assertThat(hours.isOpenAt(shanghai("2026-01-02T12:00"), NONE)).isFalse();
      assertThat(hours.isOpenAt(shanghai("2026-01-03T12:00"), NONE)).isTrue();
      assertThat(hours.isOpenAt(shanghai("2025-12-23T12:00"), NONE)).isTrue();
    }

    @Test
    void monthDayRangeAcrossMonths() {
      OpeningHours summer = OpeningHours.parse("Jul 01-Aug 31 08:00-20:00");

      assertThat(summer.isOpenAt(shanghai("2025-06-30T12:00"), NONE)).isFalse();
      assertThat(summer.isOpenAt(shanghai("2025-07-01T12:00"), NONE)).isTrue();
      assertThat(summer.isOpenAt(shanghai("2025-08-31T19:59"), NONE)).isTrue();
      assertThat(summer.isOpenAt(shanghai("2025-09-01T12:00"), NONE)).isFalse();
    }

    @Test
    void singleMonthsAndDates() {
      assertThat(openAt("Feb", "2024-02-29T12:00")).isTrue();
      assertThat(openAt("Feb", "2025-03-01T00:00")).isFalse();
      assertThat(openAt("Jan 01-Mar 10:00-12:00", "2025-03-31T11:00")).isTrue();
      assertThat(openAt("Jan 01-Mar 10:00-12:00", "2025-04-01T11:00")).isFalse();
      assertThat(openAt("Dec 24,Dec 31 10:00-12:00", "2025-12-31T11:00")).isTrue();
      assertThat(openAt("Dec 24,Dec 31 10:00-12:00", "2025-12-30T11:00")).isFalse();
    }

    @Test
    void years() {
      assertThat(openAt("2025 Mo-Su 10:00-12:00", "2025-06-02T11:00")).isTrue();
      assertThat(openAt("2025 Mo-Su 10:00-12:00", "2026-06-02T11:00")).isFalse();
      assertThat(openAt("2024-2026 10:00-12:00", "2026-06-02T11:00")).isTrue();
      assertThat(openAt("2024-2026 10:00-12:00", "2027-06-02T11:00")).isFalse();
      assertThat(openAt("2024-2030/2 10:00-12:00", "2026-06-02T11:00")).isTrue();
      assertThat(openAt("2024-2030/2 10:00-12:00", "2025-06-02T11:00")).isFalse();
      assertThat(openAt("2025+ 10:00-12:00", "2099-06-02T11:00")).isTrue();
      assertThat(openAt("2025+ 10:00-12:00", "2024-06-02T11:00")).isFalse();
    }

    @Test
    void datesWithYears() {
      OpeningHours hours = OpeningHours.parse("Mo-Su 09:00-18:00; 2025 Dec 24-2026 Jan 02 off");

      assertThat(hours.isOpenAt(shanghai("2025-12-30T12:00"), NONE)).isFalse();
      assertThat(hours.isOpenAt(shanghai("2026-01-03T12:00"), NONE)).isTrue();
      assertThat(hours.isOpenAt(shanghai("2026-12-30T12:00"), NONE)).isTrue();
      assertThat(openAt("10:00-12:00; 2025 Dec 24-Jan 02 off", "2026-01-02T11:00")).isFalse();
      assertThat(openAt("10:00-12:00; 2025 Dec 24-Jan 02 off", "2026-01-03T11:00")).isTrue();
      assertThat(openAt("2025 Jan", "2025-01-31T23:59")).isTrue();
      assertThat(openAt("2025 Jan", "2026-01-15T12:00")).isFalse();
    }
  }

  @Nested
  class Separators {

    @Test
    void additionalRuleAddsToTheDay() {
      OpeningHours additive = OpeningHours.parse("Mo-Fr 08:00-12:00, We 14:00-18:00");

      // 4 June 2025 is a Wednesday.
      assertThat(additive.isOpenAt(shanghai("2025-06-04T09:00"), NONE)).isTrue();
      assertThat(additive.isOpenAt(shanghai("2025-06-04T15:00"), NONE)).isTrue();
      assertThat(additive.isOpenAt(shanghai("2025-06-04T13:00"), NONE)).isFalse();
      assertThat(additive.isOpenAt(shanghai("2025-06-02T15:00"), NONE)).isFalse();
    }

    @Test
    void normalRuleReplacesTheDay() {
      OpeningHours replacing = OpeningHours.parse("Mo-Fr 08:00-12:00; We 14:00-18:00");

      assertThat(replacing.isOpenAt(shanghai("2025-06-04T09:00"), NONE)).isFalse();
      assertThat(replacing.isOpenAt(shanghai("2025-06-04T15:00"), NONE)).isTrue();
      assertThat(replacing.isOpenAt(shanghai("2025-06-02T09:00"), NONE)).isTrue();
    }

    @Test
    void aRuleWithoutDaysReplacesEveryDay() {
      assertThat(openAt("Mo-Fr 08:00-12:00; 14:00-20:00", "2025-06-02T09:00")).isFalse();
      assertThat(openAt("Mo-Fr 08:00-12:00; 14:00-20:00", "2025-06-08T15:00")).isTrue();
    }

    @Test
    void closingRuleOnlyClosesItsOwnTimes() {
      OpeningHours lunchBreak = OpeningHours.parse("Mo-Fr 08:00-18:00; We 12:00-13:00 off");

      assertThat(lunchBreak.isOpenAt(shanghai("2025-06-04T10:00"), NONE)).isTrue();
      assertThat(lunchBreak.isOpenAt(shanghai("2025-06-04T12:30"), NONE)).isFalse();
      assertThat(lunchBreak.isOpenAt(shanghai("2025-06-04T13:00"), NONE)).isTrue();
      assertThat(lunchBreak.isOpenAt(shanghai("2025-06-03T12:30"), NONE)).isTrue();
      assertThat(lunchBreak.stateAt(shanghai("2025-06-04T11:00"), NONE).changesAt())
          .contains(shanghai("2025-06-04T12:00"));
    }

    @Test
    void fallbackAppliesOnlyOnDaysNoEarlierRuleMatched() {
      OpeningHours hours = OpeningHours.parse("Mo-Fr 08:00-18:00; PH off || 10:00-12:00");

      // Saturday: no earlier rule matches, the fallback does.
      assertThat(hours.isOpenAt(shanghai("2025-06-07T11:00"), NATIONAL_DAY)).isTrue();
      assertThat(hours.isOpenAt(shanghai("2025-06-07T13:00"), NATIONAL_DAY)).isFalse();
      // Monday: the first rule matched, the fallback stays out of the evening.
      assertThat(hours.isOpenAt(shanghai("2025-06-02T11:00"), NATIONAL_DAY)).isTrue();
      assertThat(hours.isOpenAt(shanghai("2025-06-02T07:00"), NATIONAL_DAY)).isFalse();
      // A holiday on a Friday: "PH off" matched.
      assertThat(hours.isOpenAt(shanghai("2025-10-03T11:00"), NATIONAL_DAY)).isFalse();
    }

    @Test
    void fallbackCommentIsNotOpen() {
      OpeningHours hours = OpeningHours.parse("Mo-Fr 10:00-12:00 || \"by appointment\"");

      assertThat(hours.isOpenAt(shanghai("2025-06-02T11:00"), NONE)).isTrue();
      assertThat(hours.isOpenAt(shanghai("2025-06-07T11:00"), NONE)).isFalse();
      assertThat(hours.stateAt(shanghai("2025-06-06T12:00"), NONE).changesAt())
          .contains(shanghai("2025-06-09T10:00"));
    }

    @Test
    void fallbackKeepsHoursCarriedOverFromTheDayBefore() {
      OpeningHours hours = OpeningHours.parse("Fr 22:00-02:00 || Sa,Su 10:00-12:00");

      assertThat(hours.isOpenAt(shanghai("2025-06-07T01:00"), NONE)).isTrue();
      assertThat(hours.isOpenAt(shanghai("2025-06-07T11:00"), NONE)).isTrue();
      assertThat(hours.isOpenAt(shanghai("2025-06-06T11:00"), NONE)).isFalse();
    }
  }

  @Nested
  class Modifiers {

    @Test
    void unknownIsNotOpen() {
      assertThat(openAt("Mo-Su 10:00-12:00 unknown", "2025-06-02T11:00")).isFalse();
      assertThat(openAt("Mo-Su 10:00-12:00 unknown \"call first\"", "2025-06-02T11:00")).isFalse();
      assertThat(openAt("\"only on request\"", "2025-06-02T11:00")).isFalse();
    }

    @Test
    void commentsAreIgnored() {
      assertThat(openAt("Mo-Su 10:00-12:00 \"ring the bell\"", "2025-06-02T11:00")).isTrue();
      assertThat(openAt("Mo-Su 10:00-12:00 open \"ring the bell\"", "2025-06-02T11:00")).isTrue();
      assertThat(openAt("\"summer\": Mo-Su 10:00-12:00", "2025-06-02T11:00")).isTrue();
    }

    @Test
    void caseAndDashesAreTolerated() {
      assertThat(openAt("mo-fr 10:00–12:00; ph OFF", "2025-06-02T11:00")).isTrue();
    }
  }

  @Nested
  class DaylightSavingTime {

    private ZonedDateTime berlin(String localDateTime) {
      return LocalDateTime.parse(localDateTime).atZone(BERLIN);
    }

    @Test
    void localHoursOnTheDaysTheClocksChange() {
      OpeningHours hours = OpeningHours.parse("Mo-Su 09:00-22:00");

      // 30 March 2025: 02:00 CET becomes 03:00 CEST.
      assertThat(hours.stateAt(berlin("2025-03-29T23:00"), NONE).changesAt())
          .contains(ZonedDateTime.parse("2025-03-30T09:00+02:00[Europe/Berlin]"));
      assertThat(
              hours.isOpenAt(
                  ZonedDateTime.parse("2025-03-30T07:30Z").withZoneSameInstant(BERLIN), NONE))
          .isTrue();
      // 26 October 2025: 03:00 CEST becomes 02:00 CET.
      assertThat(hours.stateAt(berlin("2025-10-25T23:00"), NONE).changesAt())
          .contains(ZonedDateTime.parse("2025-10-26T09:00+01:00[Europe/Berlin]"));
      assertThat(hours.stateAt(berlin("2025-10-26T10:00"), NONE).changesAt())
          .contains(ZonedDateTime.parse("2025-10-26T22:00+01:00[Europe/Berlin]"));
    }

    @Test
    void nightSpanOverTheSpringForwardNight() {
      OpeningHours hours = OpeningHours.parse("Mo-Su 22:00-04:00");
      OpenState state = hours.stateAt(berlin("2025-03-29T23:00"), NONE);

      assertThat(state.changesAt())
          .contains(ZonedDateTime.parse("2025-03-30T04:00+02:00[Europe/Berlin]"));
      // Five hours of real time, not six.
      assertThat(state.changesAt().orElseThrow().toInstant())
          .isEqualTo(Instant.parse("2025-03-30T02:00:00Z"));
    }

    @Test
    void openingTimeInsideTheSkippedHourOpensWhenTheClockJumps() {
      // 30 March 2025 is a Sunday; 02:30 never shows on Berlin clocks that day.
      OpeningHours hours = OpeningHours.parse("Su 02:30-05:00");
      OpenState state = hours.stateAt(berlin("2025-03-30T01:30"), NONE);

      assertThat(state.open()).isFalse();
      assertThat(state.changesAt().orElseThrow().toInstant())
          .isEqualTo(Instant.parse("2025-03-30T01:00:00Z"));
      assertThat(state.changesAt().orElseThrow().toLocalTime()).hasToString("03:00");
      assertThat(hours.isOpenAt(berlin("2025-03-30T03:00"), NONE)).isTrue();
    }

    @Test
    void repeatedHourIsEvaluatedOnTheLocalClockBothTimes() {
      // 26 October 2025 is a Sunday; 02:00-03:00 shows twice on Berlin clocks.
      OpeningHours hours = OpeningHours.parse("Su 02:30-04:00");
      ZonedDateTime firstPass = ZonedDateTime.parse("2025-10-26T02:45+02:00[Europe/Berlin]");
      ZonedDateTime secondPass = ZonedDateTime.parse("2025-10-26T02:45+01:00[Europe/Berlin]");

      assertThat(hours.isOpenAt(firstPass, NONE)).isTrue();
      assertThat(hours.isOpenAt(secondPass, NONE)).isTrue();
      // At 03:00 CEST the clock falls back to 02:00 CET, before the opening time.
      assertThat(hours.stateAt(firstPass, NONE).changesAt().orElseThrow().toInstant())
          .isEqualTo(Instant.parse("2025-10-26T01:00:00Z"));
      assertThat(hours.stateAt(ZonedDateTime.parse("2025-10-26T02:10+01:00[Europe/Berlin]"), NONE))
          .isEqualTo(
              new OpenState(
                  false,
                  Optional.of(ZonedDateTime.parse("2025-10-26T02:30+01:00[Europe/Berlin]"))));
    }
  }

  @Nested
  class Errors {

    @Test
    void syntaxErrorCarriesTheParserMessage() {
      assertThatThrownBy(() -> OpeningHours.parse("Mo-Fr 10:00-12:00; Sa 25:00-26:00"))
          .isInstanceOfSatisfying(
              InvalidValueException.class,
              e -> {
                assertThat(e.code()).isEqualTo("opening-hours.syntax");
                assertThat(e.args()).hasSize(1);
                assertThat((String) e.args().get(0))
                    .contains("line 1, column 20")
                    .doesNotContain("\n");
                assertThat(e.getMessage()).contains((String) e.args().get(0));
              });
    }

    @ParameterizedTest
    @ValueSource(
        strings = {
          "",
          "   ",
          "Mo-Fx 10:00-12:00",
          "Mo-Fr 9-17",
          "Mon-Fri 10:00-12:00",
          "Mo-Fr 10am-12pm",
          "Mo-Fr 10:00 to 12:00",
          "Jan 1",
          "Jan 24/7",
          "Mo 10:00-12:00;",
          "; Mo 10:00-12:00",
          "Mo 10:00-12:00 \"unterminated",
          "Feb 30 off",
          "2025 Feb 29 off",
          "2026-2024 Mo 10:00-12:00",
          "2026 Jan 02-2025 Dec 24 off",
          "Mo 24:30-25:00",
          "Mo 10:00-48:30",
        })
    void syntaxErrors(String expression) {
      assertThatThrownBy(() -> OpeningHours.parse(expression))
          .isInstanceOfSatisfying(
              InvalidValueException.class,
              e -> {
                assertThat(e.code()).isEqualTo("opening-hours.syntax");
                assertThat(e.args()).hasSize(1);
              });
      assertThat(OpeningHours.isValid(expression)).isFalse();
    }

    @Test
    void nullAndOverlongExpressionsAreSyntaxErrors() {
      assertThatThrownBy(() -> OpeningHours.parse(null))
          .isInstanceOfSatisfying(
              InvalidValueException.class,
              e -> assertThat(e.code()).isEqualTo("opening-hours.syntax"));
      assertThat(OpeningHours.isValid(null)).isFalse();
      assertThat(OpeningHours.isValid("Mo 10:00-12:00; ".repeat(100))).isFalse();
    }

    @ParameterizedTest
    @CsvSource(
        delimiter = '|',
        value = {
          "sunrise-sunset                     | sunrise-sunset",
          "Mo-Fr 08:00-dusk                   | 08:00-dusk",
          "Mo-Fr (sunrise+01:00)-18:00        | (sunrise+01:00)-18:00",
          "dawn-20:00                         | dawn-20:00",
          "easter off                         | easter",
          "Dec 25 +Mo off                     | Dec 25+Mo",
          "Dec 25 +2 days off                 | Dec 25 +2 days",
          "PH +1 day off                      | PH +1 day",
          "Mo-Fr 18:00+                       | 18:00+",
          "Mo-Fr 10:00-18:00+                 | 10:00-18:00+",
          "Jan 31+ 10:00-12:00                | Jan 31+",
          "Mo-Fr 10:00-16:00/01:30            | 10:00-16:00/01:30",
          "Mo-Fr 10:00-16:00/90               | 10:00-16:00/01:30",
          "Mo-Fr 10:00                        | 10:00",
          "Jan-Mar/2 10:00-12:00              | Jan-Mar/2",
          "week 52-02/2 10:00-12:00           | week 52-02/2",
          "SH Mo-Fr,PH 10:00-12:00            | SH,PH Mo-Fr",
          "Dec 24-2026 Jan 02 off             | Dec 24-2026 Jan 02",
        })
    void unsupportedConstructs(String expression, String construct) {
      assertThatThrownBy(() -> OpeningHours.parse(expression))
          .isInstanceOfSatisfying(
              InvalidValueException.class,
              e -> {
                assertThat(e.code()).isEqualTo("opening-hours.unsupported");
                assertThat(e.args()).containsExactly(construct);
              });
      assertThat(OpeningHours.isValid(expression)).isFalse();
    }
  }

  /**
   * The nth weekday of a month and ISO week numbers. The calendar facts were read off GNU date, not
   * computed by the code under test: in December 2026 the 1st is a Tuesday and the Mondays are the
   * 7th, 14th, 21st and 28th; November 2026 has five Sundays (1st to 29th); 2026 has 53 ISO weeks,
   * Monday 7 December 2026 is in week 50 and Friday 1 January 2027 in week 53.
   */
  @Nested
  class NthWeekdaysAndWeekNumbers {

    @ParameterizedTest
    @CsvSource(
        delimiter = '|',
        value = {
          // Closed on the first Monday of the month.
          "Mo-Su 09:00-18:00; Mo[1] off   | 2026-12-07T10:00 | false",
          "Mo-Su 09:00-18:00; Mo[1] off   | 2026-12-14T10:00 | true",
          "Mo-Su 09:00-18:00; Mo[1] off   | 2026-12-01T10:00 | true",
          // Closed on the last Sunday: the 27th in December, the 29th (the fifth) in November.
          "Mo-Su 09:00-18:00; Su[-1] off  | 2026-12-27T10:00 | false",
          "Mo-Su 09:00-18:00; Su[-1] off  | 2026-12-20T10:00 | true",
          "Mo-Su 09:00-18:00; Su[-1] off  | 2026-11-29T10:00 | false",
          "Mo-Su 09:00-18:00; Su[-1] off  | 2026-11-22T10:00 | true",
          // Counted from either end, lists and ranges.
          "Su[5] 10:00-12:00              | 2026-11-29T11:00 | true",
          "Su[5] 10:00-12:00              | 2026-12-27T11:00 | false",
          "Su[-5] 10:00-12:00             | 2026-11-01T11:00 | true",
          "Mo[1,3] 10:00-12:00            | 2026-12-07T11:00 | true",
          "Mo[1,3] 10:00-12:00            | 2026-12-14T11:00 | false",
          "Mo[1,3] 10:00-12:00            | 2026-12-21T11:00 | true",
          "Sa[1-2] 10:00-12:00            | 2026-12-12T11:00 | true",
          "Sa[1-2] 10:00-12:00            | 2026-12-19T11:00 | false",
          "Su[-2--1] 10:00-12:00          | 2026-12-20T11:00 | true",
          "Su[-2--1] 10:00-12:00          | 2026-12-13T11:00 | false",
          // The Saturday before the last Sunday, and the day after the first Monday.
          "Su[-1] -1 day 10:00-12:00      | 2026-12-26T11:00 | true",
          "Su[-1] -1 day 10:00-12:00      | 2026-12-27T11:00 | false",
          "Su[-1] -1 day 10:00-12:00      | 2026-12-19T11:00 | false",
          "Mo[1] +1 day 10:00-12:00       | 2026-12-08T11:00 | true",
          "Mo[1] +1 day 10:00-12:00       | 2026-12-07T11:00 | false",
          // Combined with plain weekdays, months and holidays.
          "Mo-Fr,Sa[1] 10:00-12:00        | 2026-12-05T11:00 | true",
          "Mo-Fr,Sa[1] 10:00-12:00        | 2026-12-12T11:00 | false",
          "Mo-Fr,Sa[1] 10:00-12:00        | 2026-12-09T11:00 | true",
          "Nov Su[1] 10:00-12:00          | 2026-11-01T11:00 | true",
          "Nov Su[1] 10:00-12:00          | 2026-12-06T11:00 | false",
          "Nov Su[1] 10:00-12:00          | 2026-11-08T11:00 | false",
          // A season between two moving dates: the last Sundays of March and October 2026.
          "Mar Su[-1]-Oct Su[-1] 10:00-12:00 | 2026-03-28T11:00 | false",
          "Mar Su[-1]-Oct Su[-1] 10:00-12:00 | 2026-03-29T11:00 | true",
          "Mar Su[-1]-Oct Su[-1] 10:00-12:00 | 2026-10-25T11:00 | true",
          "Mar Su[-1]-Oct Su[-1] 10:00-12:00 | 2026-10-26T11:00 | false",
          // Over the year end, to the first Sunday of January 2027 (the 3rd).
          "Dec 24-Jan Su[1] off; 10:00-12:00 | 2027-01-03T11:00 | true",
          "Mo-Su 10:00-12:00; Dec 24-Jan Su[1] off | 2027-01-03T11:00 | false",
          "Mo-Su 10:00-12:00; Dec 24-Jan Su[1] off | 2027-01-04T11:00 | true",
          "Mo-Su 10:00-12:00; Dec 24-Jan Su[1] off | 2026-12-23T11:00 | true",
          // ISO week numbers, with a step and over the year end.
          "week 50 10:00-12:00            | 2026-12-07T11:00 | true",
          "week 50 10:00-12:00            | 2026-12-14T11:00 | false",
          "week 01-10/2 10:00-12:00       | 2026-01-12T11:00 | true",
          "week 01-10/2 10:00-12:00       | 2026-01-05T11:00 | false",
          "week 01-10/2 10:00-12:00       | 2025-12-29T11:00 | true",
          "week 53 off; 10:00-12:00       | 2027-01-01T11:00 | true",
          "Mo-Su 10:00-12:00; week 53 off | 2027-01-01T11:00 | false",
          "Mo-Su 10:00-12:00; week 53 off | 2027-01-04T11:00 | true",
          "week 52-02 10:00-12:00         | 2027-01-01T11:00 | true",
          "week 52-02 10:00-12:00         | 2026-12-07T11:00 | false",
          "week 01,03-05 Mo 10:00-12:00   | 2026-01-12T11:00 | true",
        })
    void selectDaysOfTheMonthAndWeeksOfTheYear(String expression, String local, boolean open) {
      assertThat(openAt(expression, local)).as(expression + " at " + local).isEqualTo(open);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Mo[-1-2] off", "Mo[3-1] off", "week 00 off", "week 54 off"})
    void nonsenseCountsAreSyntaxErrors(String expression) {
      assertThat(OpeningHours.isValid(expression)).isFalse();
      assertThatThrownBy(() -> OpeningHours.parse(expression))
          .isInstanceOfSatisfying(
              InvalidValueException.class,
              e -> assertThat(e.code()).isEqualTo("opening-hours.syntax"));
    }
  }

  @Test
  void anNthWeekdayInAGivenYearIsNotSupported() {
    assertThatThrownBy(() -> OpeningHours.parse("2026 Dec Su[1] off"))
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> assertThat(e.code()).isEqualTo("opening-hours.unsupported"));
  }

  @Nested
  class Value {

    @Test
    void keepsTheExpression() {
      OpeningHours hours = OpeningHours.parse("Mo-Su 09:00-22:00; PH 08:00-23:00");

      assertThat(hours.expression()).isEqualTo("Mo-Su 09:00-22:00; PH 08:00-23:00");
      assertThat(hours).hasToString("Mo-Su 09:00-22:00; PH 08:00-23:00");
      assertThat(hours).isEqualTo(OpeningHours.parse("Mo-Su 09:00-22:00; PH 08:00-23:00"));
      assertThat(hours).hasSameHashCodeAs(OpeningHours.parse("Mo-Su 09:00-22:00; PH 08:00-23:00"));
      assertThat(hours).isNotEqualTo(OpeningHours.parse("Mo-Su 09:00-22:00"));
    }

    @Test
    void isValid() {
      assertThat(OpeningHours.isValid("Mo-Su 09:00-22:00; PH 08:00-23:00")).isTrue();
      assertThat(OpeningHours.isValid("Mo-Su 09:00-22:00 PH")).isFalse();
    }

    @Test
    void evaluatesConcurrently() {
      OpeningHours hours = OpeningHours.parse("Mo-Fr 08:00-18:00; Sa 10:00-14:00; PH off");

      boolean allAgree =
          IntStream.range(0, 2_000)
              .parallel()
              .allMatch(
                  i ->
                      hours.isOpenAt(shanghai("2025-06-02T09:00").plusDays(7L * (i % 50)), NONE)
                          && !hours.isOpenAt(shanghai("2025-10-01T09:00"), NATIONAL_DAY));
      assertThat(allAgree).isTrue();
    }
  }
}
