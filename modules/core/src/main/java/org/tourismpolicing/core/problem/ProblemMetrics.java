package org.tourismpolicing.core.problem;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;

/**
 * Counts refusals by problem type ({@code problem_answers_total{type=…}} on {@code /metrics}). Kept
 * apart from the writer on purpose: on a server without MicroProfile Metrics this bean cannot load
 * and is simply left out, and problem answers work as before.
 */
@ApplicationScoped
public class ProblemMetrics {

  @Inject MetricRegistry registry;

  void onProblem(@Observes ProblemAnswered answered) {
    registry.counter("problem_answers", new Tag("type", answered.type().code())).inc();
  }
}
