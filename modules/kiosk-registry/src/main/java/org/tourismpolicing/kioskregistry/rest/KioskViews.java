package org.tourismpolicing.kioskregistry.rest;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.tourismpolicing.core.geo.GeoPoint;
import org.tourismpolicing.core.i18n.LocalizedText;
import org.tourismpolicing.kioskregistry.application.KioskFinder;
import org.tourismpolicing.kioskregistry.application.KioskWithAmenities;
import org.tourismpolicing.kioskregistry.domain.Amenity;
import org.tourismpolicing.kioskregistry.domain.Kiosk;
import org.tourismpolicing.kioskregistry.domain.PublicKioskCard;
import org.tourismpolicing.kioskregistry.domain.WalkIn;
import org.tourismpolicing.kioskregistry.domain.hours.HolidayCalendar;
import org.tourismpolicing.kioskregistry.domain.hours.OpenState;

/** Maps the kiosk registry's domain objects to the bodies clients see. */
final class KioskViews {

  private KioskViews() {}

  static KioskDtos.PositionView position(GeoPoint p) {
    double[] gcj = p.toGcj02();
    return new KioskDtos.PositionView(
        p.latitude(), p.longitude(), Map.of("lat", gcj[0], "lon", gcj[1]));
  }

  static KioskDtos.AmenityView amenity(Amenity a) {
    return new KioskDtos.AmenityView(a.kind(), a.stock(), a.isAvailable());
  }

  static KioskDtos.KioskView kiosk(
      KioskWithAmenities k, Instant now, ZoneId zone, HolidayCalendar holidays) {
    Kiosk kiosk = k.kiosk();
    OpenState state = kiosk.openState(now, zone, holidays);
    return new KioskDtos.KioskView(
        kiosk.id(),
        kiosk.code(),
        kiosk.type().code(),
        kiosk.names().values(),
        texts(kiosk.address()),
        position(kiosk.position()),
        kiosk.zoneCode(),
        kiosk.openingHours(),
        kiosk.phone(),
        kiosk.status().code(),
        kiosk.statusReason(),
        kiosk.statusUntil(),
        state.open(),
        state.changesAt().map(t -> t.toOffsetDateTime()).orElse(null),
        k.amenities().stream().map(KioskViews::amenity).toList(),
        kiosk.version(),
        kiosk.updatedAt());
  }

  static KioskDtos.PublicKioskView open(KioskFinder.OpenKiosk o) {
    PublicKioskCard k = o.kiosk();
    List<KioskDtos.AmenityView> available =
        k.amenities().stream()
            .filter(PublicKioskCard.Offer::isAvailable)
            .map(a -> new KioskDtos.AmenityView(a.kind(), a.stock(), true))
            .toList();
    return new KioskDtos.PublicKioskView(
        k.code(),
        k.type().code(),
        k.names().values(),
        texts(k.address()),
        position(k.position()),
        k.phone(),
        o.state().changesAt().map(t -> t.toOffsetDateTime()).orElse(null),
        available,
        o.distanceMetres() == null ? null : Math.round(o.distanceMetres()),
        o.walkingMinutes());
  }

  static KioskDtos.WalkInView walkIn(WalkIn w) {
    return new KioskDtos.WalkInView(
        w.id(),
        w.kioskId(),
        w.kind(),
        w.outcome().code(),
        w.description(),
        w.occurredAt(),
        w.occurredOn(),
        w.recordedBy());
  }

  private static Map<String, String> texts(LocalizedText t) {
    return t == null ? null : t.values();
  }
}
