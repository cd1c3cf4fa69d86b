package org.tourismpolicing.mediation.it;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import org.tourismpolicing.core.identifiers.UnifiedSocialCreditCode;
import org.tourismpolicing.core.screening.MerchantScreening;
import org.tourismpolicing.core.tenant.TenantId;

/**
 * Stands in for the blacklist module: one merchant of Dali is listed for touting (by credit code,
 * and by name when no code is known).
 */
@ApplicationScoped
public class ListedMerchants implements MerchantScreening {

  static final String LISTED_CODE = "92532901MA6N1P8Q09";
  static final String LISTED_NAME = "拉客客栈";

  @Override
  public Optional<Result> screen(TenantId tenant, UnifiedSocialCreditCode code, String name) {
    if (!tenant.value().equals("dali-gucheng")) {
      return Optional.empty();
    }
    boolean listed = code != null ? code.value().equals(LISTED_CODE) : LISTED_NAME.equals(name);
    return Optional.of(
        listed
            ? new Result(true, "touting", "Touting at the South Gate, 2026", "entry-17")
            : Result.notListed());
  }
}
