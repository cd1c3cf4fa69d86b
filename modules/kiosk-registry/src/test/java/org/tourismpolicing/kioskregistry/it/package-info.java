/**
 * Arquillian tests that prove the kiosk registry embeddable: core + kiosk-registry deployed alone
 * on a plain Liberty server, REST through tokens of the integrator's key, and tenant isolation of
 * the persistence cache under concurrency.
 */
package org.tourismpolicing.kioskregistry.it;
