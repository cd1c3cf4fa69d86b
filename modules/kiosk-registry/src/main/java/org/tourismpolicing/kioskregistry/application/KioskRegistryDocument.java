package org.tourismpolicing.kioskregistry.application;

import java.util.List;
import java.util.Map;

/** {@code kiosk-registry.yaml} as bound after it passed its schema. */
record KioskRegistryDocument(
    Walking walking,
    List<Kind> amenityKinds,
    List<Kind> walkInKinds,
    List<ShiftDoc> shifts,
    List<KioskDoc> kiosks) {

  record Walking(Double speedMetresPerSecond, Double detourFactor) {}

  record Kind(String code, Map<String, String> names, Boolean stocked) {}

  record ShiftDoc(String code, Map<String, String> names, String start, String end) {}

  record Position(double lat, double lon) {}

  record KioskDoc(
      String code,
      String type,
      Map<String, String> names,
      Map<String, String> address,
      Position position,
      String zone,
      String openingHours,
      String phone,
      Map<String, Integer> amenities,
      Map<String, List<String>> roster) {}
}
