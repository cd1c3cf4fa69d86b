package org.tourismpolicing.mediation.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.time.LocalDate;
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
import org.tourismpolicing.mediation.domain.CaseParty;
import org.tourismpolicing.mediation.domain.CaseSource;
import org.tourismpolicing.mediation.domain.CaseStatus;
import org.tourismpolicing.mediation.domain.DepartmentTask;
import org.tourismpolicing.mediation.domain.DisputeCase;
import org.tourismpolicing.mediation.domain.DutyShift;
import org.tourismpolicing.mediation.domain.EvidenceSummary;
import org.tourismpolicing.mediation.domain.MediationSession;
import org.tourismpolicing.mediation.domain.Mediator;
import org.tourismpolicing.mediation.domain.OutreachVisit;
import org.tourismpolicing.mediation.domain.SatisfactionLink;
import org.tourismpolicing.mediation.domain.TaskStatus;

/**
 * The mediation tables, always through an entity manager of the current tenant (so no query here
 * mentions tenants). Lists are keyset-paged, newest first by (time, id).
 */
@ApplicationScoped
public class MediationRepository {

  private static final List<CaseStatus> OPEN =
      List.of(CaseStatus.REGISTERED, CaseStatus.ACCEPTED, CaseStatus.IN_MEDIATION);

  /**
   * EclipseLink refuses native SQL in a unit with multitenant entities unless a query says it names
   * the tenant itself; only the case counter does.
   */
  private static final String NATIVE_ALLOWED = "eclipselink.jdbc.allow-native-sql-query";

  @PersistenceUnit(unitName = "mediation")
  EntityManagerFactory unit;

  @Inject TenantEntityManagers managers;

  public EntityManager em() {
    return managers.of(unit);
  }

  public void persist(Object entity) {
    em().persist(entity);
  }

  public <T> Optional<T> find(Class<T> type, String id) {
    return Optional.ofNullable(em().find(type, id));
  }

  /** The case a source's reference already opened ({@link DisputeCase#dedupKey}). */
  public Optional<DisputeCase> caseByDedupKey(String key) {
    return em().createQuery(
            "select c from DisputeCase c where c.dedupKey = :key", DisputeCase.class)
        .setParameter("key", key)
        .getResultStream()
        .findFirst();
  }

  public Optional<DisputeCase> caseByVerificationCode(String code) {
    return em().createQuery(
            "select c from DisputeCase c where c.verificationCode = :code", DisputeCase.class)
        .setParameter("code", code)
        .getResultStream()
        .findFirst();
  }

  /**
   * The next case number of a local day for the current tenant: the day's counter is created or
   * incremented in one statement, whose row lock holds until the transaction ends, so concurrent
   * registrations are numbered one after the other and a rolled-back one gives its number back. (A
   * native statement: it names the tenant itself, as EclipseLink adds it only to JPQL.)
   */
  public int nextCaseNumber(String tenant, LocalDate day) {
    java.sql.Date date = java.sql.Date.valueOf(day);
    em().createNativeQuery(
            "INSERT INTO mediation_case_counter (tenant_id, local_day, last_number) VALUES (?1, ?2, 1)"
                + " ON DUPLICATE KEY UPDATE last_number = last_number + 1")
        .setParameter(1, tenant)
        .setParameter(2, date)
        .setHint(NATIVE_ALLOWED, true)
        .executeUpdate();
    Object last =
        em().createNativeQuery(
                "SELECT last_number FROM mediation_case_counter WHERE tenant_id = ?1 AND local_day = ?2")
            .setParameter(1, tenant)
            .setParameter(2, date)
            .setHint(NATIVE_ALLOWED, true)
            .getSingleResult();
    return ((Number) last).intValue();
  }

  /** Cases newest first, with optional filters. */
  public Page<DisputeCase> cases(
      CaseStatus status,
      String category,
      CaseSource source,
      String mediatorId,
      Instant overdueAt,
      PageRequest page) {
    return KeysetQuery.select("select c from DisputeCase c", DisputeCase.class)
        .where("c.status = :status", "status", status)
        .where("c.category = :category", "category", category)
        .where("c.source = :source", "source", source)
        .where("c.mediatorId = :mediator", "mediator", mediatorId)
        .where("c.dueAt < :now", "now", overdueAt)
        .hint(QueryHints.READ_ONLY, HintValues.TRUE)
        .page(
            em(),
            Keyset.newestFirst("c.registeredAt", "c.id"),
            page,
            c -> List.of(c.registeredAt(), c.id()));
  }

  public List<CaseParty> parties(String caseId) {
    return em().createQuery(
            "select p from CaseParty p where p.caseId = :case order by p.createdAt, p.id",
            CaseParty.class)
        .setParameter("case", caseId)
        .getResultList();
  }

  public List<MediationSession> sessions(String caseId) {
    return em().createQuery(
            "select s from MediationSession s where s.caseId = :case order by s.scheduledAt, s.id",
            MediationSession.class)
        .setParameter("case", caseId)
        .getResultList();
  }

  /** A case's evidence files without their content. */
  public List<EvidenceSummary> evidence(String caseId) {
    return em().createQuery(
            "select new org.tourismpolicing.mediation.domain.EvidenceSummary(e.id, e.fileName,"
                + " e.mediaType, e.sizeBytes, e.sha256, e.uploadedAt, e.uploadedBy)"
                + " from EvidenceAttachment e where e.caseId = :case order by e.uploadedAt, e.id",
            EvidenceSummary.class)
        .setParameter("case", caseId)
        .getResultList();
  }

  public long evidenceCount(String caseId) {
    return em().createQuery(
            "select count(e) from EvidenceAttachment e where e.caseId = :case", Long.class)
        .setParameter("case", caseId)
        .getSingleResult();
  }

  public List<DepartmentTask> tasksOfCase(String caseId) {
    return em().createQuery(
            "select t from DepartmentTask t where t.caseId = :case order by t.createdAt, t.id",
            DepartmentTask.class)
        .setParameter("case", caseId)
        .getResultList();
  }

  /** Department tasks newest first, optionally of one department and status. */
  public Page<DepartmentTask> tasks(String department, TaskStatus status, PageRequest page) {
    return KeysetQuery.select("select t from DepartmentTask t", DepartmentTask.class)
        .where("t.department = :department", "department", department)
        .where("t.status = :status", "status", status)
        .page(
            em(),
            Keyset.newestFirst("t.createdAt", "t.id"),
            page,
            t -> List.of(t.createdAt(), t.id()));
  }

  public List<SatisfactionLink> satisfactionOfCase(String caseId) {
    return em().createQuery(
            "select s from SatisfactionLink s where s.caseId = :case", SatisfactionLink.class)
        .setParameter("case", caseId)
        .getResultList();
  }

  public Optional<SatisfactionLink> satisfactionByTokenHash(String hash) {
    return em().createQuery(
            "select s from SatisfactionLink s where s.tokenHash = :hash", SatisfactionLink.class)
        .setParameter("hash", hash)
        .getResultStream()
        .findFirst();
  }

  public List<Mediator> mediators() {
    return em().createQuery("select m from Mediator m order by m.code", Mediator.class)
        .getResultList();
  }

  public Optional<Mediator> mediatorByCode(String code) {
    return em().createQuery("select m from Mediator m where m.code = :code", Mediator.class)
        .setParameter("code", code)
        .getResultStream()
        .findFirst();
  }

  /** Open cases per mediator id (registered, accepted, in mediation). */
  public Map<String, Long> openCasesByMediator() {
    Map<String, Long> load = new LinkedHashMap<>();
    em().createQuery(
            "select c.mediatorId, count(c) from DisputeCase c where c.status in :open"
                + " and c.mediatorId is not null group by c.mediatorId",
            Object[].class)
        .setParameter("open", OPEN)
        .getResultList()
        .forEach(r -> load.put((String) r[0], ((Number) r[1]).longValue()));
    return load;
  }

  /** Shifts that overlap [from, to), in start order. */
  public List<DutyShift> shifts(Instant from, Instant to, String mediatorId) {
    String jpql =
        "select s from DutyShift s where s.startsAt < :to and s.endsAt > :from"
            + (mediatorId != null ? " and s.mediatorId = :mediator" : "")
            + " order by s.startsAt, s.id";
    TypedQuery<DutyShift> q =
        em().createQuery(jpql, DutyShift.class).setParameter("from", from).setParameter("to", to);
    if (mediatorId != null) {
      q.setParameter("mediator", mediatorId);
    }
    return q.getResultList();
  }

  /** Outreach visits newest first. */
  public Page<OutreachVisit> visits(PageRequest page) {
    return KeysetQuery.select("select v from OutreachVisit v", OutreachVisit.class)
        .page(
            em(),
            Keyset.newestFirst("v.visitedAt", "v.id"),
            page,
            v -> List.of(v.visitedAt(), v.id()));
  }

  /** Cases registered or decided in [from, to): the cases the period's figures speak of. */
  public List<DisputeCase> casesRegisteredOrClosed(Instant from, Instant to) {
    return em().createQuery(
            "select c from DisputeCase c where (c.registeredAt >= :from and c.registeredAt < :to)"
                + " or (c.closedAt >= :from and c.closedAt < :to)",
            DisputeCase.class)
        .setParameter("from", from)
        .setParameter("to", to)
        .setHint(QueryHints.READ_ONLY, HintValues.TRUE)
        .getResultList();
  }

  public List<SatisfactionLink> satisfactionIssued(Instant from, Instant to) {
    return em().createQuery(
            "select s from SatisfactionLink s where s.issuedAt >= :from and s.issuedAt < :to",
            SatisfactionLink.class)
        .setParameter("from", from)
        .setParameter("to", to)
        .setHint(QueryHints.READ_ONLY, HintValues.TRUE)
        .getResultList();
  }

  public List<DepartmentTask> tasksCreated(Instant from, Instant to) {
    return em().createQuery(
            "select t from DepartmentTask t where t.createdAt >= :from and t.createdAt < :to",
            DepartmentTask.class)
        .setParameter("from", from)
        .setParameter("to", to)
        .setHint(QueryHints.READ_ONLY, HintValues.TRUE)
        .getResultList();
  }
}
