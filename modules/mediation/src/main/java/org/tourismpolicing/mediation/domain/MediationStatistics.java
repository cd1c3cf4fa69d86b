package org.tourismpolicing.mediation.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The figures a mediation room reports for a period (the Apeng room: "2331 disputes mediated since
 * 2019, 100 % satisfaction"), computed from the cases, satisfaction answers and department tasks of
 * that period:
 *
 * <ul>
 *   <li>cases registered, by category and by source;
 *   <li>cases decided in the period and the agreement rate: agreements over agreements plus
 *       not-reached (a withdrawn case was not mediated to an end and counts in neither);
 *   <li>median time from registration to decision;
 *   <li>satisfaction: links issued in the period, answers, the response rate (answers over links),
 *       the satisfaction rate (ratings of 4 or 5 over answers) and the mean rating;
 *   <li>department tasks created in the period: answered, answered late, still open, and the median
 *       time to an answer.
 * </ul>
 *
 * Rates are null when their denominator is zero: "no data" is not 0 % or 100 %.
 */
public record MediationStatistics(
    long registered,
    Map<String, Long> byCategory,
    Map<String, Long> bySource,
    long decided,
    long agreements,
    long notReached,
    long withdrawn,
    Double agreementRate,
    Duration medianTimeToClose,
    long satisfactionLinks,
    long satisfactionAnswers,
    Double responseRate,
    Double satisfactionRate,
    Double meanRating,
    long tasks,
    long tasksAnswered,
    long tasksAnsweredLate,
    long tasksOpen,
    Duration medianTaskTurnaround) {

  /** A case as the figures see it. */
  public record CaseFact(
      String category,
      CaseSource source,
      CaseStatus status,
      Instant registeredAt,
      Instant closedAt,
      boolean registeredInPeriod,
      boolean closedInPeriod) {}

  /** A satisfaction link issued in the period, and its rating if answered. */
  public record SatisfactionFact(Integer rating) {}

  /** A department task created in the period. */
  public record TaskFact(Instant createdAt, Instant dueAt, Instant answeredAt) {}

  public static MediationStatistics of(
      List<CaseFact> cases, List<SatisfactionFact> satisfaction, List<TaskFact> tasks) {
    Map<String, Long> byCategory = new TreeMap<>();
    Map<String, Long> bySource = new TreeMap<>();
    long registered = 0;
    long agreements = 0;
    long notReached = 0;
    long withdrawn = 0;
    List<Duration> toClose = new ArrayList<>();
    for (CaseFact c : cases) {
      if (c.registeredInPeriod()) {
        registered++;
        byCategory.merge(c.category(), 1L, Long::sum);
        bySource.merge(c.source().code(), 1L, Long::sum);
      }
      if (c.closedInPeriod() && c.closedAt() != null) {
        switch (c.status()) {
          case AGREEMENT_REACHED -> agreements++;
          case NOT_REACHED -> notReached++;
          case WITHDRAWN -> withdrawn++;
          default -> {
            continue;
          }
        }
        toClose.add(Duration.between(c.registeredAt(), c.closedAt()));
      }
    }
    long answers = satisfaction.stream().filter(s -> s.rating() != null).count();
    long satisfied =
        satisfaction.stream().filter(s -> s.rating() != null && s.rating() >= 4).count();
    double ratingSum =
        satisfaction.stream().filter(s -> s.rating() != null).mapToInt(s -> s.rating()).sum();
    long answered = 0;
    long late = 0;
    List<Duration> turnaround = new ArrayList<>();
    for (TaskFact t : tasks) {
      if (t.answeredAt() != null) {
        answered++;
        if (t.answeredAt().isAfter(t.dueAt())) {
          late++;
        }
        turnaround.add(Duration.between(t.createdAt(), t.answeredAt()));
      }
    }
    return new MediationStatistics(
        registered,
        byCategory,
        bySource,
        agreements + notReached + withdrawn,
        agreements,
        notReached,
        withdrawn,
        ratio(agreements, agreements + notReached),
        median(toClose),
        satisfaction.size(),
        answers,
        ratio(answers, satisfaction.size()),
        ratio(satisfied, answers),
        answers == 0 ? null : ratingSum / answers,
        tasks.size(),
        answered,
        late,
        tasks.size() - answered,
        median(turnaround));
  }

  static Double ratio(long part, long whole) {
    return whole == 0 ? null : (double) part / whole;
  }

  /** The median; for an even count the mean of the two middle values. Null for none. */
  static Duration median(List<Duration> values) {
    if (values.isEmpty()) {
      return null;
    }
    List<Duration> sorted = new ArrayList<>(values);
    Collections.sort(sorted);
    int n = sorted.size();
    if (n % 2 == 1) {
      return sorted.get(n / 2);
    }
    return sorted.get(n / 2 - 1).plus(sorted.get(n / 2)).dividedBy(2);
  }
}
