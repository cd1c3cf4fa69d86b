/**
 * Tenant configuration: the documents a jurisdiction is described by, their schemas, validation
 * with precise problems, and the all-or-nothing import that onboards or updates a tenant.
 */
package org.tourismpolicing.core.tenant.config;
