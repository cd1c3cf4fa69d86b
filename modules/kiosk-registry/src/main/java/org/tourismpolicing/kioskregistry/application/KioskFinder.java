package org.tourismpolicing.kioskregistry.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.tourismpolicing.core.geo.GeoPoint;
import org.tourismpolicing.core.tenant.Tenant;
import org.tourismpolicing.kioskregistry.domain.Amenity;
import org.tourismpolicing.kioskregistry.domain.Kiosk;
import org.tourismpolicing.kioskregistry.domain.KioskRegistrySettings;
import org.tourismpolicing.kioskregistry.domain.hours.HolidayCalendar;
import org.tourismpolicing.kioskregistry.domain.hours.OpenState;

/**
 * What tourists ask without logging in: which kiosks are open now, and which open kiosk is nearest
 * (optionally one that has an umbrella left). Open means in service and within opening hours on the
 * tenant's wall clock; an amenity counts only if a tourist can get it now.
 */
@ApplicationScoped
public class KioskFinder {

  @Inject org.tourismpolicing.kioskregistry.infrastructure.KioskRepository repository;
  @Inject CurrentTenant currentTenant;
  @Inject Clock clock;

  /** A kiosk that is open, with its state and — for a nearest lookup — distance and walk. */
  public record OpenKiosk(
      Kiosk kiosk,
      List<Amenity> amenities,
      OpenState state,
      Double distanceMetres,
      Integer walkingMinutes) {}

  @Transactional
  public List<OpenKiosk> openNow(String amenity) {
    return open(amenity, null).stream()
        .sorted(Comparator.comparing(o -> o.kiosk().code()))
        .toList();
  }

  @Transactional
  public List<OpenKiosk> nearest(GeoPoint from, String amenity, int limit) {
    return open(amenity, from).stream()
        .sorted(Comparator.comparingDouble(OpenKiosk::distanceMetres))
        .limit(limit)
        .toList();
  }

  private List<OpenKiosk> open(String amenity, GeoPoint from) {
    Tenant tenant = currentTenant.tenant();
    KioskRegistrySettings settings =
        tenant.settings(KioskRegistrySettings.MODULE, KioskRegistrySettings.class);
    HolidayCalendar holidays = HolidayCalendar.of(tenant.publicHolidays(), java.util.Set.of());
    Instant now = clock.instant();
    List<Kiosk> candidates = new ArrayList<>();
    java.util.Map<String, OpenState> states = new java.util.HashMap<>();
    for (Kiosk k : repository.kiosksInService()) {
      OpenState state = k.openState(now, tenant.timeZone(), holidays);
      if (state.open()) {
        candidates.add(k);
        states.put(k.id(), state);
      }
    }
    Map<String, List<Amenity>> amenities =
        repository.amenities(candidates.stream().map(Kiosk::id).toList());
    List<OpenKiosk> result = new ArrayList<>();
    for (Kiosk k : candidates) {
      List<Amenity> offered = amenities.get(k.id());
      if (amenity != null
          && offered.stream().noneMatch(a -> a.kind().equals(amenity) && a.isAvailable())) {
        continue;
      }
      Double distance = from == null ? null : from.distanceMetresTo(k.position());
      Integer minutes = distance == null ? null : settings.walking().minutes(distance);
      result.add(new OpenKiosk(k, offered, states.get(k.id()), distance, minutes));
    }
    return result;
  }
}
