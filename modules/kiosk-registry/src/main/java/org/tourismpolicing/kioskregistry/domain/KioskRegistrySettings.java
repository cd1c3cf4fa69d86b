package org.tourismpolicing.kioskregistry.domain;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.tourismpolicing.core.geo.GeoPoint;
import org.tourismpolicing.core.i18n.LocalizedText;

/**
 * The kiosk registry's part of a tenant's configuration, bound from {@code kiosk-registry.yaml}:
 * walking estimate, amenity and walk-in kinds, shifts, and the kiosks to import.
 */
public record KioskRegistrySettings(
    WalkingEstimate walking,
    List<AmenityKind> amenityKinds,
    List<WalkInKind> walkInKinds,
    List<Shift> shifts,
    List<KioskDefinition> kiosks) {

  public static final String MODULE = "kiosk-registry";

  public KioskRegistrySettings {
    amenityKinds = List.copyOf(amenityKinds);
    walkInKinds = List.copyOf(walkInKinds);
    shifts = List.copyOf(shifts);
    kiosks = List.copyOf(kiosks);
  }

  public Optional<AmenityKind> amenityKind(String code) {
    return amenityKinds.stream().filter(k -> k.code().equals(code)).findFirst();
  }

  public Optional<WalkInKind> walkInKind(String code) {
    return walkInKinds.stream().filter(k -> k.code().equals(code)).findFirst();
  }

  public Optional<Shift> shift(String code) {
    return shifts.stream().filter(s -> s.code().equals(code)).findFirst();
  }

  /** A kind of amenity; {@code stocked} false for a service that is not counted. */
  public record AmenityKind(String code, LocalizedText names, boolean stocked) {}

  public record WalkInKind(String code, LocalizedText names) {}

  /** A kiosk as the tenant's documents define it (positions already WGS-84). */
  public record KioskDefinition(
      String code,
      KioskType type,
      LocalizedText names,
      LocalizedText address,
      GeoPoint position,
      String zoneCode,
      String openingHours,
      String phone,
      Map<String, Integer> amenities,
      Map<String, List<String>> roster) {}
}
