/** The kiosk registry's tables, migrations and queries. */
package org.tourismpolicing.kioskregistry.infrastructure;
