package org.tourismpolicing.kioskregistry.domain;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Optional;
import org.tourismpolicing.kioskregistry.domain.hours.HolidayCalendar;
import org.tourismpolicing.kioskregistry.domain.hours.OpenState;

/**
 * When a kiosk serves tourists: its status first (closed; suspended, until a time after which it
 * serves again by itself), then its opening hours on the tenant's wall clock. One rule for the
 * entity and for the public snapshot built from it.
 */
public final class KioskAvailability {

  private KioskAvailability() {}

  /** The status in force at {@code now}: a suspension whose time is up no longer counts. */
  public static KioskStatus effectiveStatus(KioskStatus status, Instant until, Instant now) {
    if (status == KioskStatus.SUSPENDED && until != null && !now.isBefore(until)) {
      return KioskStatus.OPEN;
    }
    return status;
  }

  public static OpenState openState(
      KioskStatus status,
      Instant statusUntil,
      String openingHours,
      Instant now,
      ZoneId zone,
      HolidayCalendar holidays) {
    KioskStatus effective = effectiveStatus(status, statusUntil, now);
    if (effective == KioskStatus.CLOSED) {
      return new OpenState(false, Optional.empty());
    }
    if (effective == KioskStatus.SUSPENDED) {
      return new OpenState(false, Optional.ofNullable(statusUntil).map(u -> u.atZone(zone)));
    }
    return OpeningHoursCache.of(openingHours).stateAt(ZonedDateTime.ofInstant(now, zone), holidays);
  }
}
