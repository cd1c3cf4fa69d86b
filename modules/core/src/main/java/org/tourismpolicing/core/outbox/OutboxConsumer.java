package org.tourismpolicing.core.outbox;

/**
 * A module's consumer of one kind of hand-off delivered through the {@link Outbox}. Implement it as
 * an {@code @ApplicationScoped} bean; the relay finds every implementation deployed.
 *
 * <p>{@link #accept} runs in a transaction of its own (the relay marks the message delivered in
 * that same transaction), with the message's tenant set and the caller acting as the system. It is
 * called <em>at least once</em> per message: after a crash, a lost lease or a retry by the tenant
 * admin it may be called again for a message whose effect is already committed, so it must be
 * idempotent (key what it creates by the event's id). Throwing rolls its work back; the relay tries
 * again later with a growing pause, and after the last attempt the message becomes a dead letter.
 *
 * @param <E> the event record (in {@code org.tourismpolicing.core.events}), stored as JSON
 */
public interface OutboxConsumer<E> {

  /**
   * Stable name of this consumer, stored with each of its messages ({@code module.purpose}, at most
   * 100 characters, e.g. {@code dispatch.tip-incidents}); renaming it orphans pending messages.
   */
  String name();

  /** The event type this consumer takes. */
  Class<E> eventType();

  /** Handles one event, idempotently; throw to have it retried. */
  void accept(E event);
}
