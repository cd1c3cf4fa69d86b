package org.tourismpolicing.core.outbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import org.tourismpolicing.core.persistence.CorePersistence;

/**
 * One delivery: the consumer's work and the "delivered" mark in one transaction, so either both
 * commit or neither does. Runs with the message's tenant set (by the relay).
 */
@ApplicationScoped
public class OutboxDelivery {

  private static final String MARK =
      "UPDATE core_outbox SET state = 'DELIVERED', delivered_at = ?, claimed_by = NULL,"
          + " last_error = NULL WHERE tenant_id = ? AND id = ? AND claimed_by = ?"
          + " AND state = 'PENDING'";

  @Inject CorePersistence persistence;

  /** Real time, never the application clock that tests move: the relay's timing spans servers. */
  final Clock clock = Clock.systemUTC();

  /** Thrown when the claim's lease ended and another relay took the message: undo, do nothing. */
  static final class ClaimLost extends RuntimeException {
    private static final long serialVersionUID = 1L;

    ClaimLost(String id) {
      super("claim of outbox message " + id + " was lost", null, false, false);
    }
  }

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public <E> void deliver(OutboxClaim claim, OutboxConsumer<E> consumer) {
    E event = Outbox.JSON.fromJson(claim.payload(), consumer.eventType());
    consumer.accept(event);
    int marked =
        persistence
            .platform()
            .createNativeQuery(MARK)
            .setParameter(1, OutboxRows.utc(clock.instant()))
            .setParameter(2, claim.tenant())
            .setParameter(3, claim.id())
            .setParameter(4, claim.claimToken())
            .executeUpdate();
    if (marked != 1) {
      throw new ClaimLost(claim.id());
    }
  }
}
