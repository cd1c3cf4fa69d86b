/** Core's REST endpoints: tenant profile and zones, audit trail, platform administration. */
package org.tourismpolicing.core.rest;
