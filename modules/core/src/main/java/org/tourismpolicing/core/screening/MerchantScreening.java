package org.tourismpolicing.core.screening;

import java.util.Optional;
import org.tourismpolicing.core.identifiers.UnifiedSocialCreditCode;
import org.tourismpolicing.core.tenant.TenantId;

/**
 * Tells whether a merchant is on the jurisdiction's tourism blacklist (unlicensed operation,
 * tailing and hawking, unreasonably low-priced tours, touting …). Implemented by the blacklist
 * module when it is deployed; callers look it up with {@code Instance<MerchantScreening>} and work
 * without it (no implementation: screening is simply not available).
 */
public interface MerchantScreening {

  /**
   * Screens a merchant by credit code and/or name (at least one is given); the credit code, when
   * given, is the stronger key. Answers empty when this service cannot say anything (for example,
   * the tenant keeps no list).
   */
  Optional<Result> screen(TenantId tenant, UnifiedSocialCreditCode creditCode, String name);

  /**
   * What the list says of the merchant.
   *
   * @param listed whether an entry in force matches
   * @param category the entry's category code when listed (e.g. {@code touting}), else null
   * @param summary a short text for staff, in the tenant's first language, when listed
   * @param entryId the matching entry's id in the listing module, when listed
   */
  record Result(boolean listed, String category, String summary, String entryId) {

    public static Result notListed() {
      return new Result(false, null, null, null);
    }
  }
}
