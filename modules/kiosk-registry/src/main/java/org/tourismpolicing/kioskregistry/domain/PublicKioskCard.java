package org.tourismpolicing.kioskregistry.domain;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.tourismpolicing.core.geo.GeoPoint;
import org.tourismpolicing.core.i18n.LocalizedText;
import org.tourismpolicing.kioskregistry.domain.hours.HolidayCalendar;
import org.tourismpolicing.kioskregistry.domain.hours.OpenState;

/**
 * What tourists may know of a kiosk, as an immutable copy: the public lookups answer from these
 * instead of reading the database on every call.
 */
public record PublicKioskCard(
    String id,
    String code,
    KioskType type,
    LocalizedText names,
    LocalizedText address,
    GeoPoint position,
    String openingHours,
    String phone,
    KioskStatus status,
    Instant statusUntil,
    List<Offer> amenities) {

  public PublicKioskCard {
    amenities = List.copyOf(amenities);
  }

  /** An amenity and its count (null for an uncounted service). */
  public record Offer(String kind, Integer stock) {
    public boolean isAvailable() {
      return stock == null || stock > 0;
    }
  }

  public static PublicKioskCard of(Kiosk k, List<Amenity> amenities) {
    return new PublicKioskCard(
        k.id(),
        k.code(),
        k.type(),
        k.names(),
        k.address(),
        k.position(),
        k.openingHours(),
        k.phone(),
        k.status(),
        k.statusUntil(),
        amenities.stream().map(a -> new Offer(a.kind(), a.stock())).toList());
  }

  public OpenState openState(Instant now, ZoneId zone, HolidayCalendar holidays) {
    return KioskAvailability.openState(status, statusUntil, openingHours, now, zone, holidays);
  }

  public boolean offers(String amenity) {
    return amenities.stream().anyMatch(a -> a.kind().equals(amenity) && a.isAvailable());
  }
}
