/** The blacklist's tables and migrations, and the HTTP client of its webhooks. */
package org.tourismpolicing.blacklist.infrastructure;
