package org.tourismpolicing.core.outbox;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import java.util.logging.Logger;
import org.tourismpolicing.core.persistence.CorePersistence;

/**
 * Publishes a cross-module hand-off (an event record of {@code org.tourismpolicing.core.events}):
 * one {@code core_outbox} row per deployed consumer of its type, written in the caller's
 * transaction, so the hand-off commits with the change that raised it or not at all. The relay
 * delivers it after commit, at least once. No consumer deployed (the other module is optional):
 * nothing is written.
 */
@ApplicationScoped
public class Outbox {

  private static final Logger LOG = Logger.getLogger(Outbox.class.getName());

  static final Jsonb JSON = JsonbBuilder.create();

  @Inject CorePersistence persistence;
  @Inject OutboxConsumers consumers;
  @Inject OutboxRelay relay;

  /** Real time, never the application clock that tests move: the relay's timing spans servers. */
  final Clock clock = Clock.systemUTC();

  @Resource TransactionSynchronizationRegistry transactions;

  /**
   * Writes {@code event} for each of its consumers in the current transaction (there must be one)
   * for the current tenant; answers how many messages were written.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public int publish(Object event) {
    List<OutboxConsumer<?>> takers = consumers.of(event.getClass());
    if (takers.isEmpty()) {
      LOG.fine(() -> "no consumer of " + event.getClass().getSimpleName() + " is deployed");
      return 0;
    }
    String payload = JSON.toJson(event);
    for (OutboxConsumer<?> consumer : takers) {
      persistence
          .tenant()
          .persist(
              new OutboxMessage(
                  UUID.randomUUID().toString(),
                  event.getClass().getSimpleName(),
                  consumer.name(),
                  payload,
                  clock.instant()));
    }
    wakeRelayAfterCommit();
    return takers.size();
  }

  /** Lets the relay deliver right after commit instead of at its next poll. */
  void wakeRelayAfterCommit() {
    transactions.registerInterposedSynchronization(
        new Synchronization() {
          @Override
          public void beforeCompletion() {}

          @Override
          public void afterCompletion(int status) {
            if (status == Status.STATUS_COMMITTED) {
              relay.wake();
            }
          }
        });
  }
}
