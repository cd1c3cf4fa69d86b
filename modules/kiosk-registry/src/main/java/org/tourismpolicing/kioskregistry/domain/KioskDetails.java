package org.tourismpolicing.kioskregistry.domain;

import org.tourismpolicing.core.geo.GeoPoint;
import org.tourismpolicing.core.i18n.LocalizedText;

/** The descriptive fields of a kiosk, already converted to value types. */
public record KioskDetails(
    KioskType type,
    LocalizedText names,
    LocalizedText address,
    GeoPoint position,
    String zoneCode,
    String openingHours,
    String phone) {}
