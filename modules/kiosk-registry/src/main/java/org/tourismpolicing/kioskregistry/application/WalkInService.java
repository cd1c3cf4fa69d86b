package org.tourismpolicing.kioskregistry.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.metrics.annotation.Counted;
import org.tourismpolicing.core.audit.AuditTrail;
import org.tourismpolicing.core.events.KioskWalkInNeedsPolice;
import org.tourismpolicing.core.outbox.Outbox;
import org.tourismpolicing.core.paging.Page;
import org.tourismpolicing.core.paging.PageRequest;
import org.tourismpolicing.core.problem.ProblemException;
import org.tourismpolicing.core.security.CallerIdentity;
import org.tourismpolicing.core.tenant.Tenant;
import org.tourismpolicing.kioskregistry.domain.Kiosk;
import org.tourismpolicing.kioskregistry.domain.WalkIn;
import org.tourismpolicing.kioskregistry.domain.WalkInOutcome;
import org.tourismpolicing.kioskregistry.infrastructure.KioskRepository;

/**
 * The walk-in service log of the kiosks: what each visitor came for and how it ended, counted per
 * kiosk and day. A walk-in that needs police action is announced as {@link KioskWalkInNeedsPolice}
 * (ids only); the dispatch module turns it into an incident when it is deployed.
 */
@ApplicationScoped
public class WalkInService {

  /** How far ahead of the server clock a kiosk tablet's clock may run. */
  private static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

  /** The longest range of days one count request may cover. */
  static final int MAX_COUNT_DAYS = 366;

  @Inject Outbox outbox;
  @Inject KioskRepository repository;
  @Inject CurrentTenant currentTenant;
  @Inject AuditTrail audit;
  @Inject CallerIdentity caller;
  @Inject Clock clock;

  @Transactional
  @Counted(
      name = "kiosk_walk_ins_logged",
      absolute = true,
      description = "Visitors served at police kiosks, as logged")
  public WalkIn log(
      String kioskId, String kind, WalkInOutcome outcome, String description, Instant occurredAt) {
    Kiosk kiosk =
        repository.kiosk(kioskId).orElseThrow(() -> ProblemException.notFound("kiosk", kioskId));
    Tenant tenant = currentTenant.tenant();
    if (currentTenant.settings().walkInKind(kind).isEmpty()) {
      throw ProblemException.invalid("kind", "walk-in.kind.unknown", kind);
    }
    Instant now = clock.instant();
    Instant at = occurredAt == null ? now : occurredAt;
    if (at.isAfter(now.plus(CLOCK_SKEW))) {
      throw ProblemException.invalid("occurredAt", "walk-in.occurred-at.future");
    }
    LocalDate day = at.atZone(tenant.timeZone()).toLocalDate();
    WalkIn walkIn = new WalkIn(kioskId, kind, outcome, description, at, day, caller.name(), now);
    repository.persist(walkIn);
    Map<String, Object> after = new LinkedHashMap<>();
    after.put("kiosk", kiosk.code());
    after.put("kind", kind);
    after.put("outcome", outcome.code());
    after.put("occurredAt", at.toString());
    audit.record("walk-in.logged", "walk-in", walkIn.id(), null, after);
    if (walkIn.needsPoliceAction()) {
      outbox.publish(
          new KioskWalkInNeedsPolice(
              tenant.id(),
              UUID.fromString(walkIn.id()),
              UUID.fromString(kiosk.id()),
              kiosk.code(),
              kiosk.zoneCode(),
              kiosk.position(),
              kind,
              description,
              at));
    }
    return walkIn;
  }

  @Transactional
  public WalkIn get(String id) {
    return java.util.Optional.ofNullable(repository.em().find(WalkIn.class, id))
        .orElseThrow(() -> ProblemException.notFound("walk-in", id));
  }

  @Transactional
  public Page<WalkIn> list(
      String kioskId, String kind, LocalDate from, LocalDate to, PageRequest page) {
    return repository.walkIns(kioskId, kind, from, to, page);
  }

  /** Walk-ins per local day and kiosk, split by kind, for {@code from} to {@code to} inclusive. */
  @Transactional
  public List<DailyCount> dailyCounts(LocalDate from, LocalDate to, String kioskId) {
    if (to.isBefore(from)) {
      throw ProblemException.invalid("to", "walk-in.counts.range-reversed");
    }
    if (from.plusDays(MAX_COUNT_DAYS).isBefore(to)) {
      throw ProblemException.invalid("to", "walk-in.counts.range-too-long", MAX_COUNT_DAYS);
    }
    List<Object[]> rows = repository.walkInCounts(from, to, kioskId);
    Map<String, String> codes =
        repository.codes(rows.stream().map(r -> (String) r[1]).distinct().toList());
    Map<String, DailyCount> byDayAndKiosk = new LinkedHashMap<>();
    for (Object[] r : rows) {
      LocalDate day = (LocalDate) r[0];
      String kiosk = (String) r[1];
      long count = ((Number) r[3]).longValue();
      DailyCount dc =
          byDayAndKiosk.computeIfAbsent(
              day + "|" + kiosk,
              k -> new DailyCount(day, kiosk, codes.get(kiosk), new LinkedHashMap<>()));
      dc.byKind().merge((String) r[2], count, Long::sum);
    }
    return new ArrayList<>(byDayAndKiosk.values());
  }

  /** Walk-ins of one kiosk on one local day, by kind. */
  public record DailyCount(
      LocalDate date, String kioskId, String kioskCode, Map<String, Long> byKind) {
    public long total() {
      return byKind.values().stream().mapToLong(Long::longValue).sum();
    }
  }
}
