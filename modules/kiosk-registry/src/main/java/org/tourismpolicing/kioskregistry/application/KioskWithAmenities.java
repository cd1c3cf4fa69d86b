package org.tourismpolicing.kioskregistry.application;

import java.util.List;
import org.tourismpolicing.kioskregistry.domain.Amenity;
import org.tourismpolicing.kioskregistry.domain.Kiosk;

/** A kiosk with what it offers, as the application hands it to the REST layer. */
public record KioskWithAmenities(Kiosk kiosk, List<Amenity> amenities) {}
