package org.tourismpolicing.blacklist.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.tourismpolicing.blacklist.domain.Appeal;
import org.tourismpolicing.blacklist.domain.AppealStatus;
import org.tourismpolicing.blacklist.domain.BlacklistEntry;
import org.tourismpolicing.blacklist.domain.EntryStatus;
import org.tourismpolicing.blacklist.domain.Evidence;
import org.tourismpolicing.blacklist.domain.SharedListEntry;
import org.tourismpolicing.blacklist.domain.Watch;
import org.tourismpolicing.blacklist.domain.WebhookDelivery;
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

  public Optional<BlacklistEntry> entryOfTip(String tipId) {
    return em().createQuery(
            "select e from BlacklistEntry e where e.sourceTipId = :tip", BlacklistEntry.class)
        .setParameter("tip", tipId)
        .getResultStream()
        .findFirst();
  }

  /**
   * Entries newest first by (created, id), after the cursor's key; filtered by status, category and
   * (for a department user) the issuing department.
   */
  public List<BlacklistEntry> list(
      EntryStatus status, String category, String department, String after, int limit) {
    StringBuilder jpql = new StringBuilder("select e from BlacklistEntry e where 1 = 1");
    if (status != null) {
      jpql.append(" and e.status = :status");
    }
    if (category != null) {
      jpql.append(" and e.category = :category");
    }
    if (department != null) {
      jpql.append(" and concat(',', concat(e.departments, ',')) like :department");
    }
    Instant afterTime = null;
    String afterId = null;
    if (after != null) {
      String[] parts = after.split("\\|", 2);
      afterTime = Instant.parse(parts[0]);
      afterId = parts.length > 1 ? parts[1] : "";
      jpql.append(
          " and (e.createdAt < :afterTime or (e.createdAt = :afterTime and e.id < :afterId))");
    }
    jpql.append(" order by e.createdAt desc, e.id desc");
    TypedQuery<BlacklistEntry> q = em().createQuery(jpql.toString(), BlacklistEntry.class);
    if (status != null) {
      q.setParameter("status", status);
    }
    if (category != null) {
      q.setParameter("category", category);
    }
    if (department != null) {
      q.setParameter("department", "%," + department + ",%");
    }
    if (afterTime != null) {
      q.setParameter("afterTime", afterTime).setParameter("afterId", afterId);
    }
    return q.setMaxResults(limit + 1).getResultList();
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

  public List<Evidence> evidenceOf(String entryId) {
    return em().createQuery(
            "select e from Evidence e where e.entryId = :entry order by e.addedAt, e.id",
            Evidence.class)
        .setParameter("entry", entryId)
        .getResultList();
  }

  public Optional<Evidence> evidence(String id) {
    return Optional.ofNullable(em().find(Evidence.class, id));
  }

  public List<Watch> watches() {
    return em().createQuery(
            "select w from Watch w where w.active = true order by w.createdAt, w.id", Watch.class)
        .getResultList();
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
