/** The informant rewards tables: schema registration and tenant-scoped queries. */
package org.tourismpolicing.informantrewards.infrastructure;
