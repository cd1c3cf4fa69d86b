package org.tourismpolicing.blacklist.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.tourismpolicing.blacklist.domain.Appeal;
import org.tourismpolicing.blacklist.domain.AppealStatus;
import org.tourismpolicing.blacklist.domain.BlacklistEntry;
import org.tourismpolicing.blacklist.domain.EntryStatus;
import org.tourismpolicing.blacklist.domain.Evidence;
import org.tourismpolicing.blacklist.domain.EvidenceItem;
import org.tourismpolicing.blacklist.domain.SharedListEntry;
import org.tourismpolicing.blacklist.domain.Watch;
import org.tourismpolicing.blacklist.domain.WebhookDelivery;
import org.tourismpolicing.core.paging.Keyset;
import org.tourismpolicing.core.paging.KeysetQuery;
import org.tourismpolicing.core.paging.Page;
import org.tourismpolicing.core.paging.PageRequest;
import org.tourismpolicing.core.persistence.TenantEntityManagers;

/**
 * The blacklist tables. Tenant-owned rows always through an entity manager of the current tenant
 * (so no query here mentions tenants); shared-list rows through the platform entity manager, always
 * filtered by list or publisher explicitly.
 */
@ApplicationScoped
public class BlacklistRepository {

  @PersistenceUnit(unitName = "blacklist")
  EntityManagerFactory unit;

  @Inject TenantEntityManagers managers;

  public EntityManager em() {
    return managers.of(unit);
  }

  EntityManager platform() {
    return managers.platform(unit);
  }

  public void persist(Object entity) {
    em().persist(entity);
  }

  public Optional<BlacklistEntry> entry(String id) {
    return Optional.ofNullable(em().find(BlacklistEntry.class, id));
  }

  public List<BlacklistEntry> entries(Collection<String> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    return em().createQuery(
            "select e from BlacklistEntry e where e.id in :ids", BlacklistEntry.class)
        .setParameter("ids", ids)
        .getResultList();
  }

  /** The open entry holding this open key (one at most: the key is unique). */
  public Optional<BlacklistEntry> openEntry(String openKey) {
    return em().createQuery(
            "select e from BlacklistEntry e where e.openKey = :key", BlacklistEntry.class)
        .setParameter("key", openKey)
        .getResultStream()
        .findFirst();
  }

  /** Open entries without an open key (proposed before there were any), by id. */
  public List<BlacklistEntry> openWithoutKey(String afterId, int limit) {
    return em().createQuery(
            "select e from BlacklistEntry e where e.openKey is null and e.status in :open"
                + " and e.id > :after order by e.id",
            BlacklistEntry.class)
        .setParameter(
            "open",
            List.of(
                EntryStatus.PROPOSED,
                EntryStatus.SIGNED_OFF,
                EntryStatus.ACTIVE,
                EntryStatus.SUSPENDED))
        .setParameter("after", afterId)
        .setMaxResults(limit)
        .getResultList();
  }

  public Optional<BlacklistEntry> entryOfTip(String tipId) {
    return em().createQuery(
            "select e from BlacklistEntry e where e.sourceTipId = :tip", BlacklistEntry.class)
        .setParameter("tip", tipId)
        .getResultStream()
        .findFirst();
  }

  /**
   * Entries newest first by (created, id); filtered by status, category and (for a department user)
   * the issuing department.
   */
  public Page<BlacklistEntry> list(
      EntryStatus status, String category, String department, PageRequest page) {
    return KeysetQuery.select("select e from BlacklistEntry e", BlacklistEntry.class)
        .where("e.status = :status", "status", status)
        .where("e.category = :category", "category", category)
        .where(
            "concat(',', concat(e.departments, ',')) like :department",
            "department",
            department == null ? null : "%," + department + ",%")
        .page(
            em(),
            Keyset.newestFirst("e.createdAt", "e.id"),
            page,
            e -> List.of(e.createdAt(), e.id()));
  }

  /** Entries whose validity or start is due: the expiry job's work. */
  public List<String> dueEntries(Instant now, int limit) {
    return em().createQuery(
            "select e.id from BlacklistEntry e where (e.status in :running and e.effectiveTo <="
                + " :now) or (e.status = :signed and e.effectiveFrom <= :now)",
            String.class)
        .setParameter(
            "running", List.of(EntryStatus.ACTIVE, EntryStatus.SUSPENDED, EntryStatus.SIGNED_OFF))
        .setParameter("signed", EntryStatus.SIGNED_OFF)
        .setParameter("now", now)
        .setMaxResults(limit)
        .getResultList();
  }

  /**
   * One page (by id) of the listed entries' screening fields: id, kind, name, aliases, credit code,
   * ID-number hash, category, visibility. Loading an index of a million entries this way never
   * holds entities in the persistence context.
   */
  public List<Object[]> listedPage(String afterId, int limit) {
    return em().createQuery(
            "select e.id, e.kind, e.name, e.aliases, e.creditCode, e.idNumberHash, e.category,"
                + " e.visibility from BlacklistEntry e where e.status = :active and e.id > :after"
                + " order by e.id",
            Object[].class)
        .setParameter("active", EntryStatus.ACTIVE)
        .setParameter("after", afterId)
        .setMaxResults(limit)
        .getResultList();
  }

  /** Entries changed at or after {@code since}: how other servers' changes reach the index. */
  public List<BlacklistEntry> changedSince(Instant since) {
    return em().createQuery(
            "select e from BlacklistEntry e where e.updatedAt >= :since order by e.updatedAt",
            BlacklistEntry.class)
        .setParameter("since", since)
        .getResultList();
  }

  public Optional<Appeal> appeal(String id) {
    return Optional.ofNullable(em().find(Appeal.class, id));
  }

  public List<Appeal> appealsOf(String entryId) {
    return em().createQuery(
            "select a from Appeal a where a.entryId = :entry order by a.receivedAt, a.id",
            Appeal.class)
        .setParameter("entry", entryId)
        .getResultList();
  }

  public boolean hasOpenAppeal(String entryId) {
    return !em().createQuery(
            "select a.id from Appeal a where a.entryId = :entry and a.status in :open",
            String.class)
        .setParameter("entry", entryId)
        .setParameter("open", List.of(AppealStatus.RECEIVED, AppealStatus.UNDER_REVIEW))
        .setMaxResults(1)
        .getResultList()
        .isEmpty();
  }

  /**
   * An entry's evidence without the documents' content: the list names the files, the download
   * reads one. Selecting the columns (not the entity) keeps the content off the wire.
   */
  public List<EvidenceItem> evidenceOf(String entryId) {
    return em().createQuery(EVIDENCE_LIST, EvidenceItem.class)
        .setParameter("entry", entryId)
        .getResultList();
  }

  static final String EVIDENCE_LIST =
      "select new org.tourismpolicing.blacklist.domain.EvidenceItem(e.id, e.entryId, e.kind,"
          + " e.reference, e.note, e.fileName, e.mediaType, e.sizeBytes, e.sha256, e.addedBy,"
          + " e.addedAt) from Evidence e where e.entryId = :entry order by e.addedAt, e.id";

  public Optional<Evidence> evidence(String id) {
    return Optional.ofNullable(em().find(Evidence.class, id));
  }

  /** Active watches, oldest first. */
  public Page<Watch> watches(PageRequest page) {
    return KeysetQuery.select("select w from Watch w", Watch.class)
        .whereIf(true, "w.active = true")
        .page(
            em(),
            Keyset.oldestFirst("w.createdAt", "w.id"),
            page,
            w -> List.of(w.createdAt(), w.id()));
  }

  public Optional<Watch> watch(String id) {
    return Optional.ofNullable(em().find(Watch.class, id));
  }

  public List<Watch> watchesOf(Watch.SubjectType type, String key) {
    return em().createQuery(
            "select w from Watch w where w.active = true and w.subjectType = :type and"
                + " w.subjectKey = :key",
            Watch.class)
        .setParameter("type", type)
        .setParameter("key", key)
        .getResultList();
  }

  public List<WebhookDelivery> deliveriesOf(String watchId, int limit) {
    return em().createQuery(
            "select d from WebhookDelivery d where d.watchId = :watch order by d.createdAt desc,"
                + " d.id desc",
            WebhookDelivery.class)
        .setParameter("watch", watchId)
        .setMaxResults(limit)
        .getResultList();
  }

  public List<String> dueDeliveries(Instant now, int limit) {
    return em().createQuery(
            "select d.id from WebhookDelivery d where d.status = :pending and d.nextAttemptAt <="
                + " :now order by d.nextAttemptAt",
            String.class)
        .setParameter("pending", WebhookDelivery.Status.PENDING)
        .setParameter("now", now)
        .setMaxResults(limit)
        .getResultList();
  }

  /** The delivery under a row lock, so two servers' jobs never claim it together. */
  public Optional<WebhookDelivery> deliveryForUpdate(String id) {
    return Optional.ofNullable(
        em().find(WebhookDelivery.class, id, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE));
  }

  public Optional<WebhookDelivery> delivery(String id) {
    return Optional.ofNullable(em().find(WebhookDelivery.class, id));
  }

  // ---- shared lists (deployment-wide rows) ----

  public void persistShared(SharedListEntry row) {
    platform().persist(row);
  }

  public Optional<SharedListEntry> sharedRow(String list, String publisher, String entryId) {
    return platform()
        .createQuery(
            "select s from SharedListEntry s where s.listCode = :list and s.publisherTenant ="
                + " :publisher and s.entryId = :entry",
            SharedListEntry.class)
        .setParameter("list", list)
        .setParameter("publisher", publisher)
        .setParameter("entry", entryId)
        .getResultStream()
        .findFirst();
  }

  /** The visible rows an entry has on any shared list. */
  public List<SharedListEntry> sharedRowsOf(String publisher, String entryId) {
    return platform()
        .createQuery(
            "select s from SharedListEntry s where s.publisherTenant = :publisher and s.entryId ="
                + " :entry and s.withdrawn = false",
            SharedListEntry.class)
        .setParameter("publisher", publisher)
        .setParameter("entry", entryId)
        .getResultList();
  }

  public List<SharedListEntry> sharedChangedSince(String list, Instant since) {
    return platform()
        .createQuery(
            "select s from SharedListEntry s where s.listCode = :list and s.updatedAt >= :since"
                + " order by s.updatedAt",
            SharedListEntry.class)
        .setParameter("list", list)
        .setParameter("since", since)
        .getResultList();
  }
}
