/** The mediation tables (prefix {@code mediation_}), their queries and migrations. */
package org.tourismpolicing.mediation.infrastructure;
