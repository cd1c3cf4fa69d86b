package org.tourismpolicing.kioskregistry.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tourismpolicing.core.audit.AuditTrail;
import org.tourismpolicing.core.paging.Page;
import org.tourismpolicing.core.paging.PageRequest;
import org.tourismpolicing.core.problem.ProblemException;
import org.tourismpolicing.core.security.CallerIdentity;
import org.tourismpolicing.core.tenant.Tenant;
import org.tourismpolicing.core.tenant.TenantContext;
import org.tourismpolicing.kioskregistry.domain.Amenity;
import org.tourismpolicing.kioskregistry.domain.DutyAssignment;
import org.tourismpolicing.kioskregistry.domain.Kiosk;
import org.tourismpolicing.kioskregistry.domain.KioskDetails;
import org.tourismpolicing.kioskregistry.domain.KioskRegistrySettings;
import org.tourismpolicing.kioskregistry.domain.KioskStatus;
import org.tourismpolicing.kioskregistry.domain.KioskType;
import org.tourismpolicing.kioskregistry.domain.Shift;
import org.tourismpolicing.kioskregistry.infrastructure.KioskRepository;

/**
 * Staff work on kiosks: register and describe them, suspend or close them, keep amenity stock,
 * roster officers. Each change is checked against the version the editor saw, and written to the
 * audit trail in the same transaction.
 */
@ApplicationScoped
public class KioskService {

  @Inject KioskRepository repository;
  @Inject CurrentTenant currentTenant;
  @Inject AuditTrail audit;
  @Inject CallerIdentity caller;
  @Inject Clock clock;
  @Inject Event<KioskRegistryChanged> changed;
  @Inject TenantContext tenantContext;

  @Transactional
  public KioskWithAmenities create(
      String code, KioskDetails details, Map<String, Integer> amenities) {
    KioskRegistrySettings settings = currentTenant.settings();
    if (repository.kioskByCode(code).isPresent()) {
      throw ProblemException.conflict("kiosk.code.taken", code);
    }
    checkAmenityKinds(settings, amenities);
    Instant now = clock.instant();
    Kiosk kiosk = new Kiosk(code, details, now);
    repository.persist(kiosk);
    List<Amenity> created = new ArrayList<>();
    amenities.forEach(
        (kind, stock) -> {
          Amenity a = new Amenity(kiosk.id(), kind, stock, now);
          repository.persist(a);
          created.add(a);
        });
    audit.record("kiosk.created", "kiosk", kiosk.id(), null, KioskSummaries.of(kiosk));
    announce();
    return new KioskWithAmenities(kiosk, created);
  }

  @Transactional
  public KioskWithAmenities get(String id) {
    Kiosk kiosk = require(id);
    return new KioskWithAmenities(kiosk, repository.amenities(List.of(id)).get(id));
  }

  @Transactional
  public Page<KioskWithAmenities> list(
      KioskType type, String zone, KioskStatus status, String code, PageRequest request) {
    Page<Kiosk> page = repository.kiosks(type, zone, status, code, request);
    Map<String, List<Amenity>> amenities =
        repository.amenities(page.items().stream().map(Kiosk::id).toList());
    return page.map(k -> new KioskWithAmenities(k, amenities.get(k.id())));
  }

  @Transactional
  public KioskWithAmenities update(String id, long expectedVersion, KioskDetails details) {
    Kiosk kiosk = require(id);
    kiosk.checkVersion(expectedVersion);
    Object before = KioskSummaries.of(kiosk);
    kiosk.update(details, clock.instant());
    repository.em().flush();
    audit.record("kiosk.updated", "kiosk", id, before, KioskSummaries.of(kiosk));
    announce();
    return get(id);
  }

  @Transactional
  public KioskWithAmenities changeStatus(
      String id, long expectedVersion, KioskStatus status, String reason, Instant until) {
    Kiosk kiosk = require(id);
    kiosk.checkVersion(expectedVersion);
    Object before = KioskSummaries.of(kiosk);
    kiosk.changeStatus(status, reason, until, clock.instant());
    repository.em().flush();
    audit.record("kiosk.status-changed", "kiosk", id, before, KioskSummaries.of(kiosk));
    announce();
    return get(id);
  }

  /** Sets an amenity's count after a stock-take, adding the amenity if the kiosk lacks it. */
  @Transactional
  public Amenity setStock(String kioskId, String kind, Integer stock) {
    require(kioskId);
    var amenityKind =
        currentTenant
            .settings()
            .amenityKind(kind)
            .orElseThrow(() -> ProblemException.notFound("amenity-kind", kind));
    if (!amenityKind.stocked() && stock != null) {
      throw ProblemException.invalid("stock", "amenity.service-not-counted", kind);
    }
    if (amenityKind.stocked() && stock == null) {
      throw ProblemException.invalid("stock", "validation.required");
    }
    Instant now = clock.instant();
    Amenity amenity = repository.amenity(kioskId, kind).orElse(null);
    Object before = amenity == null ? null : KioskSummaries.of(amenity);
    if (amenity == null) {
      amenity = new Amenity(kioskId, kind, stock, now);
      repository.persist(amenity);
    } else {
      amenity.setStock(stock, now);
    }
    repository.em().flush();
    audit.record("amenity.stock-set", "kiosk", kioskId, before, KioskSummaries.of(amenity));
    announce();
    return amenity;
  }

  /** Lends out or takes back units (an umbrella lent: -1); never below zero. */
  @Transactional
  public Amenity adjustStock(String kioskId, String kind, int delta, String reason) {
    require(kioskId);
    Amenity amenity =
        repository
            .amenity(kioskId, kind)
            .orElseThrow(() -> ProblemException.notFound("amenity", kind));
    Object before = KioskSummaries.of(amenity);
    // the domain rule first (clear answer), then the atomic update that holds under races
    amenity.checkAdjustable(delta);
    if (!repository.adjustStock(amenity.id(), delta, clock.instant())) {
      repository.em().refresh(amenity);
      throw ProblemException.ruleViolation(
          "amenity.stock.insufficient", kind, amenity.stock(), -delta);
    }
    repository.em().refresh(amenity);
    Map<String, Object> after = new LinkedHashMap<>(KioskSummaries.of(amenity));
    if (reason != null) {
      after.put("reason", reason);
    }
    audit.record("amenity.stock-adjusted", "kiosk", kioskId, before, after);
    announce();
    return amenity;
  }

  /** The roster of a date: per shift, the date's own roster or else the default one. */
  @Transactional
  public List<DutyAssignment> roster(String kioskId, LocalDate date) {
    require(kioskId);
    Map<String, DutyAssignment> byShift = new LinkedHashMap<>();
    for (DutyAssignment d : repository.duty(kioskId, date)) {
      DutyAssignment current = byShift.get(d.shiftCode());
      if (current == null || current.isDefault()) {
        byShift.put(d.shiftCode(), d);
      }
    }
    List<DutyAssignment> ordered = new ArrayList<>();
    for (Shift s : currentTenant.settings().shifts()) {
      if (byShift.containsKey(s.code())) {
        ordered.add(byShift.get(s.code()));
      }
    }
    return ordered;
  }

  /**
   * Rosters officers for one shift on one date (replacing the default roster that day). An officer
   * cannot stand at two kiosks in the same shift.
   */
  @Transactional
  public DutyAssignment assignDuty(
      String kioskId, LocalDate date, String shiftCode, List<String> badges) {
    require(kioskId);
    Tenant tenant = currentTenant.tenant();
    if (currentTenant.settings().shift(shiftCode).isEmpty()) {
      throw ProblemException.notFound("shift", shiftCode);
    }
    List<org.tourismpolicing.core.problem.FieldError> errors = new ArrayList<>();
    for (int i = 0; i < badges.size(); i++) {
      if (tenant.officer(badges.get(i)).isEmpty()) {
        errors.add(
            org.tourismpolicing.core.problem.FieldError.of(
                "badges[" + i + "]", "duty.badge.unknown", badges.get(i)));
      }
    }
    if (!errors.isEmpty()) {
      throw ProblemException.invalid(errors);
    }
    String appliesTo = DutyAssignment.appliesTo(date);
    // who stands where in that shift that day: each kiosk's roster for the date, else its default
    Map<String, DutyAssignment> effective = new LinkedHashMap<>();
    repository
        .dutyOfShift(DutyAssignment.DEFAULT, shiftCode)
        .forEach(d -> effective.put(d.kioskId(), d));
    repository.dutyOfShift(appliesTo, shiftCode).forEach(d -> effective.put(d.kioskId(), d));
    for (DutyAssignment other : effective.values()) {
      if (!other.kioskId().equals(kioskId)) {
        for (String badge : badges) {
          if (other.badges().contains(badge)) {
            throw ProblemException.conflict("duty.badge.double", badge, shiftCode);
          }
        }
      }
    }
    Instant now = clock.instant();
    DutyAssignment assignment = repository.duty(kioskId, appliesTo, shiftCode).orElse(null);
    List<String> before = assignment == null ? null : assignment.badges();
    if (assignment == null) {
      assignment = new DutyAssignment(kioskId, appliesTo, shiftCode, badges, now, caller.name());
      repository.persist(assignment);
    } else {
      assignment.assign(badges, now, caller.name());
    }
    repository.em().flush();
    audit.record(
        "duty.assigned",
        "kiosk",
        kioskId,
        before == null ? null : Map.of("date", appliesTo, "shift", shiftCode, "badges", before),
        Map.of("date", appliesTo, "shift", shiftCode, "badges", badges));
    return assignment;
  }

  private void checkAmenityKinds(KioskRegistrySettings settings, Map<String, Integer> amenities) {
    List<org.tourismpolicing.core.problem.FieldError> errors = new ArrayList<>();
    amenities.forEach(
        (kind, stock) -> {
          var k = settings.amenityKind(kind);
          if (k.isEmpty()) {
            errors.add(
                org.tourismpolicing.core.problem.FieldError.of(
                    "amenities." + kind, "amenity.kind.unknown", kind));
          } else if (!k.get().stocked() && stock != null) {
            errors.add(
                org.tourismpolicing.core.problem.FieldError.of(
                    "amenities." + kind, "amenity.service-not-counted", kind));
          } else if (k.get().stocked() && stock == null) {
            errors.add(
                org.tourismpolicing.core.problem.FieldError.of(
                    "amenities." + kind, "validation.required"));
          } else if (stock != null && stock < 0) {
            errors.add(
                org.tourismpolicing.core.problem.FieldError.of(
                    "amenities." + kind, "amenity.stock.negative"));
          }
        });
    if (!errors.isEmpty()) {
      throw ProblemException.invalid(errors);
    }
  }

  /** Tells the public snapshot (after commit) that tourists' view of the kiosks changed. */
  private void announce() {
    changed.fire(new KioskRegistryChanged(tenantContext.require()));
  }

  Kiosk require(String id) {
    return repository.kiosk(id).orElseThrow(() -> ProblemException.notFound("kiosk", id));
  }
}
