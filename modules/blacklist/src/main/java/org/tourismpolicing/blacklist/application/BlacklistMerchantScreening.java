package org.tourismpolicing.blacklist.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import org.tourismpolicing.blacklist.domain.CategoryRule;
import org.tourismpolicing.blacklist.screening.SubjectKind;
import org.tourismpolicing.core.identifiers.UnifiedSocialCreditCode;
import org.tourismpolicing.core.screening.MerchantScreening;
import org.tourismpolicing.core.tenant.TenantId;
import org.tourismpolicing.core.tenant.TenantWork;

/**
 * Tells mediation and dispatch whether a merchant is listed: by credit code first (exact), then by
 * name at the tenant's {@code screening.merchantThreshold}; own list and shared lists.
 */
@ApplicationScoped
public class BlacklistMerchantScreening implements MerchantScreening {

  @Inject ScreeningService screening;
  @Inject BlacklistTenant current;
  @Inject TenantWork work;

  @Override
  public Optional<Result> screen(TenantId tenant, UnifiedSocialCreditCode creditCode, String name) {
    return Optional.of(work.call(tenant, () -> screenForCurrent(creditCode, name)));
  }

  private Result screenForCurrent(UnifiedSocialCreditCode creditCode, String name) {
    if (creditCode != null) {
      var hits =
          screening.screen(
              new ScreeningService.Question(
                  SubjectKind.BUSINESS, null, creditCode.value(), null, 0.99, 1));
      if (!hits.isEmpty()) {
        return result(hits);
      }
    }
    if (name != null && !name.isBlank()) {
      var hits =
          screening.screen(
              new ScreeningService.Question(
                  SubjectKind.BUSINESS,
                  name,
                  null,
                  null,
                  current.settings().merchantThreshold(),
                  1));
      if (!hits.isEmpty()) {
        return result(hits);
      }
    }
    return Result.notListed();
  }

  private Result result(List<ScreeningService.Hit> hits) {
    ListedSubject s = hits.get(0).subject();
    var tenant = current.tenant();
    String category =
        current
            .settings()
            .category(s.category())
            .map(CategoryRule::names)
            .map(n -> n.in(tenant.languages()))
            .orElse(s.category());
    String summary =
        s.name() + " · " + category + (s.source().equals("own") ? "" : " (" + s.source() + ")");
    return new Result(true, s.category(), summary, s.entryId().toString());
  }
}
