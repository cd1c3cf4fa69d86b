package org.tourismpolicing.dispatch.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;

/**
 * The figures a station leader reports (incidents handled, people rescued, disputes settled, losses
 * recovered) and response times against the tenant's targets, computed from incidents' facts.
 * Percentiles use the nearest-rank method on whole seconds.
 */
public final class ResponseStatistics {

  private ResponseStatistics() {}

  /** What the statistics need of one incident. */
  public record IncidentFacts(
      String category,
      String zoneCode,
      String kioskId,
      IncidentStatus status,
      Instant receivedAt,
      Instant dispatchedAt,
      Instant arrivedAt,
      Instant clearedAt,
      int peopleHelped,
      int peopleRescued,
      DisputeOutcome dispute,
      long lossRecoveredFen) {}

  /** The figures of one group of incidents. */
  public record Figures(
      long incidents,
      long cleared,
      long cancelled,
      long peopleHelped,
      long peopleRescued,
      long disputesSettled,
      long disputesReferredToMediation,
      long lossRecoveredFen,
      Interval callToDispatch,
      Interval dispatchToArrival,
      Interval arrivalToClear) {}

  /**
   * One response interval over a group: how many incidents had it, its median and 90th percentile,
   * the target and the share of incidents within it.
   */
  public record Interval(
      long count, Duration median, Duration p90, Duration target, Double withinTargetShare) {}

  public static Figures of(
      Collection<IncidentFacts> incidents, DispatchSettings.ResponseTargets targets) {
    long cleared = 0;
    long cancelled = 0;
    long helped = 0;
    long rescued = 0;
    long settled = 0;
    long referred = 0;
    long loss = 0;
    List<Long> toDispatch = new ArrayList<>();
    List<Long> toArrival = new ArrayList<>();
    List<Long> toClear = new ArrayList<>();
    for (IncidentFacts f : incidents) {
      if (f.status() == IncidentStatus.CLEARED) {
        cleared++;
      } else if (f.status() == IncidentStatus.CANCELLED) {
        cancelled++;
      }
      helped += f.peopleHelped();
      rescued += f.peopleRescued();
      if (f.dispute() == DisputeOutcome.SETTLED) {
        settled++;
      } else if (f.dispute() == DisputeOutcome.REFERRED_TO_MEDIATION) {
        referred++;
      }
      loss += f.lossRecoveredFen();
      addSeconds(toDispatch, f.receivedAt(), f.dispatchedAt());
      addSeconds(toArrival, f.dispatchedAt(), f.arrivedAt());
      addSeconds(toClear, f.arrivedAt(), f.clearedAt());
    }
    return new Figures(
        incidents.size(),
        cleared,
        cancelled,
        helped,
        rescued,
        settled,
        referred,
        loss,
        interval(toDispatch, targets.callToDispatch()),
        interval(toArrival, targets.dispatchToArrival()),
        interval(toClear, targets.arrivalToClear()));
  }

  /** Splits by {@code key} and computes each group's figures (null keys are grouped as "-"). */
  public static java.util.Map<String, Figures> grouped(
      Collection<IncidentFacts> incidents,
      Function<IncidentFacts, String> key,
      DispatchSettings.ResponseTargets targets) {
    java.util.Map<String, List<IncidentFacts>> groups = new java.util.TreeMap<>();
    for (IncidentFacts f : incidents) {
      String k = key.apply(f);
      groups.computeIfAbsent(k == null ? "-" : k, x -> new ArrayList<>()).add(f);
    }
    java.util.Map<String, Figures> result = new java.util.LinkedHashMap<>();
    groups.forEach((k, v) -> result.put(k, of(v, targets)));
    return result;
  }

  /** The nearest-rank percentile {@code p} (0–100) of sorted values. */
  public static long percentile(List<Long> sorted, int p) {
    if (sorted.isEmpty()) {
      throw new IllegalArgumentException("no values");
    }
    int rank = (int) Math.ceil(p / 100.0 * sorted.size());
    return sorted.get(Math.max(0, rank - 1));
  }

  private static void addSeconds(List<Long> into, Instant from, Instant to) {
    if (from != null && to != null && !to.isBefore(from)) {
      into.add(Duration.between(from, to).toSeconds());
    }
  }

  private static Interval interval(List<Long> seconds, Duration target) {
    if (seconds.isEmpty()) {
      return new Interval(0, null, null, target, null);
    }
    seconds.sort(null);
    long within =
        target == null ? 0 : seconds.stream().filter(s -> s <= target.toSeconds()).count();
    return new Interval(
        seconds.size(),
        Duration.ofSeconds(percentile(seconds, 50)),
        Duration.ofSeconds(percentile(seconds, 90)),
        target,
        target == null ? null : (double) within / seconds.size());
  }
}
