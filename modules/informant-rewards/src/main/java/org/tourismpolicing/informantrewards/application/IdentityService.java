package org.tourismpolicing.informantrewards.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Map;
import org.tourismpolicing.core.audit.AuditTrail;
import org.tourismpolicing.core.paging.Page;
import org.tourismpolicing.core.paging.PageRequest;
import org.tourismpolicing.core.problem.ProblemException;
import org.tourismpolicing.core.tenant.TenantContext;
import org.tourismpolicing.informantrewards.domain.IdentityCipher;
import org.tourismpolicing.informantrewards.domain.Informant;
import org.tourismpolicing.informantrewards.infrastructure.InformantRewardsRepository;

/**
 * Sealed identity. Only the informant handler unseals an informant, giving a reason that goes to
 * the audit trail (the identity itself never does); everyone else sees the pseudonym. Also
 * re-encrypts every informant under the tenant's active key after a rotation.
 */
@ApplicationScoped
public class IdentityService {

  public static final int MIN_REASON = 10;

  @Inject InformantRewardsRepository repository;
  @Inject IdentityKeys keys;
  @Inject TenantContext tenantContext;
  @Inject AuditTrail audit;

  /** An informant's identity in clear: for the handler's answer only, never stored or logged. */
  public record Identity(
      Informant informant, String phone, String realName, String paymentAccount) {}

  @Transactional
  public Identity unseal(String informantId, String reason) {
    if (reason == null || reason.strip().codePointCount(0, reason.strip().length()) < MIN_REASON) {
      throw ProblemException.invalid("reason", "informant.unseal.reason", MIN_REASON);
    }
    IdentityCipher cipher = keys.require(tenantContext.require()).cipher();
    Informant i = require(informantId);
    Identity identity;
    try {
      identity =
          new Identity(
              i,
              cipher.decrypt("phone", i.phoneCipher()),
              cipher.decrypt("real-name", i.nameCipher()),
              cipher.decrypt("payment-account", i.accountCipher()));
    } catch (IdentityCipher.UnreadableIdentity e) {
      throw ProblemException.conflict("informant.identity.unreadable", i.pseudonym());
    }
    audit.record(
        "informant.unsealed",
        "informant",
        i.id(),
        null,
        Map.of("pseudonym", i.pseudonym(), "reason", reason.strip()));
    return identity;
  }

  @Transactional
  public Informant require(String informantId) {
    return repository
        .find(Informant.class, informantId)
        .orElseThrow(() -> ProblemException.notFound("informant", informantId));
  }

  @Transactional
  public Page<Informant> list(PageRequest page) {
    return repository.informants(page);
  }

  /**
   * Re-encrypts, under the active key, every value written under an older one.
   *
   * @return how many informants were re-encrypted
   */
  @Transactional
  public int reencryptAll() {
    IdentityCipher cipher = keys.require(tenantContext.require()).cipher();
    int changed = 0;
    PageRequest page = PageRequest.first(200);
    while (page != null) {
      Page<Informant> batch = repository.informants(page);
      for (Informant i : batch.items()) {
        if (!cipher.isUnderActiveKey(i.phoneCipher())
            || !cipher.isUnderActiveKey(i.nameCipher())
            || !cipher.isUnderActiveKey(i.accountCipher())) {
          i.reencrypted(
              cipher.reencrypt("phone", i.phoneCipher()),
              cipher.reencrypt("real-name", i.nameCipher()),
              cipher.reencrypt("payment-account", i.accountCipher()));
          changed++;
        }
      }
      page = page.next(batch);
    }
    audit.record(
        "informant.keys-rotated", "informant-keys", "all", null, Map.of("reencrypted", changed));
    return changed;
  }
}
