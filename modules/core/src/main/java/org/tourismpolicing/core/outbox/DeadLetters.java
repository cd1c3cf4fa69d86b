package org.tourismpolicing.core.outbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tourismpolicing.core.audit.AuditTrail;
import org.tourismpolicing.core.paging.Keyset;
import org.tourismpolicing.core.paging.KeysetQuery;
import org.tourismpolicing.core.paging.Page;
import org.tourismpolicing.core.paging.PageRequest;
import org.tourismpolicing.core.persistence.CorePersistence;
import org.tourismpolicing.core.problem.ProblemException;

/**
 * The current tenant's dead letters: hand-offs that ran out of attempts. The tenant admin reads
 * them (newest first) and, once the cause is fixed, sends one back to the relay with a fresh set of
 * attempts; the retry is audited.
 */
@ApplicationScoped
public class DeadLetters {

  private static final Keyset NEWEST_FIRST = Keyset.newestFirst("m.deadAt", "m.id");

  @Inject CorePersistence persistence;
  @Inject AuditTrail audit;
  @Inject Outbox outbox;

  /** Real time, never the application clock that tests move: the relay's timing spans servers. */
  final Clock clock = Clock.systemUTC();

  @Transactional
  public Page<OutboxMessage> list(PageRequest page) {
    return KeysetQuery.select("select m from OutboxMessage m", OutboxMessage.class)
        .where("m.state = :state", "state", OutboxState.DEAD)
        .page(persistence.tenant(), NEWEST_FIRST, page, m -> List.of(m.deadAt(), m.id()));
  }

  /** Sends dead letter {@code id} back to the relay, due now. */
  @Transactional
  public OutboxMessage retry(String id) {
    OutboxMessage message = id == null ? null : persistence.tenant().find(OutboxMessage.class, id);
    if (message == null) {
      throw ProblemException.notFound("outbox-message", id);
    }
    if (message.state() != OutboxState.DEAD) {
      throw ProblemException.conflict("outbox.retry.not-dead", message.state().name());
    }
    Map<String, Object> before = summary(message);
    message.retry(clock.instant());
    audit.record("outbox.retry", "outbox-message", id, before, summary(message));
    outbox.wakeRelayAfterCommit();
    return message;
  }

  private static Map<String, Object> summary(OutboxMessage m) {
    Map<String, Object> s = new LinkedHashMap<>();
    s.put("eventType", m.eventType());
    s.put("consumer", m.consumer());
    s.put("state", m.state().name());
    s.put("attempts", m.attempts());
    return s;
  }
}
