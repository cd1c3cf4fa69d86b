package org.tourismpolicing.dispatch.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.tourismpolicing.dispatch.domain.Incident;
import org.tourismpolicing.dispatch.domain.PatrolUnit;
import org.tourismpolicing.dispatch.infrastructure.DispatchRepository;

/** The incidents and units of the current tenant changed after an instant, for the live board. */
@ApplicationScoped
public class BoardChanges {

  /** At most this many of each per look; the rest come with the next one. */
  static final int LIMIT = 500;

  @Inject DispatchRepository repository;
  @Inject CurrentDispatch current;

  /** What changed, oldest first, and the latest change time seen (null when nothing changed). */
  public record Since(List<BoardChange> changes, Instant latest) {}

  @Transactional
  public Since since(Instant since) {
    List<BoardChange> found = new ArrayList<>();
    Instant latest = null;
    for (Incident i : repository.incidentsChangedAfter(since, LIMIT)) {
      found.add(new BoardChange(current.tenant().id(), "incident", i.id(), Summaries.of(i)));
      latest = later(latest, i.updatedAt());
    }
    for (PatrolUnit u : repository.unitsChangedAfter(since, LIMIT)) {
      found.add(new BoardChange(current.tenant().id(), "unit", u.id(), Summaries.of(u)));
      latest = later(latest, u.updatedAt());
    }
    return new Since(found, latest);
  }

  private static Instant later(Instant a, Instant b) {
    return a == null || b.isAfter(a) ? b : a;
  }
}
