package org.tourismpolicing.mediation.application;

import java.time.Instant;

/**
 * A satisfaction link as issued to one party: the only time its token exists outside the party's
 * hands (the room sends it by text message; only its hash is stored).
 */
public record IssuedLink(String partyId, String role, String token, Instant expiresAt) {}
