package org.tourismpolicing.kioskregistry.domain;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.tourismpolicing.kioskregistry.domain.hours.OpeningHours;

/**
 * Parsed opening hours by expression. Kiosks share a handful of expressions, and the public
 * "nearest open kiosk" lookup evaluates every kiosk of a tenant on each call, so each expression is
 * parsed once per server. Bounded so a flood of distinct expressions cannot grow it without limit.
 */
final class OpeningHoursCache {

  private static final int MAX_ENTRIES = 10_000;
  private static final Map<String, OpeningHours> PARSED = new ConcurrentHashMap<>();

  private OpeningHoursCache() {}

  static OpeningHours of(String expression) {
    OpeningHours hours = PARSED.get(expression);
    if (hours == null) {
      hours = OpeningHours.parse(expression);
      if (PARSED.size() >= MAX_ENTRIES) {
        PARSED.clear();
      }
      PARSED.put(expression, hours);
    }
    return hours;
  }
}
