/** The kiosk registry's REST endpoints: staff management, walk-ins, and public lookups. */
package org.tourismpolicing.kioskregistry.rest;
