/**
 * Informants (pseudonymous, identity sealed), tips and their life cycle, reward rules and the
 * payment ledger, and the identity crypto they rely on.
 */
package org.tourismpolicing.informantrewards.domain;
