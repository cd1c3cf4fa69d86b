/**
 * Tenants (jurisdictions), the tenant of the current unit of work, and how requests name theirs.
 */
package org.tourismpolicing.core.tenant;
