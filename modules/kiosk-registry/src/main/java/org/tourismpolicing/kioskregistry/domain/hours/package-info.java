/** Kiosk opening hours in the OpenStreetMap opening_hours syntax, evaluated in a tenant's zone. */
package org.tourismpolicing.kioskregistry.domain.hours;
