package org.tourismpolicing.kioskregistry.domain;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Optional;
import org.tourismpolicing.core.i18n.LocalizedText;

/**
 * A duty shift of kiosk officers on the tenant's wall clock. A shift may pass midnight (22:00 to
 * 06:00); its date is the date it starts on.
 */
public record Shift(String code, LocalizedText names, LocalTime start, LocalTime end) {

  /** The date of the shift running at {@code at}, if this shift runs then. */
  public Optional<LocalDate> runningAt(LocalDateTime at) {
    LocalTime t = at.toLocalTime();
    if (start.isBefore(end)) {
      return !t.isBefore(start) && t.isBefore(end)
          ? Optional.of(at.toLocalDate())
          : Optional.empty();
    }
    // passes midnight (or runs 24 hours when start equals end)
    if (!t.isBefore(start)) {
      return Optional.of(at.toLocalDate());
    }
    if (t.isBefore(end)) {
      return Optional.of(at.toLocalDate().minusDays(1));
    }
    return Optional.empty();
  }
}
