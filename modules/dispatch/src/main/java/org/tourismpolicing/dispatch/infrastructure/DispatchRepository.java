package org.tourismpolicing.dispatch.infrastructure;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceUnit;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.eclipse.persistence.config.HintValues;
import org.eclipse.persistence.config.QueryHints;
import org.tourismpolicing.core.geo.GeoPoint;
import org.tourismpolicing.core.paging.Keyset;
import org.tourismpolicing.core.paging.KeysetQuery;
import org.tourismpolicing.core.paging.Page;
import org.tourismpolicing.core.paging.PageRequest;
import org.tourismpolicing.core.persistence.SchemaMigrations;
import org.tourismpolicing.core.persistence.TenantEntityManagers;
import org.tourismpolicing.core.tenant.TenantContext;
import org.tourismpolicing.dispatch.domain.Assignment;
import org.tourismpolicing.dispatch.domain.AssignmentStatus;
import org.tourismpolicing.dispatch.domain.DisputeOutcome;
import org.tourismpolicing.dispatch.domain.Incident;
import org.tourismpolicing.dispatch.domain.IncidentSource;
import org.tourismpolicing.dispatch.domain.IncidentStatus;
import org.tourismpolicing.dispatch.domain.PatrolMode;
import org.tourismpolicing.dispatch.domain.PatrolPlan;
import org.tourismpolicing.dispatch.domain.PatrolUnit;
import org.tourismpolicing.dispatch.domain.ResponseStatistics.IncidentFacts;
import org.tourismpolicing.dispatch.domain.TimelineEntry;
import org.tourismpolicing.dispatch.domain.UnitRanking.Candidate;
import org.tourismpolicing.dispatch.domain.UnitState;

/**
 * The dispatch tables, always through an entity manager of the current tenant (so no query here
 * mentions tenants). The hot paths (candidates for an assignment, claiming a unit, position
 * reports) read projections and write with conditional updates instead of loading entities.
 */
@ApplicationScoped
public class DispatchRepository {

  @PersistenceUnit(unitName = "dispatch")
  EntityManagerFactory unit;

  @Inject TenantEntityManagers managers;
  @Inject TenantContext tenantContext;

  /** The persistence unit's data source, for the position batch (plain JDBC, same transaction). */
  @Resource(lookup = SchemaMigrations.DATA_SOURCE)
  DataSource dataSource;

  public EntityManager em() {
    return managers.of(unit);
  }

  public void persist(Object entity) {
    em().persist(entity);
  }

  // --- incidents -------------------------------------------------------------------------------

  public Optional<Incident> incident(String id) {
    return Optional.ofNullable(em().find(Incident.class, id));
  }

  /** The incident, its row locked until the transaction ends. */
  public Optional<Incident> lockedIncident(String id) {
    return Optional.ofNullable(em().find(Incident.class, id, LockModeType.PESSIMISTIC_WRITE));
  }

  public Optional<Incident> incidentByExternalNumber(IncidentSource source, String number) {
    return em().createQuery(
            "select i from Incident i where i.source = :source and i.externalNumber = :number",
            Incident.class)
        .setParameter("source", source)
        .setParameter("number", number)
        .getResultStream()
        .findFirst();
  }

  /** Incidents newest first, with optional filters. */
  public Page<Incident> incidents(
      IncidentStatus status,
      String zone,
      String category,
      Boolean open,
      Instant from,
      Instant to,
      PageRequest page) {
    List<IncidentStatus> closed = List.of(IncidentStatus.CLEARED, IncidentStatus.CANCELLED);
    return KeysetQuery.select("select i from Incident i", Incident.class)
        .where("i.status = :status", "status", status)
        .where("i.zoneCode = :zone", "zone", zone)
        .where("i.category = :category", "category", category)
        .where(
            Boolean.FALSE.equals(open) ? "i.status in :closed" : "i.status not in :closed",
            "closed",
            open == null ? null : closed)
        .where("i.receivedAt >= :from", "from", from)
        .where("i.receivedAt < :to", "to", to)
        .hint(QueryHints.READ_ONLY, HintValues.TRUE)
        .page(
            em(),
            Keyset.newestFirst("i.receivedAt", "i.id"),
            page,
            i -> List.of(i.receivedAt(), i.id()));
  }

  /** Incidents that wait for units and are assigned automatically, most urgent and oldest first. */
  public List<String> waitingIncidentIds(int limit) {
    return em().createQuery(
            "select i.id from Incident i where i.status = :received and i.autoAssign = true"
                + " order by i.priority, i.receivedAt, i.id",
            String.class)
        .setParameter("received", IncidentStatus.RECEIVED)
        .setMaxResults(limit)
        .getResultList();
  }

  /** Open incidents that still miss units (multi-unit incidents already dispatched included). */
  public List<String> understaffedIncidentIds(int limit) {
    return em().createQuery(
            "select i.id from Incident i where i.autoAssign = true and i.status in :open"
                + " and i.arrivedAt is null and i.unitsActive < i.unitsRequired"
                + " order by i.priority, i.receivedAt, i.id",
            String.class)
        .setParameter(
            "open",
            List.of(IncidentStatus.RECEIVED, IncidentStatus.DISPATCHED, IncidentStatus.EN_ROUTE))
        .setMaxResults(limit)
        .getResultList();
  }

  public List<Incident> openIncidents(int limit) {
    return em().createQuery(
            "select i from Incident i where i.status not in :closed"
                + " order by i.priority, i.receivedAt",
            Incident.class)
        .setParameter("closed", List.of(IncidentStatus.CLEARED, IncidentStatus.CANCELLED))
        .setHint(QueryHints.READ_ONLY, HintValues.TRUE)
        .setMaxResults(limit)
        .getResultList();
  }

  /** Facts for statistics of the incidents received on local days {@code from}..{@code to}. */
  public List<IncidentFacts> incidentFacts(LocalDate from, LocalDate to) {
    List<Object[]> rows =
        em().createQuery(
                "select i.category, i.zoneCode, i.kioskId, i.status, i.receivedAt, i.dispatchedAt,"
                    + " i.arrivedAt, i.clearedAt, i.peopleHelped, i.peopleRescued,"
                    + " i.disputeOutcome, i.lossRecoveredFen from Incident i"
                    + " where i.receivedOn >= :from and i.receivedOn <= :to",
                Object[].class)
            .setParameter("from", from)
            .setParameter("to", to)
            .getResultList();
    List<IncidentFacts> facts = new ArrayList<>(rows.size());
    for (Object[] r : rows) {
      facts.add(
          new IncidentFacts(
              (String) r[0],
              (String) r[1],
              (String) r[2],
              (IncidentStatus) r[3],
              (Instant) r[4],
              (Instant) r[5],
              (Instant) r[6],
              (Instant) r[7],
              r[8] == null ? 0 : ((Number) r[8]).intValue(),
              r[9] == null ? 0 : ((Number) r[9]).intValue(),
              r[10] == null ? DisputeOutcome.NONE : (DisputeOutcome) r[10],
              r[11] == null ? 0 : ((Number) r[11]).longValue()));
    }
    return facts;
  }

  /** Incidents changed after {@code since}, oldest change first (for the live board). */
  public List<Incident> incidentsChangedAfter(Instant since, int limit) {
    return em().createQuery(
            "select i from Incident i where i.updatedAt > :since order by i.updatedAt",
            Incident.class)
        .setParameter("since", since)
        .setHint(QueryHints.READ_ONLY, HintValues.TRUE)
        .setMaxResults(limit)
        .getResultList();
  }

  /** Units changed after {@code since} (state, assignment, description), oldest first. */
  public List<PatrolUnit> unitsChangedAfter(Instant since, int limit) {
    return em().createQuery(
            "select u from PatrolUnit u where u.updatedAt > :since order by u.updatedAt",
            PatrolUnit.class)
        .setParameter("since", since)
        .setHint(QueryHints.READ_ONLY, HintValues.TRUE)
        .setMaxResults(limit)
        .getResultList();
  }

  // --- units -----------------------------------------------------------------------------------

  public Optional<PatrolUnit> unit(String id) {
    return Optional.ofNullable(em().find(PatrolUnit.class, id));
  }

  public Optional<PatrolUnit> lockedUnit(String id) {
    return Optional.ofNullable(em().find(PatrolUnit.class, id, LockModeType.PESSIMISTIC_WRITE));
  }

  public Optional<PatrolUnit> unitByCallSign(String callSign) {
    return em().createQuery("select u from PatrolUnit u where u.callSign = :c", PatrolUnit.class)
        .setParameter("c", callSign)
        .getResultStream()
        .findFirst();
  }

  public Map<String, PatrolUnit> unitsByCallSign() {
    return em().createQuery("select u from PatrolUnit u", PatrolUnit.class).getResultList().stream()
        .collect(Collectors.toMap(PatrolUnit::callSign, u -> u));
  }

  /** Units by call sign, read-only, with optional filters. */
  public Page<PatrolUnit> units(UnitState state, String zone, PageRequest page) {
    return KeysetQuery.select("select u from PatrolUnit u", PatrolUnit.class)
        .where("u.state = :state", "state", state)
        .where("u.homeZone = :zone", "zone", zone)
        .hint(QueryHints.READ_ONLY, HintValues.TRUE)
        .page(em(), Keyset.byText("u.callSign"), page, u -> List.of(u.callSign()));
  }

  public List<PatrolUnit> unitsOf(Collection<String> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    return em().createQuery("select u from PatrolUnit u where u.id in :ids", PatrolUnit.class)
        .setParameter("ids", ids)
        .setHint(QueryHints.READ_ONLY, HintValues.TRUE)
        .getResultList();
  }

  /** Units with an officer of badge {@code badge} (officers are stored comma-separated). */
  public List<PatrolUnit> unitsWithOfficer(String badge) {
    return em()
        .createQuery(
            "select u from PatrolUnit u where concat(',', u.officers, ',') like :pattern",
            PatrolUnit.class)
        .setParameter("pattern", "%," + badge.replace("%", "").replace("_", "") + ",%")
        .getResultList()
        .stream()
        .filter(u -> u.hasOfficer(badge))
        .toList();
  }

  /**
   * Available (patrolling) units whose home zone is one of {@code zones} (all zones when null), as
   * the ranking needs them: no entities, one indexed query. With {@code box} only those inside it
   * (and those that never reported a position).
   */
  public List<Candidate> availableCandidates(Collection<String> zones, Box box) {
    String jpql =
        "select u.id, u.callSign, u.mode, u.homeZone, u.latitude, u.longitude, u.positionAt"
            + " from PatrolUnit u where u.state = :patrolling"
            + (zones == null ? "" : " and u.homeZone in :zones")
            + (box == null
                ? ""
                : " and (u.latitude is null or (u.latitude between :south and :north"
                    + " and u.longitude between :west and :east))");
    var q = em().createQuery(jpql, Object[].class).setParameter("patrolling", UnitState.PATROLLING);
    if (zones != null) {
      if (zones.isEmpty()) {
        return List.of();
      }
      q.setParameter("zones", zones);
    }
    if (box != null) {
      q.setParameter("south", box.south())
          .setParameter("north", box.north())
          .setParameter("west", box.west())
          .setParameter("east", box.east());
    }
    List<Object[]> rows = q.getResultList();
    List<Candidate> candidates = new ArrayList<>(rows.size());
    for (Object[] r : rows) {
      GeoPoint position = r[4] == null ? null : GeoPoint.wgs84((Double) r[4], (Double) r[5]);
      candidates.add(
          new Candidate(
              (String) r[0],
              (String) r[1],
              (PatrolMode) r[2],
              (String) r[3],
              position,
              (Instant) r[6]));
    }
    return candidates;
  }

  /** A latitude/longitude rectangle (WGS-84 degrees). */
  public record Box(double south, double north, double west, double east) {

    /** The rectangle reaching at least {@code metres} from {@code centre} in every direction. */
    public static Box around(GeoPoint centre, double metres) {
      double dLat = metres / 111_195.0;
      double dLon =
          metres / (111_195.0 * Math.max(0.01, Math.cos(Math.toRadians(centre.latitude()))));
      return new Box(
          centre.latitude() - dLat,
          centre.latitude() + dLat,
          centre.longitude() - dLon,
          centre.longitude() + dLon);
    }
  }

  /**
   * Claims a patrolling unit for an incident: one conditional update, so of two transactions (on
   * this server or another) claiming the same unit, the second waits for the first's row lock and
   * then finds the unit no longer patrolling. True if this transaction got the unit.
   */
  public boolean claimUnit(String unitId, String incidentId, Instant now) {
    int updated =
        em().createQuery(
                "update PatrolUnit u set u.state = :assigned, u.incidentId = :incident,"
                    + " u.stateSince = :now, u.updatedAt = :now, u.version = u.version + 1"
                    + " where u.id = :id and u.state = :patrolling")
            .setParameter("assigned", UnitState.ASSIGNED)
            .setParameter("incident", incidentId)
            .setParameter("now", now)
            .setParameter("id", unitId)
            .setParameter("patrolling", UnitState.PATROLLING)
            .executeUpdate();
    return updated == 1;
  }

  /**
   * Stores a position report unless a newer one is already stored. Native SQL on purpose: a
   * position is not an edit, so it must not bump the unit's version (an officer editing the unit
   * would otherwise always lose to its GPS) — and a native statement sees no tenant filter, so the
   * tenant is named explicitly.
   */
  public boolean reportPosition(String unitId, GeoPoint position, Instant at) {
    LocalDateTime when = LocalDateTime.ofInstant(at, ZoneOffset.UTC);
    int updated =
        em().createNativeQuery(
                "UPDATE dp_unit SET latitude = ?, longitude = ?, position_at = ?"
                    + " WHERE tenant_id = ? AND id = ? AND (position_at IS NULL OR position_at < ?)")
            .setParameter(1, position.latitude())
            .setParameter(2, position.longitude())
            .setParameter(3, when)
            .setParameter(4, tenantContext.require().value())
            .setParameter(5, unitId)
            .setParameter(6, when)
            .executeUpdate();
    return updated == 1;
  }

  /** One position report, for {@link #reportPositions}. */
  public record PositionRow(String unitId, GeoPoint position, Instant at) {}

  /**
   * Stores many position reports with one JDBC batch on the transaction's connection (one round
   * trip instead of one per report); each is stored unless a newer one is. Same SQL and reasons as
   * {@link #reportPosition}. Returns how many were stored.
   */
  public int reportPositions(List<PositionRow> rows) {
    if (rows.isEmpty()) {
      return 0;
    }
    String tenant = tenantContext.require().value();
    try (Connection c = dataSource.getConnection();
        PreparedStatement s =
            c.prepareStatement(
                "UPDATE dp_unit SET latitude = ?, longitude = ?, position_at = ?"
                    + " WHERE tenant_id = ? AND id = ?"
                    + " AND (position_at IS NULL OR position_at < ?)")) {
      for (PositionRow r : rows) {
        Timestamp when = Timestamp.valueOf(LocalDateTime.ofInstant(r.at(), ZoneOffset.UTC));
        s.setDouble(1, r.position().latitude());
        s.setDouble(2, r.position().longitude());
        s.setTimestamp(3, when);
        s.setString(4, tenant);
        s.setString(5, r.unitId());
        s.setTimestamp(6, when);
        s.addBatch();
      }
      int stored = 0;
      for (int n : s.executeBatch()) {
        // a driver may answer SUCCESS_NO_INFO (-2) for a batched statement: count it as stored
        stored += n > 0 || n == Statement.SUCCESS_NO_INFO ? 1 : 0;
      }
      return stored;
    } catch (SQLException e) {
      throw new IllegalStateException("storing " + rows.size() + " positions failed", e);
    }
  }

  /** Which of {@code ids} are units of the tenant. */
  public List<String> existingUnitIds(Collection<String> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    return em().createQuery("select u.id from PatrolUnit u where u.id in :ids", String.class)
        .setParameter("ids", ids)
        .getResultList();
  }

  // --- assignments and timeline ----------------------------------------------------------------

  public Optional<Assignment> assignment(String id) {
    return Optional.ofNullable(em().find(Assignment.class, id));
  }

  public List<Assignment> assignmentsOf(String incidentId) {
    return em().createQuery(
            "select a from Assignment a where a.incidentId = :incident order by a.assignedAt, a.id",
            Assignment.class)
        .setParameter("incident", incidentId)
        .getResultList();
  }

  public List<Assignment> assignmentsOf(Collection<String> incidentIds) {
    if (incidentIds.isEmpty()) {
      return List.of();
    }
    return em().createQuery(
            "select a from Assignment a where a.incidentId in :ids order by a.assignedAt, a.id",
            Assignment.class)
        .setParameter("ids", incidentIds)
        .setHint(QueryHints.READ_ONLY, HintValues.TRUE)
        .getResultList();
  }

  public Optional<Assignment> activeAssignmentOf(String unitId) {
    return em().createQuery(
            "select a from Assignment a where a.activeUnitId = :unit", Assignment.class)
        .setParameter("unit", unitId)
        .getResultStream()
        .findFirst();
  }

  /** Assignments still waiting for an acknowledgement that were made before {@code before}. */
  public List<String> unacknowledgedBefore(Instant before, int limit) {
    return em().createQuery(
            "select a.id from Assignment a where a.status = :assigned and a.assignedAt < :before"
                + " order by a.assignedAt",
            String.class)
        .setParameter("assigned", AssignmentStatus.ASSIGNED)
        .setParameter("before", before)
        .setMaxResults(limit)
        .getResultList();
  }

  public List<TimelineEntry> timeline(String incidentId) {
    return em().createQuery(
            "select t from TimelineEntry t where t.incidentId = :incident order by t.at, t.id",
            TimelineEntry.class)
        .setParameter("incident", incidentId)
        .setHint(QueryHints.READ_ONLY, HintValues.TRUE)
        .getResultList();
  }

  // --- patrol plans ----------------------------------------------------------------------------

  public Optional<PatrolPlan> plan(String id) {
    return Optional.ofNullable(em().find(PatrolPlan.class, id));
  }

  public Optional<PatrolPlan> planByCode(String code) {
    return em().createQuery("select p from PatrolPlan p where p.code = :code", PatrolPlan.class)
        .setParameter("code", code)
        .getResultStream()
        .findFirst();
  }

  /** Plans with at least one day in {@code from}..{@code to} (all plans when both are null). */
  public List<PatrolPlan> plans(LocalDate from, LocalDate to, int limit) {
    String jpql =
        "select p from PatrolPlan p"
            + (from == null ? "" : " where p.startsOn <= :to and p.endsOn >= :from")
            + " order by p.startsOn desc, p.code";
    var q = em().createQuery(jpql, PatrolPlan.class);
    if (from != null) {
      q.setParameter("from", from).setParameter("to", to);
    }
    return q.setMaxResults(limit).getResultList();
  }

  /** Units counted by home zone and state: rows of (zone, state, count). */
  public List<Object[]> unitCountsByZoneAndState() {
    return em().createQuery(
            "select u.homeZone, u.state, count(u) from PatrolUnit u group by u.homeZone, u.state",
            Object[].class)
        .getResultList();
  }

  public void remove(Object entity) {
    em().remove(entity);
  }
}
