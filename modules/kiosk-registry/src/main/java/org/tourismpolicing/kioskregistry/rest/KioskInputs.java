package org.tourismpolicing.kioskregistry.rest;

import java.util.Map;
import org.tourismpolicing.core.geo.GeoPoint;
import org.tourismpolicing.core.geography.Zone;
import org.tourismpolicing.core.i18n.LocalizedText;
import org.tourismpolicing.core.problem.RequestFields;
import org.tourismpolicing.core.tenant.Tenant;
import org.tourismpolicing.kioskregistry.domain.KioskDetails;
import org.tourismpolicing.kioskregistry.domain.KioskType;
import org.tourismpolicing.kioskregistry.domain.hours.OpeningHours;

/**
 * Converts kiosk request bodies into domain values, collecting every broken rule with its field:
 * the type, the position (GCJ-02 converted), the zone (derived from the position, or checked
 * against it), the opening-hours syntax.
 */
final class KioskInputs {

  private KioskInputs() {}

  static KioskDetails details(Tenant tenant, KioskDtos.KioskFields body) {
    String type = body.type();
    Map<String, String> names = body.names();
    Map<String, String> address = body.address();
    KioskDtos.PositionInput position = body.position();
    String zone = body.zone();
    String openingHours = body.openingHours();
    String phone = body.phone();
    var fields = new RequestFields();
    KioskType kioskType = KioskType.fromCode(type).orElse(null);
    fields.require(kioskType != null, "type", "kiosk.type.unknown", type);
    GeoPoint point =
        fields.position(
            "position.lat",
            "position.lon",
            "position.crs",
            position.lat(),
            position.lon(),
            position.crs());
    String zoneCode = null;
    if (point != null) {
      if (zone != null) {
        var named = tenant.geography().zone(zone);
        if (named.isEmpty()) {
          fields.reject("zone", "kiosk.zone.unknown", zone);
        } else if (!named.get().contains(point)) {
          fields.reject("zone", "kiosk.zone.position-outside", zone);
        } else {
          zoneCode = zone;
        }
      } else {
        zoneCode = tenant.geography().zoneAt(point).map(Zone::code).orElse(null);
        fields.require(zoneCode != null, "position", "kiosk.position.outside-zones");
      }
    }
    fields.convert("openingHours", () -> OpeningHours.parse(openingHours));
    fields.throwIfInvalid();
    return new KioskDetails(
        kioskType,
        new LocalizedText(names),
        address == null ? null : new LocalizedText(address),
        point,
        zoneCode,
        openingHours,
        phone);
  }
}
