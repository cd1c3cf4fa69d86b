package org.tourismpolicing.dispatch.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.tourismpolicing.core.geo.GeoPoint;
import org.tourismpolicing.core.geography.Zone;
import org.tourismpolicing.core.i18n.LocalizedText;
import org.tourismpolicing.core.paging.PageRequest;
import org.tourismpolicing.core.problem.FieldError;
import org.tourismpolicing.core.problem.ProblemException;
import org.tourismpolicing.core.problem.ProblemType;
import org.tourismpolicing.core.security.CallerIdentity;
import org.tourismpolicing.core.tenant.Tenant;
import org.tourismpolicing.dispatch.domain.PatrolGroup;
import org.tourismpolicing.dispatch.domain.PatrolPlan;
import org.tourismpolicing.dispatch.domain.PatrolUnit;
import org.tourismpolicing.dispatch.domain.UnitState;
import org.tourismpolicing.dispatch.infrastructure.DispatchRepository;

/**
 * Patrol plans for peaks and holidays, which units are on plan now, and the coverage of the zones
 * (where no unit is available).
 */
@ApplicationScoped
public class PatrolPlans {

  static final int MAX_PLAN_DAYS = 62;

  private static final Jsonb JSONB = JsonbBuilder.create();

  @Inject DispatchRepository repository;
  @Inject CurrentDispatch current;
  @Inject PendingAudit audit;
  @Inject CallerIdentity caller;
  @Inject Clock clock;

  /** A group as stored in the plan's document. */
  public record GroupDoc(
      String code,
      String name,
      String shiftStart,
      String shiftEnd,
      String zone,
      List<double[]> route,
      List<String> units) {}

  /** Creates the plan {@code code} or replaces its days and groups. */
  @Transactional
  public PatrolPlan save(
      String code,
      Long expectedVersion,
      LocalizedText names,
      LocalDate startsOn,
      LocalDate endsOn,
      List<PatrolGroup> groups) {
    check(startsOn, endsOn, groups);
    PatrolPlan plan = repository.planByCode(code).orElse(null);
    boolean created = plan == null;
    if (created) {
      plan = new PatrolPlan(code);
    } else if (expectedVersion == null) {
      // replacing a plan is an update like any other: it must name the version it replaces
      throw new ProblemException(ProblemType.PRECONDITION_REQUIRED, "precondition-required.detail");
    } else if (plan.version() != expectedVersion) {
      throw ProblemException.versionConflict(expectedVersion, plan.version());
    }
    Map<String, Object> before =
        created
            ? null
            : Map.of("startsOn", plan.startsOn().toString(), "endsOn", plan.endsOn().toString());
    plan.define(names, startsOn, endsOn, write(groups), clock.instant(), caller.name());
    if (created) {
      repository.persist(plan);
    }
    Map<String, Object> after = new LinkedHashMap<>();
    after.put("code", code);
    after.put("startsOn", startsOn.toString());
    after.put("endsOn", endsOn.toString());
    after.put("groups", groups.size());
    audit.add(
        created ? "patrol-plan.created" : "patrol-plan.updated",
        "patrol-plan",
        plan.id(),
        before,
        after);
    audit.write();
    return plan;
  }

  @Transactional
  public PatrolPlan get(String id) {
    return repository.plan(id).orElseThrow(() -> ProblemException.notFound("patrol-plan", id));
  }

  /** The current version of the plan with this code; -1 when there is none. */
  @Transactional
  public long versionOf(String code) {
    return repository.planByCode(code).map(PatrolPlan::version).orElse(-1L);
  }

  @Transactional
  public List<PatrolPlan> list(LocalDate activeOn, int limit) {
    return repository.plans(activeOn, activeOn, limit);
  }

  @Transactional
  public void delete(String id) {
    PatrolPlan plan = get(id);
    audit.add("patrol-plan.deleted", "patrol-plan", id, Map.of("code", plan.code()), null);
    repository.remove(plan);
    audit.write();
  }

  /** A group on its shift now, with its units as they are. */
  public record GroupOnShift(String planCode, PatrolGroup group, List<PatrolUnit> units) {}

  /** The plans' groups on their shift now (a night shift begun yesterday included). */
  @Transactional
  public List<GroupOnShift> onShiftNow() {
    Tenant tenant = current.tenant();
    LocalDateTime now = LocalDateTime.now(clock.withZone(tenant.timeZone()));
    List<GroupOnShift> result = new ArrayList<>();
    Map<String, PatrolUnit> units = null;
    for (PatrolPlan plan :
        repository.plans(now.toLocalDate().minusDays(1), now.toLocalDate(), 100)) {
      for (PatrolGroup g : plan.onShift(groups(plan), now)) {
        if (units == null) {
          units = new LinkedHashMap<>();
          for (PatrolUnit u : repository.units(null, null, PageRequest.first(100_000)).items()) {
            units.put(u.callSign(), u);
          }
        }
        List<PatrolUnit> of = new ArrayList<>();
        for (String callSign : g.units()) {
          PatrolUnit u = units.get(callSign);
          if (u != null) {
            of.add(u);
          }
        }
        result.add(new GroupOnShift(plan.code(), g, of));
      }
    }
    return result;
  }

  /** One zone's cover now: units available in it (by home zone), busy, and on plan. */
  public record ZoneCover(
      String zone, LocalizedText names, int available, int busy, int offDuty, int onPlan) {
    public boolean uncovered() {
      return available == 0;
    }
  }

  @Transactional
  public List<ZoneCover> coverage() {
    Tenant tenant = current.tenant();
    Map<String, int[]> counts = new LinkedHashMap<>();
    for (Zone z : tenant.geography().zones()) {
      counts.put(z.code(), new int[4]);
    }
    for (Object[] row : repository.unitCountsByZoneAndState()) {
      int[] c = counts.get((String) row[0]);
      if (c == null) {
        continue;
      }
      UnitState state = (UnitState) row[1];
      int n = ((Number) row[2]).intValue();
      if (state == UnitState.PATROLLING) {
        c[0] += n;
      } else if (state == UnitState.OFF_DUTY) {
        c[2] += n;
      } else {
        c[1] += n;
      }
    }
    for (GroupOnShift g : onShiftNow()) {
      for (PatrolUnit u : g.units()) {
        String zone = g.group().zoneCode() != null ? g.group().zoneCode() : u.homeZone();
        int[] c = counts.get(zone);
        if (c != null) {
          c[3]++;
        }
      }
    }
    List<ZoneCover> cover = new ArrayList<>();
    for (Zone z : tenant.geography().zones()) {
      int[] c = counts.get(z.code());
      cover.add(new ZoneCover(z.code(), z.names(), c[0], c[1], c[2], c[3]));
    }
    return cover;
  }

  public List<PatrolGroup> groups(PatrolPlan plan) {
    GroupDoc[] docs = JSONB.fromJson(plan.groupsDocument(), GroupDoc[].class);
    List<PatrolGroup> groups = new ArrayList<>();
    for (GroupDoc d : docs) {
      List<GeoPoint> route = new ArrayList<>();
      if (d.route() != null) {
        d.route().forEach(p -> route.add(GeoPoint.wgs84(p[0], p[1])));
      }
      groups.add(
          new PatrolGroup(
              d.code(),
              d.name(),
              LocalTime.parse(d.shiftStart()),
              LocalTime.parse(d.shiftEnd()),
              d.zone(),
              route,
              d.units() == null ? List.of() : d.units()));
    }
    return groups;
  }

  private static String write(List<PatrolGroup> groups) {
    List<GroupDoc> docs = new ArrayList<>();
    for (PatrolGroup g : groups) {
      List<double[]> route = new ArrayList<>();
      g.route().forEach(p -> route.add(new double[] {p.latitude(), p.longitude()}));
      docs.add(
          new GroupDoc(
              g.code(),
              g.name(),
              g.shiftStart().toString(),
              g.shiftEnd().toString(),
              g.zoneCode(),
              route,
              g.units()));
    }
    return JSONB.toJson(docs);
  }

  private void check(LocalDate startsOn, LocalDate endsOn, List<PatrolGroup> groups) {
    Tenant tenant = current.tenant();
    List<FieldError> errors = new ArrayList<>();
    if (endsOn.isBefore(startsOn)) {
      errors.add(FieldError.of("endsOn", "patrol-plan.days.reversed"));
    } else if (startsOn.plusDays(MAX_PLAN_DAYS).isBefore(endsOn)) {
      errors.add(FieldError.of("endsOn", "patrol-plan.days.too-long", MAX_PLAN_DAYS));
    }
    Set<String> known = repository.unitsByCallSign().keySet();
    Set<String> codes = new HashSet<>();
    for (int i = 0; i < groups.size(); i++) {
      PatrolGroup g = groups.get(i);
      String at = "groups[" + i + "]";
      if (!codes.add(g.code())) {
        errors.add(FieldError.of(at + ".code", "patrol-plan.group.twice", g.code()));
      }
      if (g.zoneCode() != null && tenant.geography().zone(g.zoneCode()).isEmpty()) {
        errors.add(FieldError.of(at + ".zone", "zone.unknown", g.zoneCode()));
      }
      if (g.zoneCode() == null && g.route().size() < 2) {
        errors.add(FieldError.of(at + ".zone", "patrol-plan.group.area-or-route"));
      }
      for (int j = 0; j < g.units().size(); j++) {
        if (!known.contains(g.units().get(j))) {
          errors.add(FieldError.of(at + ".units[" + j + "]", "unit.unknown", g.units().get(j)));
        }
      }
    }
    if (!errors.isEmpty()) {
      throw ProblemException.invalid(errors);
    }
  }
}
