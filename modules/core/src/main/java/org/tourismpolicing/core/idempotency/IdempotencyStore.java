package org.tourismpolicing.core.idempotency;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Supplier;
import org.tourismpolicing.core.persistence.CorePersistence;

/** The transactions behind {@link IdempotentIntake}. */
@ApplicationScoped
public class IdempotencyStore {

  @Inject CorePersistence persistence;
  @Inject Clock clock;

  /** A remembered answer; {@code live} is the original response when it was just produced. */
  record Answer(int status, String location, String body, String requestHash, Response live) {}

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public Optional<Answer> find(String id) {
    IdempotencyRecord r = persistence.tenant().find(IdempotencyRecord.class, id);
    return r == null
        ? Optional.empty()
        : Optional.of(
            new Answer(
                r.responseStatus(), r.responseLocation(), r.responseBody(), r.requestHash(), null));
  }

  /**
   * Inserts the key first (flushing it, so a concurrent copy blocks on it), then does the work and
   * stores its answer, all in one new transaction.
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public Response claimAndRun(
      String id, String scope, String key, String requestHash, Supplier<Answer> work) {
    var em = persistence.tenant();
    IdempotencyRecord record = new IdempotencyRecord(id, scope, key, requestHash, now());
    em.persist(record);
    em.flush();
    Answer answer = work.get();
    record.answer(answer.status(), answer.location(), answer.body());
    return answer.live();
  }

  private Instant now() {
    return clock.instant();
  }

  /** Forgets answers older than {@code before}; run per tenant by the retention job. */
  @Transactional
  public int purgeBefore(Instant before) {
    return persistence
        .tenant()
        .createQuery("delete from IdempotencyRecord r where r.createdAt < :before")
        .setParameter("before", before)
        .executeUpdate();
  }
}
