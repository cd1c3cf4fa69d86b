/** Readiness of the database, the schema and the tenant configuration. */
package org.tourismpolicing.core.health;
