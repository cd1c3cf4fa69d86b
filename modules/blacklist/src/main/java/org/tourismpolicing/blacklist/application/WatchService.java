package org.tourismpolicing.blacklist.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.net.URI;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.List;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.tourismpolicing.blacklist.domain.Watch;
import org.tourismpolicing.blacklist.domain.WebhookDelivery;
import org.tourismpolicing.blacklist.infrastructure.BlacklistRepository;
import org.tourismpolicing.core.audit.AuditTrail;
import org.tourismpolicing.core.outbound.OutboundTargets;
import org.tourismpolicing.core.outbound.TargetPolicy;
import org.tourismpolicing.core.paging.Page;
import org.tourismpolicing.core.paging.PageRequest;
import org.tourismpolicing.core.problem.ProblemException;
import org.tourismpolicing.core.security.CallerIdentity;

/**
 * Integrators' watches on subjects. The callback must be https (plain http only where the
 * deployment allows it, for tests: {@code tp.blacklist.webhook.allow-http}) and pass the
 * deployment's target policy ({@link OutboundTargets}: its host resolves to public addresses only,
 * or is on {@code tp.webhooks.allowed-targets}); the signing secret is made here and shown once. A
 * refused callback gets the same answer whatever the reason, so that subscribing cannot be used to
 * learn which internal names exist; the reason is logged.
 */
@ApplicationScoped
public class WatchService {

  static final String SUBJECT = "blacklist-watch";
  private static final Logger LOG = Logger.getLogger(WatchService.class.getName());

  @Inject BlacklistRepository repository;
  @Inject CallerIdentity caller;
  @Inject AuditTrail audit;
  @Inject Clock clock;
  @Inject OutboundTargets targets;

  @Inject
  @ConfigProperty(name = "tp.blacklist.webhook.allow-http", defaultValue = "false")
  boolean allowHttp;

  /** A new watch and its secret, which is not shown again. */
  public record Subscribed(Watch watch, String secret) {}

  @Transactional
  public Subscribed subscribe(Watch.SubjectType type, String value, String callbackUrl) {
    URI uri;
    try {
      uri = URI.create(callbackUrl);
    } catch (IllegalArgumentException e) {
      throw ProblemException.invalid("callbackUrl", "watch.callback.invalid");
    }
    boolean https = "https".equalsIgnoreCase(uri.getScheme());
    boolean http = "http".equalsIgnoreCase(uri.getScheme());
    if (uri.getHost() == null || !(https || (http && allowHttp))) {
      throw ProblemException.invalid("callbackUrl", "watch.callback.invalid");
    }
    try {
      targets.policy().check(uri);
    } catch (TargetPolicy.Refused e) {
      LOG.info(() -> "watch callback refused: " + e.getMessage());
      throw ProblemException.invalid("callbackUrl", "watch.callback.refused");
    }
    String key = type == Watch.SubjectType.NAME ? NameKey.of(value) : value;
    if (key.isEmpty()) {
      throw ProblemException.invalid("subject", "watch.subject.empty");
    }
    byte[] bytes = new byte[32];
    new SecureRandom().nextBytes(bytes);
    String secret = "whsec_" + Base64.getEncoder().encodeToString(bytes);
    Watch w =
        Watch.subscribe(type, value, key, callbackUrl, secret, caller.name(), clock.instant());
    repository.persist(w);
    audit.record("blacklist.watch.subscribed", SUBJECT, w.id(), null, summary(w));
    return new Subscribed(w, secret);
  }

  @Transactional
  public Page<Watch> list(PageRequest page) {
    return repository.watches(page);
  }

  @Transactional
  public Watch get(String id) {
    return repository
        .watch(id)
        .filter(Watch::active)
        .orElseThrow(() -> ProblemException.notFound(SUBJECT, id));
  }

  @Transactional
  public void cancel(String id) {
    Watch w = get(id);
    var before = summary(w);
    w.cancel();
    audit.record("blacklist.watch.cancelled", SUBJECT, w.id(), before, summary(w));
  }

  @Transactional
  public List<WebhookDelivery> deliveries(String id, int limit) {
    return repository.deliveriesOf(get(id).id(), limit);
  }

  static WatchSummary summary(Watch w) {
    return new WatchSummary(
        w.id(), w.subjectType().code(), w.subjectValue(), w.callbackUrl(), w.active());
  }

  /** A watch as the audit trail records it (never its secret). */
  public record WatchSummary(
      String id, String subjectType, String subject, String callbackUrl, boolean active) {}
}
