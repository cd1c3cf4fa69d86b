/**
 * Kiosk registry use cases: staff management, public lookups, walk-in log, configuration import.
 */
package org.tourismpolicing.kioskregistry.application;
