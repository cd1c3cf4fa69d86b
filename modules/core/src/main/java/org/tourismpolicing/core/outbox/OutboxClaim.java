package org.tourismpolicing.core.outbox;

/**
 * A message one relay holds until its lease ends, with this attempt counted.
 *
 * @param attempt the number of this attempt (1 for the first)
 * @param claimToken identifies this claim; only its holder may mark the message
 */
public record OutboxClaim(
    String tenant,
    String id,
    String eventType,
    String consumer,
    String payload,
    int attempt,
    String claimToken) {}
