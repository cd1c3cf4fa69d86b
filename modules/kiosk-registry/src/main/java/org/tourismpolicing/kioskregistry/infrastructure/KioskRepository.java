package org.tourismpolicing.kioskregistry.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.persistence.config.HintValues;
import org.eclipse.persistence.config.QueryHints;
import org.tourismpolicing.core.paging.Keyset;
import org.tourismpolicing.core.paging.KeysetQuery;
import org.tourismpolicing.core.paging.Page;
import org.tourismpolicing.core.paging.PageRequest;
import org.tourismpolicing.core.persistence.TenantEntityManagers;
import org.tourismpolicing.kioskregistry.domain.Amenity;
import org.tourismpolicing.kioskregistry.domain.DutyAssignment;
import org.tourismpolicing.kioskregistry.domain.Kiosk;
import org.tourismpolicing.kioskregistry.domain.KioskStatus;
import org.tourismpolicing.kioskregistry.domain.KioskType;
import org.tourismpolicing.kioskregistry.domain.WalkIn;

/**
 * The kiosk registry's tables, always through an entity manager of the current tenant (so no query
 * here mentions tenants). Lists fetch related rows for a whole page in one query, never one per
 * kiosk.
 */
@ApplicationScoped
public class KioskRepository {

  @PersistenceUnit(unitName = "kiosk-registry")
  EntityManagerFactory unit;

  @Inject TenantEntityManagers managers;

  public EntityManager em() {
    return managers.of(unit);
  }

  public Optional<Kiosk> kiosk(String id) {
    return Optional.ofNullable(em().find(Kiosk.class, id));
  }

  public Optional<Kiosk> kioskByCode(String code) {
    return em().createQuery("select k from Kiosk k where k.code = :code", Kiosk.class)
        .setParameter("code", code)
        .getResultStream()
        .findFirst();
  }

  /** Kiosks ordered by code, with optional filters. */
  public Page<Kiosk> kiosks(
      KioskType type, String zone, KioskStatus status, String code, PageRequest page) {
    return KeysetQuery.select("select k from Kiosk k", Kiosk.class)
        .where("k.code = :code", "code", code)
        .where("k.type = :type", "type", type)
        .where("k.zoneCode = :zone", "zone", zone)
        .where("k.status = :status", "status", status)
        .hint(QueryHints.READ_ONLY, HintValues.TRUE)
        .page(em(), Keyset.byText("k.code"), page, k -> List.of(k.code()));
  }

  /** Every kiosk of the tenant that is not closed (a station has a few dozen at most). */
  public List<Kiosk> kiosksInService() {
    return em().createQuery(
            "select k from Kiosk k where k.status <> :closed order by k.code", Kiosk.class)
        .setParameter("closed", KioskStatus.CLOSED)
        .setHint(QueryHints.READ_ONLY, HintValues.TRUE)
        .getResultList();
  }

  /** Amenities of the given kiosks, by kiosk id, in one query (read-only copies). */
  public Map<String, List<Amenity>> amenities(Collection<String> kioskIds) {
    Map<String, List<Amenity>> byKiosk = new LinkedHashMap<>();
    kioskIds.forEach(id -> byKiosk.put(id, new ArrayList<>()));
    if (kioskIds.isEmpty()) {
      return byKiosk;
    }
    em().createQuery(
            "select a from Amenity a where a.kioskId in :ids order by a.kind", Amenity.class)
        .setParameter("ids", List.copyOf(kioskIds))
        .setHint(QueryHints.READ_ONLY, HintValues.TRUE)
        .getResultList()
        .forEach(a -> byKiosk.get(a.kioskId()).add(a));
    return byKiosk;
  }

  /** A kiosk's amenities as managed entities, to change or remove. */
  public List<Amenity> amenitiesToChange(String kioskId) {
    return em().createQuery("select a from Amenity a where a.kioskId = :kiosk", Amenity.class)
        .setParameter("kiosk", kioskId)
        .getResultList();
  }

  public Optional<Amenity> amenity(String kioskId, String kind) {
    return em().createQuery(
            "select a from Amenity a where a.kioskId = :kiosk and a.kind = :kind", Amenity.class)
        .setParameter("kiosk", kioskId)
        .setParameter("kind", kind)
        .getResultStream()
        .findFirst();
  }

  /**
   * Adds {@code delta} to an amenity's stock in one statement that never lets it go below zero, so
   * officers lending umbrellas at the same kiosk at the same moment never overwrite each other (nor
   * get a version conflict for what commutes). Returns false if the stock would go negative.
   */
  public boolean adjustStock(String amenityId, int delta, java.time.Instant now) {
    int updated =
        em().createQuery(
                "update Amenity a set a.stock = a.stock + :delta, a.version = a.version + 1,"
                    + " a.updatedAt = :now where a.id = :id and a.stock is not null"
                    + " and a.stock + :delta >= 0")
            .setParameter("delta", delta)
            .setParameter("now", now)
            .setParameter("id", amenityId)
            .executeUpdate();
    return updated == 1;
  }

  /** The default roster and the roster of {@code date} (if any) of one kiosk. */
  public List<DutyAssignment> duty(String kioskId, LocalDate date) {
    return em().createQuery(
            "select d from DutyAssignment d where d.kioskId = :kiosk"
                + " and d.appliesTo in :applies order by d.shiftCode",
            DutyAssignment.class)
        .setParameter("kiosk", kioskId)
        .setParameter("applies", List.of(DutyAssignment.DEFAULT, DutyAssignment.appliesTo(date)))
        .getResultList();
  }

  public Optional<DutyAssignment> duty(String kioskId, String appliesTo, String shift) {
    return em().createQuery(
            "select d from DutyAssignment d where d.kioskId = :kiosk"
                + " and d.appliesTo = :applies and d.shiftCode = :shift",
            DutyAssignment.class)
        .setParameter("kiosk", kioskId)
        .setParameter("applies", appliesTo)
        .setParameter("shift", shift)
        .getResultStream()
        .findFirst();
  }

  /** Every assignment of a shift on a date or by default, across kiosks (to find double duty). */
  public List<DutyAssignment> dutyOfShift(String appliesTo, String shift) {
    return em().createQuery(
            "select d from DutyAssignment d where d.appliesTo = :applies and d.shiftCode = :shift",
            DutyAssignment.class)
        .setParameter("applies", appliesTo)
        .setParameter("shift", shift)
        .getResultList();
  }

  public void persist(Object entity) {
    em().persist(entity);
  }

  public void remove(Object entity) {
    em().remove(entity);
  }

  /** Walk-ins newest first by (occurredAt, id), with optional filters. */
  public Page<WalkIn> walkIns(
      String kioskId, String kind, LocalDate from, LocalDate to, PageRequest page) {
    return KeysetQuery.select("select w from WalkIn w", WalkIn.class)
        .where("w.kioskId = :kiosk", "kiosk", kioskId)
        .where("w.kind = :kind", "kind", kind)
        .where("w.occurredOn >= :from", "from", from)
        .where("w.occurredOn <= :to", "to", to)
        .page(
            em(),
            Keyset.newestFirst("w.occurredAt", "w.id"),
            page,
            w -> List.of(w.occurredAt(), w.id()));
  }

  /** One row per (local date, kiosk, kind) with its count, in date and kiosk order. */
  public List<Object[]> walkInCounts(LocalDate from, LocalDate to, String kioskId) {
    String jpql =
        "select w.occurredOn, w.kioskId, w.kind, count(w) from WalkIn w"
            + " where w.occurredOn >= :from and w.occurredOn <= :to"
            + (kioskId != null ? " and w.kioskId = :kiosk" : "")
            + " group by w.occurredOn, w.kioskId, w.kind"
            + " order by w.occurredOn, w.kioskId, w.kind";
    var q =
        em().createQuery(jpql, Object[].class).setParameter("from", from).setParameter("to", to);
    if (kioskId != null) {
      q.setParameter("kiosk", kioskId);
    }
    return q.getResultList();
  }

  /** Codes of the given kiosk ids, in one query. */
  public Map<String, String> codes(Collection<String> kioskIds) {
    Map<String, String> codes = new LinkedHashMap<>();
    if (kioskIds.isEmpty()) {
      return codes;
    }
    em().createQuery("select k.id, k.code from Kiosk k where k.id in :ids", Object[].class)
        .setParameter("ids", List.copyOf(kioskIds))
        .getResultList()
        .forEach(r -> codes.put((String) r[0], (String) r[1]));
    return codes;
  }
}
