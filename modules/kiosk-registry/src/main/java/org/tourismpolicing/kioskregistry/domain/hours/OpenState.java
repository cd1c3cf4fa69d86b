package org.tourismpolicing.kioskregistry.domain.hours;

import java.time.ZonedDateTime;
import java.util.Objects;
import java.util.Optional;

/**
 * Whether a kiosk is open at an instant, and when that next changes.
 *
 * @param open true when the opening hours say open at that instant
 * @param changesAt the first later instant at which {@code open} flips, in the zone of the instant
 *     asked about; empty when it does not flip within the search horizon of {@link OpeningHours}
 *     (eight days), as for {@code 24/7} or hours that are always closed
 */
public record OpenState(boolean open, Optional<ZonedDateTime> changesAt) {

  public OpenState {
    Objects.requireNonNull(changesAt, "changesAt");
  }
}
