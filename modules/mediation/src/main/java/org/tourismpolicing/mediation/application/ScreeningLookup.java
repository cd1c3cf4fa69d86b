package org.tourismpolicing.mediation.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.tourismpolicing.core.identifiers.UnifiedSocialCreditCode;
import org.tourismpolicing.core.screening.MerchantScreening;
import org.tourismpolicing.core.tenant.TenantId;

/**
 * Asks the merchant screening service (the blacklist module, when deployed) about a case's
 * merchant. Mediation never depends on the answer: no service, or a failing one, only means that
 * the case shows no screening.
 */
@ApplicationScoped
public class ScreeningLookup {

  private static final Logger LOG = Logger.getLogger(ScreeningLookup.class.getName());

  @Inject Instance<MerchantScreening> services;

  public boolean available() {
    return services.isResolvable();
  }

  public Optional<MerchantScreening.Result> screen(
      TenantId tenant, UnifiedSocialCreditCode creditCode, String name) {
    if ((creditCode == null && (name == null || name.isBlank())) || !available()) {
      return Optional.empty();
    }
    try {
      return services.get().screen(tenant, creditCode, name);
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "merchant screening failed; the case is shown without it", e);
      return Optional.empty();
    }
  }
}
