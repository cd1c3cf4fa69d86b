package org.tourismpolicing.core.outbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;

/** The consumers deployed with this application: the modules present decide who gets what. */
@ApplicationScoped
public class OutboxConsumers {

  @Inject @Any Instance<OutboxConsumer<?>> all;

  /** Every consumer of events of {@code type}. */
  public List<OutboxConsumer<?>> of(Class<?> type) {
    return all.stream().filter(c -> c.eventType().isAssignableFrom(type)).toList();
  }

  /** The consumer named {@code name}, when deployed. */
  public Optional<OutboxConsumer<?>> named(String name) {
    return all.stream().filter(c -> c.name().equals(name)).findFirst();
  }
}
