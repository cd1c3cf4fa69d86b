package org.tourismpolicing.kioskregistry.application;

import java.util.LinkedHashMap;
import java.util.Map;
import org.tourismpolicing.kioskregistry.domain.Amenity;
import org.tourismpolicing.kioskregistry.domain.Kiosk;
import org.tourismpolicing.kioskregistry.domain.KioskDetails;

/** Before/after summaries of kiosk state for the audit trail. */
final class KioskSummaries {

  private KioskSummaries() {}

  static Map<String, Object> of(Kiosk k) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("code", k.code());
    m.put("type", k.type().code());
    m.put("names", k.names().values());
    m.put("latitude", k.position().latitude());
    m.put("longitude", k.position().longitude());
    m.put("zone", k.zoneCode());
    m.put("openingHours", k.openingHours());
    m.put("phone", k.phone());
    m.put("status", k.status().code());
    if (k.statusReason() != null) {
      m.put("statusReason", k.statusReason());
    }
    if (k.statusUntil() != null) {
      m.put("statusUntil", k.statusUntil().toString());
    }
    m.put("version", k.version());
    return m;
  }

  static Map<String, Object> of(Amenity a) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("kiosk", a.kioskId());
    m.put("kind", a.kind());
    m.put("stock", a.stock());
    return m;
  }

  static KioskDetails details(Kiosk k) {
    return new KioskDetails(
        k.type(), k.names(), k.address(), k.position(), k.zoneCode(), k.openingHours(), k.phone());
  }
}
