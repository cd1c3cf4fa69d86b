package org.tourismpolicing.blacklist.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.tourismpolicing.blacklist.domain.BlacklistEntry;
import org.tourismpolicing.blacklist.domain.CategoryRule;
import org.tourismpolicing.blacklist.domain.Masking;
import org.tourismpolicing.blacklist.domain.Visibility;
import org.tourismpolicing.blacklist.infrastructure.BlacklistRepository;
import org.tourismpolicing.blacklist.screening.SubjectKind;
import org.tourismpolicing.core.tenant.Tenant;

/**
 * The public lookup: this tenant's own active, public business listings only (shared lists are for
 * staff screening: publishing to the public is each issuing tenant's decision), matched by credit
 * code or name; the legal representative's name masked; persons never.
 */
@ApplicationScoped
public class PublicLookup {

  static final double NAME_THRESHOLD = 0.8;
  static final int LIMIT = 10;

  @Inject ScreeningService screening;
  @Inject BlacklistRepository repository;
  @Inject BlacklistTenant current;

  /** A listing as the public sees it. */
  public record Listing(
      String name,
      String creditCode,
      String address,
      String legalRepresentative,
      String category,
      String categoryName,
      List<String> departments,
      Instant effectiveFrom,
      Instant effectiveTo,
      double score) {}

  @Transactional
  public List<Listing> find(String name, String creditCode) {
    var hits =
        screening.screen(
            new ScreeningService.Question(
                SubjectKind.BUSINESS,
                name,
                creditCode,
                null,
                creditCode != null && name == null ? 0.99 : NAME_THRESHOLD,
                LIMIT * 3),
            false);
    List<String> ids =
        hits.stream()
            .filter(h -> h.subject().visibility() == Visibility.PUBLIC)
            .map(h -> h.subject().entryId().toString())
            .toList();
    Map<String, BlacklistEntry> entries =
        repository.entries(ids).stream()
            .collect(Collectors.toMap(BlacklistEntry::id, Function.identity()));
    Tenant tenant = current.tenant();
    var settings = current.settings();
    List<Listing> listings = new ArrayList<>();
    for (var h : hits) {
      BlacklistEntry e = entries.get(h.subject().entryId().toString());
      // the index may lag the database by a moment: check again what the public may see
      if (e == null
          || !e.isListed()
          || e.visibility() != Visibility.PUBLIC
          || e.kind() != SubjectKind.BUSINESS) {
        continue;
      }
      listings.add(
          new Listing(
              e.name(),
              e.creditCode(),
              e.address(),
              Masking.name(e.legalRepresentative()),
              e.category(),
              settings
                  .category(e.category())
                  .map(CategoryRule::names)
                  .map(n -> n.in(tenant.languages()))
                  .orElse(e.category()),
              e.departments().stream()
                  .map(
                      d ->
                          tenant.department(d).map(x -> x.names().in(tenant.languages())).orElse(d))
                  .toList(),
              e.effectiveFrom(),
              e.effectiveTo(),
              h.score()));
      if (listings.size() == LIMIT) {
        break;
      }
    }
    return listings;
  }
}
