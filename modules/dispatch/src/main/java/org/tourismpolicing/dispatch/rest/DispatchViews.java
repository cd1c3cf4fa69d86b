package org.tourismpolicing.dispatch.rest;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tourismpolicing.core.geo.GeoPoint;
import org.tourismpolicing.core.money.Money;
import org.tourismpolicing.dispatch.application.IncidentService.IncidentRecord;
import org.tourismpolicing.dispatch.application.PatrolPlans;
import org.tourismpolicing.dispatch.domain.Assignment;
import org.tourismpolicing.dispatch.domain.Incident;
import org.tourismpolicing.dispatch.domain.PatrolGroup;
import org.tourismpolicing.dispatch.domain.PatrolPlan;
import org.tourismpolicing.dispatch.domain.PatrolUnit;
import org.tourismpolicing.dispatch.domain.ResponseStatistics;
import org.tourismpolicing.dispatch.domain.TimelineEntry;
import org.tourismpolicing.dispatch.domain.UnitRanking.Ranked;

/** Domain objects as the API shows them. */
final class DispatchViews {

  private DispatchViews() {}

  static DispatchDtos.PositionView position(GeoPoint p) {
    if (p == null) {
      return null;
    }
    double[] gcj = p.toGcj02();
    return new DispatchDtos.PositionView(p.latitude(), p.longitude(), gcj[0], gcj[1]);
  }

  static DispatchDtos.MoneyView money(Money m) {
    return m == null
        ? null
        : new DispatchDtos.MoneyView(m.fen(), m.currency().getCurrencyCode(), m.toDecimalString());
  }

  static DispatchDtos.IncidentView incident(Incident i, String currency) {
    DispatchDtos.OutcomeView outcome =
        i.disputeOutcome() == null
            ? null
            : new DispatchDtos.OutcomeView(
                i.peopleHelped(),
                i.peopleRescued(),
                i.disputeOutcome().code(),
                i.lossRecoveredFen() == null
                    ? null
                    : money(Money.of(i.lossRecoveredFen(), currency)),
                i.outcomeSummary());
    return new DispatchDtos.IncidentView(
        i.id(),
        i.number(),
        i.source().code(),
        i.externalNumber(),
        i.category(),
        i.priority(),
        i.status().code(),
        position(i.position()),
        i.zoneCode(),
        i.kioskId(),
        i.walkInId(),
        i.reporterName(),
        i.reporterPhone(),
        i.description(),
        i.autoAssign(),
        i.unitsRequired(),
        i.unitsActive(),
        new DispatchDtos.Timeline(
            i.receivedAt(),
            i.dispatchedAt(),
            i.acknowledgedAt(),
            i.arrivedAt(),
            i.clearedAt(),
            i.cancelledAt()),
        outcome,
        i.cancelReason(),
        i.version());
  }

  static DispatchDtos.IncidentRecordView record(IncidentRecord r, String currency) {
    List<DispatchDtos.AssignmentView> assignments =
        r.assignments().stream().map(a -> assignment(a, r.units().get(a.unitId()))).toList();
    List<DispatchDtos.TimelineEntryView> timeline =
        r.timeline().stream().map(DispatchViews::timeline).toList();
    return new DispatchDtos.IncidentRecordView(
        incident(r.incident(), currency), assignments, timeline);
  }

  static DispatchDtos.AssignmentView assignment(Assignment a, PatrolUnit unit) {
    return new DispatchDtos.AssignmentView(
        a.id(),
        a.unitId(),
        unit == null ? null : unit.callSign(),
        a.status().code(),
        a.automatic(),
        a.assignedBy(),
        a.etaSeconds(),
        a.distanceMetres(),
        a.assignedAt(),
        a.acknowledgedAt(),
        a.arrivedAt(),
        a.endedAt(),
        a.endReason());
  }

  static DispatchDtos.TimelineEntryView timeline(TimelineEntry t) {
    return new DispatchDtos.TimelineEntryView(
        t.step().code(), t.at(), t.actor(), t.unitId(), t.note());
  }

  static DispatchDtos.UnitView unit(PatrolUnit u, Instant now, Duration staleAfter) {
    return new DispatchDtos.UnitView(
        u.id(),
        u.callSign(),
        u.mode().code(),
        u.officers(),
        u.homeZone(),
        u.state().code(),
        u.stateSince(),
        u.incidentId(),
        position(u.position()),
        u.positionAt(),
        u.positionStale(now, staleAfter),
        u.version());
  }

  static DispatchDtos.Recommendation recommendation(Ranked r) {
    return new DispatchDtos.Recommendation(
        r.candidate().unitId(),
        r.candidate().callSign(),
        r.candidate().mode().code(),
        r.candidate().homeZone(),
        r.relation().code(),
        r.distanceMetres(),
        r.etaSeconds(),
        r.scoreSeconds(),
        r.positionStale());
  }

  static DispatchDtos.PlanView plan(PatrolPlan p, List<PatrolGroup> groups) {
    return new DispatchDtos.PlanView(
        p.id(),
        p.code(),
        p.names().values(),
        p.startsOn(),
        p.endsOn(),
        groups.stream().map(DispatchViews::group).toList(),
        p.updatedAt(),
        p.updatedBy(),
        p.version());
  }

  static DispatchDtos.GroupView group(PatrolGroup g) {
    return new DispatchDtos.GroupView(
        g.code(),
        g.name(),
        g.shiftStart().toString(),
        g.shiftEnd().toString(),
        g.zoneCode(),
        g.route().stream().map(DispatchViews::position).toList(),
        g.units());
  }

  static DispatchDtos.ZoneCoverView cover(PatrolPlans.ZoneCover c) {
    return new DispatchDtos.ZoneCoverView(
        c.zone(),
        c.names().values(),
        c.available(),
        c.busy(),
        c.offDuty(),
        c.onPlan(),
        c.uncovered());
  }

  static DispatchDtos.FiguresView figures(ResponseStatistics.Figures f, String currency) {
    return new DispatchDtos.FiguresView(
        f.incidents(),
        f.cleared(),
        f.cancelled(),
        f.peopleHelped(),
        f.peopleRescued(),
        f.disputesSettled(),
        f.disputesReferredToMediation(),
        money(Money.of(f.lossRecoveredFen(), currency)),
        interval(f.callToDispatch()),
        interval(f.dispatchToArrival()),
        interval(f.arrivalToClear()));
  }

  static Map<String, DispatchDtos.FiguresView> figures(
      Map<String, ResponseStatistics.Figures> groups, String currency) {
    Map<String, DispatchDtos.FiguresView> m = new LinkedHashMap<>();
    groups.forEach((k, v) -> m.put(k, figures(v, currency)));
    return m;
  }

  private static DispatchDtos.IntervalView interval(ResponseStatistics.Interval i) {
    return new DispatchDtos.IntervalView(
        i.count(), i.median(), i.p90(), i.target(), i.withinTargetShare());
  }
}
