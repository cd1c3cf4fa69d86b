package org.tourismpolicing.informantrewards.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.tourismpolicing.core.audit.AuditTrail;
import org.tourismpolicing.core.events.VerifiedTipNeedsPolice;
import org.tourismpolicing.core.events.VerifiedTipSupportsListing;
import org.tourismpolicing.core.outbox.Outbox;
import org.tourismpolicing.core.paging.Page;
import org.tourismpolicing.core.paging.PageRequest;
import org.tourismpolicing.core.persistence.Ids;
import org.tourismpolicing.core.problem.ProblemException;
import org.tourismpolicing.core.security.CallerIdentity;
import org.tourismpolicing.core.tenant.TenantContext;
import org.tourismpolicing.informantrewards.domain.Informant;
import org.tourismpolicing.informantrewards.domain.InformantSettings;
import org.tourismpolicing.informantrewards.domain.PhotoType;
import org.tourismpolicing.informantrewards.domain.ReceiptCodes;
import org.tourismpolicing.informantrewards.domain.SpamRules;
import org.tourismpolicing.informantrewards.domain.Tip;
import org.tourismpolicing.informantrewards.domain.TipMessage;
import org.tourismpolicing.informantrewards.domain.TipPhoto;
import org.tourismpolicing.informantrewards.domain.TipStatus;
import org.tourismpolicing.informantrewards.infrastructure.InformantRewardsRepository;

/**
 * Tips: public submission (anonymous, or by a registered informant), following a tip and writing to
 * its handler with the receipt code, photos, and the staff's review and verification steps. A
 * verified-true tip may raise the cross-module events; their observers (dispatch, blacklist) are
 * optional. No identity is ever written into a tip, an audit record or an event.
 */
@ApplicationScoped
public class TipService {

  private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

  @Inject Outbox outbox;
  @Inject InformantRewardsRepository repository;
  @Inject IdentityKeys keys;
  @Inject InformantTenant current;
  @Inject TenantContext tenantContext;
  @Inject AuditTrail audit;
  @Inject CallerIdentity caller;
  @Inject Clock clock;

  /** A new tip and its receipt code, which is shown this once and never stored. */
  public record Submitted(Tip tip, String receiptCode) {}

  @Transactional
  public Submitted submit(Tip.Report report, String client, String informantId) {
    InformantSettings settings = current.settings();
    if (settings.category(report.category()).isEmpty()) {
      throw ProblemException.invalid("category", "tip.category.unknown", report.category());
    }
    SpamRules.check(report.description())
        .ifPresent(
            code -> {
              throw ProblemException.invalid("description", code, SpamRules.MIN_DESCRIPTION);
            });
    Instant now = clock.instant();
    String clientHash = ReceiptCodes.sha256(tenantContext.require().value() + "|" + client);
    String textHash = SpamRules.fingerprint(report.description());
    if (repository.duplicateSince(clientHash, textHash, now.minus(settings.duplicateWindow()))) {
      throw ProblemException.ruleViolation("tip.spam.duplicate");
    }
    Informant informant = null;
    if (informantId != null) {
      informant =
          repository
              .find(Informant.class, informantId)
              .orElseThrow(() -> ProblemException.ruleViolation("tip.informant.unknown"));
      informant.active(now);
    }
    String id = Ids.newIdString();
    String code = receiptCodeFor(id).orElseGet(ReceiptCodes::newCode);
    String number =
        settings.numberPrefix()
            + "-"
            + now.atZone(current.tenant().timeZone()).toLocalDate().format(DAY)
            + "-"
            + ReceiptCodes.newPseudonym().substring(3, 8);
    Tip tip =
        new Tip(
            id,
            number,
            report,
            informant == null ? null : informant.id(),
            ReceiptCodes.hash(ReceiptCodes.normalise(code).orElseThrow()),
            clientHash,
            textHash,
            now);
    repository.persist(tip);
    Map<String, Object> after = summary(tip);
    after.put("registeredInformant", informant != null);
    audit.record("tip.submitted", "tip", tip.id(), null, after);
    return new Submitted(tip, code);
  }

  /**
   * The receipt code of a tip, derived from the tenant's hash key and the tip id; empty when the
   * tenant has no identity keys (the code is then random and shown only once).
   */
  public java.util.Optional<String> receiptCodeFor(String tipId) {
    return keys.find(tenantContext.require())
        .map(k -> ReceiptCodes.fromKeyedHash(k.hash().of("receipt:" + tipId)));
  }

  /** The tip a receipt code belongs to; 404 for any code that is not one (the same answer). */
  @Transactional
  public Tip byReceipt(String typedCode) {
    return ReceiptCodes.normalise(typedCode)
        .flatMap(c -> repository.tipByReceipt(ReceiptCodes.hash(c)))
        .orElseThrow(() -> ProblemException.notFound("tip", "(receipt code)"));
  }

  @Transactional
  public List<TipMessage> messages(String tipId) {
    return repository.messages(tipId);
  }

  @Transactional
  public TipMessage informantWrites(Tip tip, String body) {
    TipMessage m = TipMessage.fromInformant(tip.id(), body.strip(), clock.instant());
    repository.persist(m);
    audit.record(
        "tip.message-added", "tip", tip.id(), null, Map.of("from", TipMessage.INFORMANT_AUTHOR));
    return m;
  }

  @Transactional
  public TipMessage handlerWrites(String tipId, String body) {
    Tip tip = require(tipId);
    TipMessage m = TipMessage.fromHandler(tip.id(), caller.name(), body.strip(), clock.instant());
    repository.persist(m);
    audit.record("tip.message-added", "tip", tip.id(), null, Map.of("from", "handler"));
    return m;
  }

  @Transactional
  public TipPhoto attachPhoto(Tip tip, String declaredType, byte[] content) {
    var limits = current.settings().photos();
    if (tip.status().isFinal()) {
      throw ProblemException.conflict("tip.closed", tip.number(), tip.status().code());
    }
    if (content.length == 0) {
      throw ProblemException.invalid("content", "photo.empty");
    }
    if (content.length > limits.maxBytes()) {
      throw ProblemException.invalid("content", "photo.too-large", limits.maxBytes());
    }
    PhotoType type =
        PhotoType.sniff(content)
            .orElseThrow(() -> ProblemException.invalid("content", "photo.type"));
    if (!type.mediaType().equalsIgnoreCase(declaredType)) {
      throw ProblemException.invalid(
          "Content-Type", "photo.type-mismatch", declaredType, type.mediaType());
    }
    if (repository.photoCount(tip.id()) >= limits.maxPerTip()) {
      throw ProblemException.ruleViolation("photo.too-many", limits.maxPerTip());
    }
    TipPhoto p =
        new TipPhoto(tip.id(), type, content, ReceiptCodes.sha256Bytes(content), clock.instant());
    repository.persist(p);
    Map<String, Object> after = new LinkedHashMap<>();
    after.put("photoId", p.id());
    after.put("mediaType", p.mediaType());
    after.put("sizeBytes", p.sizeBytes());
    after.put("sha256", p.sha256());
    audit.record("tip.photo-added", "tip", tip.id(), null, after);
    return p;
  }

  @Transactional
  public List<Object[]> photos(String tipId) {
    return repository.photoSummaries(tipId);
  }

  @Transactional
  public TipPhoto photo(String tipId, String photoId) {
    require(tipId);
    return repository
        .photo(tipId, photoId)
        .orElseThrow(() -> ProblemException.notFound("tip-photo", photoId));
  }

  @Transactional
  public Tip require(String tipId) {
    return repository
        .find(Tip.class, tipId)
        .orElseThrow(() -> ProblemException.notFound("tip", tipId));
  }

  /** One of the informant's own tips; another's answers 404 as if it did not exist. */
  @Transactional
  public Tip ownTip(String informantId, String tipId) {
    return repository
        .find(Tip.class, tipId)
        .filter(t -> informantId.equals(t.informantId()))
        .orElseThrow(() -> ProblemException.notFound("tip", tipId));
  }

  @Transactional
  public Page<Tip> list(TipStatus status, String category, String informantId, PageRequest page) {
    return repository.tips(status, category, informantId, page);
  }

  /** A review or verification step, checked against the version the caller saw. */
  @Transactional
  public Tip move(String tipId, long expectedVersion, TipStatus next, String note) {
    Tip tip = require(tipId);
    if (tip.version() != expectedVersion) {
      throw ProblemException.versionConflict(expectedVersion, tip.version());
    }
    Map<String, Object> before = summary(tip);
    tip.moveTo(next, note, clock.instant());
    audit.record("tip." + next.code(), "tip", tip.id(), before, summary(tip));
    repository.flush();
    return tip;
  }

  /** Asks for police action on a verified-true tip (dispatch opens an incident if deployed). */
  @Transactional
  public Tip requestPolice(String tipId, String summary) {
    Tip tip = require(tipId);
    tip.requireVerifiedTrue();
    Instant now = clock.instant();
    audit.record("tip.police-requested", "tip", tip.id(), null, Map.of("summary", summary.strip()));
    outbox.publish(
        new VerifiedTipNeedsPolice(
            tenantContext.require(),
            UUID.fromString(tip.id()),
            tip.number(),
            tip.category(),
            tip.position(),
            summary.strip(),
            now,
            caller.name()));
    return tip;
  }

  /** Proposes a blacklist listing of the business the tip names (the blacklist decides). */
  @Transactional
  public Tip proposeListing(String tipId, String businessName, String summary) {
    Tip tip = require(tipId);
    tip.requireVerifiedTrue();
    String name =
        businessName != null && !businessName.isBlank() ? businessName.strip() : tip.businessName();
    if (tip.creditCode() == null && name == null) {
      throw ProblemException.invalid("businessName", "tip.listing.no-business");
    }
    Instant now = clock.instant();
    Map<String, Object> after = new LinkedHashMap<>();
    after.put("creditCode", tip.creditCode());
    after.put("businessName", name);
    after.put("summary", summary.strip());
    audit.record("tip.listing-proposed", "tip", tip.id(), null, after);
    outbox.publish(
        new VerifiedTipSupportsListing(
            tenantContext.require(),
            UUID.fromString(tip.id()),
            tip.number(),
            tip.category(),
            tip.creditCode(),
            name,
            summary.strip(),
            now,
            caller.name()));
    return tip;
  }

  /** Everything staff see of a tip: the informant only by pseudonym. */
  public record TipFile(
      Tip tip,
      String pseudonym,
      List<TipMessage> messages,
      List<Object[]> photos,
      java.util.Optional<org.tourismpolicing.informantrewards.domain.Reward> reward,
      java.util.Optional<org.tourismpolicing.informantrewards.domain.RewardPayment> payment) {}

  @Transactional
  public TipFile file(String tipId) {
    Tip tip = require(tipId);
    String pseudonym =
        tip.informantId() == null
            ? null
            : repository
                .find(Informant.class, tip.informantId())
                .map(Informant::pseudonym)
                .orElse(null);
    var reward = repository.rewardOfTip(tip.id());
    return new TipFile(
        tip,
        pseudonym,
        repository.messages(tip.id()),
        repository.photoSummaries(tip.id()),
        reward,
        reward.flatMap(r -> repository.paymentOf(r.id())));
  }

  static Map<String, Object> summary(Tip t) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("number", t.number());
    m.put("category", t.category());
    m.put("status", t.status().code());
    m.put("version", t.version());
    return m;
  }
}
