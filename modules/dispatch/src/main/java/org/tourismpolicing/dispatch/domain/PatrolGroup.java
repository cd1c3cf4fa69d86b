package org.tourismpolicing.dispatch.domain;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import org.tourismpolicing.core.geo.GeoPoint;

/**
 * One group of a patrol plan: its shift (local times; a shift whose end is not after its start runs
 * past midnight), the area it covers (a zone) or the route it walks, and its units' call signs.
 */
public record PatrolGroup(
    String code,
    String name,
    LocalTime shiftStart,
    LocalTime shiftEnd,
    String zoneCode,
    List<GeoPoint> route,
    List<String> units) {

  public PatrolGroup {
    route = route == null ? List.of() : List.copyOf(route);
    units = List.copyOf(units);
  }

  public boolean crossesMidnight() {
    return !shiftEnd.isAfter(shiftStart);
  }

  /**
   * True when the group is on its shift at local time {@code at}, given the plan's days (a shift
   * that started on the plan's last day still runs into the next morning).
   */
  public boolean onShift(LocalDateTime at, LocalDate firstDay, LocalDate lastDay) {
    LocalDate day = at.toLocalDate();
    LocalTime time = at.toLocalTime();
    if (!crossesMidnight()) {
      return within(day, firstDay, lastDay)
          && !time.isBefore(shiftStart)
          && time.isBefore(shiftEnd);
    }
    boolean lateToday = within(day, firstDay, lastDay) && !time.isBefore(shiftStart);
    boolean earlyFromYesterday =
        within(day.minusDays(1), firstDay, lastDay) && time.isBefore(shiftEnd);
    return lateToday || earlyFromYesterday;
  }

  private static boolean within(LocalDate day, LocalDate first, LocalDate last) {
    return !day.isBefore(first) && !day.isAfter(last);
  }
}
