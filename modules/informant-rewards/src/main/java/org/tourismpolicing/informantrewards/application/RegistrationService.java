package org.tourismpolicing.informantrewards.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.tourismpolicing.core.audit.AuditTrail;
import org.tourismpolicing.core.persistence.Ids;
import org.tourismpolicing.core.problem.ProblemException;
import org.tourismpolicing.core.problem.ProblemType;
import org.tourismpolicing.core.ratelimit.RateLimit;
import org.tourismpolicing.core.ratelimit.RateLimits;
import org.tourismpolicing.core.tenant.TenantContext;
import org.tourismpolicing.core.tenant.TenantId;
import org.tourismpolicing.informantrewards.domain.Informant;
import org.tourismpolicing.informantrewards.domain.PhoneNumbers;
import org.tourismpolicing.informantrewards.domain.PhoneRegistration;
import org.tourismpolicing.informantrewards.domain.ReceiptCodes;
import org.tourismpolicing.informantrewards.infrastructure.InformantRewardsRepository;

/**
 * Registration from the app: a phone number gets a one-time code (sent by {@link
 * OneTimeCodeSender}), and confirming the code makes the informant (or finds the one that number
 * already registered, by its keyed hash). Nothing of the phone, name or account is kept in clear,
 * logged or audited.
 */
@ApplicationScoped
public class RegistrationService {

  /** Code requests per phone (by keyed hash): a number cannot be flooded with messages. */
  public static final RateLimit PER_PHONE =
      new RateLimit("informant-code-per-phone", 3, Duration.ofHours(1));

  static final Duration CODE_VALIDITY = Duration.ofMinutes(10);

  private static final SecureRandom RANDOM = new SecureRandom();

  @Inject InformantRewardsRepository repository;
  @Inject IdentityKeys keys;
  @Inject OneTimeCodeSender sender;
  @Inject RateLimits rateLimits;
  @Inject TenantContext tenantContext;
  @Inject AuditTrail audit;
  @Inject Clock clock;

  /** A code was sent; confirm it within {@code expiresAt}. */
  public record Requested(String registrationId, Instant expiresAt) {}

  /** The informant the confirmed phone belongs to; {@code created} false for a returning one. */
  public record Confirmed(Informant informant, boolean created) {}

  /** A wrong code: the attempt is counted, so its transaction commits. */
  public static final class WrongCode extends ProblemException {
    private static final long serialVersionUID = 1L;

    WrongCode(int left) {
      super(ProblemType.RULE_VIOLATION, "registration.code.wrong", left);
    }
  }

  @Transactional
  public Requested requestCode(String typedPhone) {
    String phone =
        PhoneNumbers.normalise(typedPhone)
            .orElseThrow(() -> ProblemException.invalid("phone", "registration.phone.invalid"));
    TenantId tenant = tenantContext.require();
    IdentityKeys.TenantKeys k = keys.require(tenant);
    String phoneHash = k.hash().of("phone:" + phone);
    rateLimits.take(PER_PHONE, tenant, phoneHash);
    String code = String.format("%06d", RANDOM.nextInt(1_000_000));
    // the code's hash is keyed and bound to the registration, so a leaked row gives nothing away
    String id = Ids.newIdString();
    PhoneRegistration r =
        new PhoneRegistration(
            id,
            phoneHash,
            k.cipher().encrypt("phone", phone),
            codeHash(k, id, code),
            clock.instant(),
            CODE_VALIDITY);
    repository.persist(r);
    audit.record("informant.code-requested", "informant-registration", r.id(), null, null);
    sender.send(tenant, phone, r.id(), code);
    return new Requested(r.id(), r.expiresAt());
  }

  static String codeHash(IdentityKeys.TenantKeys k, String registrationId, String code) {
    return k.hash().of("otp:" + registrationId + ":" + code);
  }

  @Transactional(dontRollbackOn = WrongCode.class)
  public Confirmed confirm(
      String registrationId, String code, String realName, String paymentAccount) {
    TenantId tenant = tenantContext.require();
    IdentityKeys.TenantKeys k = keys.require(tenant);
    PhoneRegistration r =
        repository
            .find(PhoneRegistration.class, registrationId)
            .orElseThrow(() -> ProblemException.notFound("informant-registration", registrationId));
    Instant now = clock.instant();
    String given = code == null ? "" : code.strip();
    if (!r.confirm(codeHash(k, r.id(), given), now)) {
      throw new WrongCode(PhoneRegistration.MAX_ATTEMPTS - r.attempts());
    }
    String phone = k.cipher().decrypt("phone", r.phoneCipher());
    var existing = repository.informantByPhoneHash(r.phoneHash());
    Informant informant;
    boolean created = existing.isEmpty();
    if (created) {
      informant =
          new Informant(
              ReceiptCodes.newPseudonym(), r.phoneHash(), k.cipher().encrypt("phone", phone), now);
      repository.persist(informant);
    } else {
      informant = existing.get();
      informant.active(now);
    }
    informant.seal(
        blankToNull(realName) == null ? null : k.cipher().encrypt("real-name", realName.strip()),
        blankToNull(paymentAccount) == null
            ? null
            : k.cipher().encrypt("payment-account", paymentAccount.strip()));
    Map<String, Object> after = new LinkedHashMap<>();
    after.put("pseudonym", informant.pseudonym());
    after.put("registration", r.id());
    after.put("returning", !created);
    audit.record("informant.registered", "informant", informant.id(), null, after);
    return new Confirmed(informant, created);
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s;
  }
}
