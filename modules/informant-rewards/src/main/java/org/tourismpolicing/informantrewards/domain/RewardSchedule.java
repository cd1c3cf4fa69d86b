package org.tourismpolicing.informantrewards.domain;

import java.util.List;
import java.util.Optional;
import org.tourismpolicing.core.money.Money;
import org.tourismpolicing.core.problem.ProblemException;

/**
 * The tenant's reward schedule: for a tip category and a verification outcome, a fixed amount or a
 * range in fen. A category without a rule for the outcome earns nothing; {@code *} as category is
 * the rule for every category without its own.
 */
public record RewardSchedule(List<Rule> rules) {

  public static final String ANY_CATEGORY = "*";

  /** One line: {@code minFen == maxFen} for a fixed amount. */
  public record Rule(String category, String outcome, long minFen, long maxFen) {
    public Rule {
      if (minFen < 0 || maxFen < minFen) {
        throw new IllegalArgumentException("reward range " + minFen + ".." + maxFen);
      }
    }

    public boolean isFixed() {
      return minFen == maxFen;
    }
  }

  public RewardSchedule {
    rules = List.copyOf(rules);
  }

  public Optional<Rule> ruleFor(String category, TipStatus outcome) {
    String o = outcome.code();
    return rules.stream()
        .filter(r -> r.category().equals(category) && r.outcome().equals(o))
        .findFirst()
        .or(
            () ->
                rules.stream()
                    .filter(r -> r.category().equals(ANY_CATEGORY) && r.outcome().equals(o))
                    .findFirst());
  }

  /**
   * The amount a proposal may carry: a fixed rule's amount when none is given, the given amount
   * when the rule's range holds it; otherwise 422 naming the range.
   */
  public Money amountFor(String category, TipStatus outcome, Long proposedFen, String currency) {
    Rule rule =
        ruleFor(category, outcome)
            .filter(r -> r.maxFen() > 0)
            .orElseThrow(
                () -> ProblemException.ruleViolation("reward.no-rule", category, outcome.code()));
    long fen = proposedFen == null && rule.isFixed() ? rule.minFen() : nonNull(proposedFen, rule);
    if (fen < rule.minFen() || fen > rule.maxFen()) {
      throw ProblemException.ruleViolation(
          "reward.out-of-range",
          Money.of(fen, currency).toDecimalString(),
          Money.of(rule.minFen(), currency).toDecimalString(),
          Money.of(rule.maxFen(), currency).toDecimalString());
    }
    return Money.of(fen, currency);
  }

  private static long nonNull(Long proposedFen, Rule rule) {
    if (proposedFen == null) {
      throw ProblemException.invalid("amountFen", "reward.amount.required");
    }
    return proposedFen;
  }
}
