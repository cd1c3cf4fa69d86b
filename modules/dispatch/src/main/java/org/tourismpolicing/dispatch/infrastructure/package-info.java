/** The dispatch module's persistence: its tables, queries and migrations. */
package org.tourismpolicing.dispatch.infrastructure;
