package org.tourismpolicing.blacklist.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.tourismpolicing.blacklist.screening.ScreeningHit;
import org.tourismpolicing.blacklist.screening.ScreeningQuery;
import org.tourismpolicing.blacklist.screening.SubjectKind;
import org.tourismpolicing.core.tenant.TenantContext;
import org.tourismpolicing.core.tenant.TenantId;

/**
 * Screens a subject against the current tenant's own list and the shared lists its configuration
 * names: exact on credit code or ID number (hashed with the key of each list's scope), fuzzy on
 * names. Answers from memory; the database is read only to load or refresh an index.
 */
@ApplicationScoped
public class ScreeningService {

  @Inject ScreeningIndexes indexes;
  @Inject BlacklistTenant current;
  @Inject TenantContext tenant;
  @Inject HashKeys keys;

  /** One question; {@code idNumber} in clear (validated), hashed here per scope. */
  public record Question(
      SubjectKind kind,
      String name,
      String creditCode,
      String idNumber,
      double threshold,
      int limit) {}

  /** One hit with the listed subject behind it. */
  public record Hit(
      ListedSubject subject, double score, List<ScreeningHit.MatchedFeature> features) {}

  public List<Hit> screen(Question q) {
    return screen(q, true);
  }

  /**
   * @param withShared whether the shared lists the tenant screens against are searched too
   */
  public List<Hit> screen(Question q, boolean withShared) {
    TenantId t = tenant.require();
    List<Hit> hits = new ArrayList<>();
    String ownHash = q.idNumber() == null ? null : keys.hash(t, q.idNumber());
    search(indexes.own(t), q, ownHash, hits);
    if (withShared) {
      for (String list : current.settings().screenAgainst()) {
        String sharedHash = q.idNumber() == null ? null : keys.sharedHash(q.idNumber());
        search(indexes.shared(list), q, sharedHash, hits);
      }
    }
    hits.sort(Comparator.comparingDouble(Hit::score).reversed());
    return hits.size() > q.limit() ? List.copyOf(hits.subList(0, q.limit())) : hits;
  }

  private static void search(
      ScreeningIndexes.Scope scope, Question q, String idHash, List<Hit> into) {
    var query =
        new ScreeningQuery(q.kind(), q.name(), q.creditCode(), idHash, q.threshold(), q.limit());
    for (ScreeningHit h : scope.index().search(query)) {
      scope.subject(h.entryId()).ifPresent(s -> into.add(new Hit(s, h.score(), h.features())));
    }
  }
}
