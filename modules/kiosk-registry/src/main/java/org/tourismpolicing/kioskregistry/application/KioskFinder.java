package org.tourismpolicing.kioskregistry.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.tourismpolicing.core.geo.GeoPoint;
import org.tourismpolicing.core.tenant.Tenant;
import org.tourismpolicing.kioskregistry.domain.KioskRegistrySettings;
import org.tourismpolicing.kioskregistry.domain.PublicKioskCard;
import org.tourismpolicing.kioskregistry.domain.hours.HolidayCalendar;
import org.tourismpolicing.kioskregistry.domain.hours.OpenState;

/**
 * What tourists ask without logging in: which kiosks are open now, and which open kiosk is nearest
 * (optionally one that has an umbrella left). Open means in service and within opening hours on the
 * tenant's wall clock; an amenity counts only if a tourist can get it now. Answered from {@link
 * PublicKioskSnapshots}.
 */
@ApplicationScoped
public class KioskFinder {

  @Inject PublicKioskSnapshots snapshots;
  @Inject CurrentTenant currentTenant;
  @Inject Clock clock;

  /** A kiosk that is open, with its state and — for a nearest lookup — distance and walk. */
  public record OpenKiosk(
      PublicKioskCard kiosk, OpenState state, Double distanceMetres, Integer walkingMinutes) {}

  public List<OpenKiosk> openNow(String amenity) {
    Evaluation eval = new Evaluation();
    List<OpenKiosk> open = new ArrayList<>();
    for (PublicKioskCard card : snapshots.cards()) {
      if (amenity != null && !card.offers(amenity)) {
        continue;
      }
      OpenState state = eval.stateOf(card);
      if (state.open()) {
        open.add(new OpenKiosk(card, state, null, null));
      }
    }
    open.sort(Comparator.comparing(o -> o.kiosk().code()));
    return open;
  }

  /**
   * The nearest open kiosks. Distances are cheap and opening hours are not, so kiosks are taken
   * nearest first and their hours evaluated only until {@code limit} open ones are found.
   */
  public List<OpenKiosk> nearest(GeoPoint from, String amenity, int limit) {
    Evaluation eval = new Evaluation();
    record Candidate(PublicKioskCard card, double distance) {}
    List<Candidate> candidates = new ArrayList<>();
    for (PublicKioskCard card : snapshots.cards()) {
      if (amenity == null || card.offers(amenity)) {
        candidates.add(new Candidate(card, from.distanceMetresTo(card.position())));
      }
    }
    candidates.sort(Comparator.comparingDouble(Candidate::distance));
    List<OpenKiosk> result = new ArrayList<>(limit);
    for (Candidate c : candidates) {
      OpenState state = eval.stateOf(c.card());
      if (state.open()) {
        result.add(
            new OpenKiosk(
                c.card(), state, c.distance(), eval.settings.walking().minutes(c.distance())));
        if (result.size() == limit) {
          break;
        }
      }
    }
    return result;
  }

  /**
   * One request's view of time and of the tenant; kiosks that share status and hours share one
   * evaluation.
   */
  private final class Evaluation {
    final Tenant tenant = currentTenant.tenant();
    final KioskRegistrySettings settings =
        tenant.settings(KioskRegistrySettings.MODULE, KioskRegistrySettings.class);
    final HolidayCalendar holidays = currentTenant.holidays();
    final Instant now = clock.instant();
    final Map<String, OpenState> byHours = new HashMap<>();

    OpenState stateOf(PublicKioskCard card) {
      if (card.statusUntil() != null
          || card.status() != org.tourismpolicing.kioskregistry.domain.KioskStatus.OPEN) {
        return card.openState(now, tenant.timeZone(), holidays);
      }
      return byHours.computeIfAbsent(
          card.openingHours(), h -> card.openState(now, tenant.timeZone(), holidays));
    }
  }
}
