/**
 * Client-side support of the Arquillian tests: the test deployment built from the module's jar, the
 * token keys and signed tokens, the REST base address. Never deployed.
 */
package org.tourismpolicing.dispatch.it.support;
