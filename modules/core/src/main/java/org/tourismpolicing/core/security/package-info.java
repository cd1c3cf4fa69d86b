/**
 * Who may do what: token-based callers, roles, tenant entitlement, development mode and the
 * start-up checks that keep it out of production.
 */
package org.tourismpolicing.core.security;
