/**
 * Kiosks, duty points, amenities, duty rosters and the walk-in log: rules without the container.
 */
package org.tourismpolicing.kioskregistry.domain;
