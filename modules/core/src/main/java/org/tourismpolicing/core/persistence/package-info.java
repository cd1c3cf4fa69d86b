/** Tenant-scoped persistence: entity managers per tenant, identifiers, time columns, migrations. */
package org.tourismpolicing.core.persistence;
