package org.tourismpolicing.blacklist.screening;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.tourismpolicing.blacklist.screening.ScreeningHit.MatchedFeature;

/**
 * Compares a queried name with a listed one and says why they match. Each feature has its own
 * score; the comparison's score is the best of them. Business names are compared by their trade
 * names (affixes set aside), person names whole and more strictly: a person's name is two or three
 * characters, so one character more or less is another person, and only the same name in another
 * script, spelling or order counts.
 *
 * <p>Explanations are only written when asked for: a search scores many candidates and explains the
 * few it returns.
 */
final class NameScorer {

  /** Feature codes, stable for clients. */
  static final String NORMALISED_EXACT = "name-normalised-exact";

  static final String CORE_EXACT = "name-core-exact";
  static final String PINYIN = "name-pinyin";
  static final String ORDER = "name-token-order";
  static final String SHORT = "name-short";
  static final String SIMILAR = "name-similar";
  static final String TRADE_DIFFERS = "trade-differs";

  static final double EXACT_SCORE = 1.0;
  static final double CORE_SCORE = 0.95;
  static final double SPELLED_SCORE = 0.92;
  static final double PERSON_SPELLED_SCORE = 0.9;
  static final double HOMOPHONE_SCORE = 0.88;
  static final double ORDER_SCORE = 0.9;
  static final double PERSON_HOMOPHONE_SCORE = 0.75;
  static final double PERSON_ORDER_SCORE = 0.85;

  /** A different trade (客栈 against 茶庄) makes a same trade name a different business. */
  static final double TRADE_CONFLICT_CAP = 0.7;

  /** Homophone characters differ less than other characters. */
  private static final double HOMOPHONE_COST = 0.25;

  /** Numbers name a place or a year: 66号 and 88号 are different addresses. */
  private static final double NUMBER_COST = 2;

  /** Shared characters out of place are weaker evidence than characters in place. */
  private static final double OUT_OF_PLACE = 0.1;

  /** The result of one comparison: its score and the features behind it, best first. */
  record Comparison(double score, List<MatchedFeature> features) {}

  private final NameAnalyser analyser;

  NameScorer(NameAnalyser analyser) {
    this.analyser = analyser;
  }

  /** The score alone, for ranking candidates. */
  double score(AnalysedName query, AnalysedName listed, boolean person) {
    return compare(query, listed, person, false).score();
  }

  /** The score with the features that explain it. */
  Comparison compare(AnalysedName query, AnalysedName listed, boolean person) {
    return compare(query, listed, person, true);
  }

  private Comparison compare(
      AnalysedName query, AnalysedName listed, boolean person, boolean explain) {
    Features features = new Features(explain);
    if (query.isEmpty() || listed.isEmpty()) {
      return new Comparison(0, List.of());
    }
    if (Arrays.equals(query.text(), listed.text())) {
      features.add(NORMALISED_EXACT, EXACT_SCORE, () -> exactExplanation(query, listed));
      return features.result(0);
    }
    int[] qt = person ? query.text() : query.coreText();
    int[] qk = person ? query.key() : query.coreKey();
    int[] lt = person ? listed.text() : listed.coreText();
    int[] lk = person ? listed.key() : listed.coreKey();
    boolean latin = hasLatin(qt) || hasLatin(lt);
    boolean sameText = Arrays.equals(qt, lt);

    if (!person && sameText) {
      features.add(CORE_EXACT, CORE_SCORE, () -> coreExplanation(query, listed));
    }
    if (!sameText && sameSound(query, qk, listed, lk, latin)) {
      double score =
          latin
              ? (person ? PERSON_SPELLED_SCORE : SPELLED_SCORE)
              : (person ? PERSON_HOMOPHONE_SCORE : HOMOPHONE_SCORE);
      features.add(
          PINYIN,
          score,
          () -> {
            String sound = listed.spellings().sound(lk, 0, lk.length);
            if (latin && !hasHan(qt) && !hasHan(lt)) {
              return "the same spelling once spaces are set aside: "
                  + query.spell(qt)
                  + " / "
                  + listed.spell(lt);
            }
            return latin
                ? "the pinyin \"" + sound + "\" spells the listed name " + listed.spell(lt)
                : "sounds the same ("
                    + sound
                    + ") but is written "
                    + query.spell(qt)
                    + " instead of "
                    + listed.spell(lt);
          });
    }
    int[] qs = latin ? qk : qt;
    int[] ls = latin ? lk : lt;
    double overlap = multisetDice(qs, ls);
    int longest = Math.max(qt.length, lt.length);
    if (overlap == 1.0 && !Arrays.equals(qs, ls)) {
      if (person && latin) {
        features.add(
            ORDER, PERSON_ORDER_SCORE, () -> "the same names in another order: " + query.spell(qt));
      } else if (!person && longest >= 3) {
        features.add(
            ORDER,
            ORDER_SCORE,
            () ->
                "the same "
                    + (latin ? "syllables" : "characters")
                    + " in another order: "
                    + query.spell(qt)
                    + " / "
                    + listed.spell(lt));
      }
    }
    if (!person) {
      containment(query, listed, qs, ls, qt, lt, features);
    }
    double edit = editSimilarity(qt, qk, lt, lk);
    double similarity = Math.max(edit, overlap - OUT_OF_PLACE);
    if (similarity < 1.0) {
      boolean nearIdentical =
          !person && ((similarity >= 0.75 && longest >= 4) || (similarity >= 0.9 && longest >= 3));
      double score;
      if (person) {
        score = 0.7 * similarity;
      } else if (nearIdentical) {
        score = Math.min(0.9, 0.8 + 0.4 * (similarity - 0.75));
      } else {
        score = 0.85 * similarity;
      }
      if (score >= 0.3) {
        features.add(
            SIMILAR,
            round(score),
            () ->
                (nearIdentical ? "near-identical" : "similar")
                    + " names "
                    + query.spell(qt)
                    + " / "
                    + listed.spell(lt)
                    + String.format(
                        Locale.ROOT,
                        " (%.0f%% alike%s)",
                        100 * similarity,
                        overlap - OUT_OF_PLACE > edit ? ", in any order" : ""));
      }
    }
    double cap = 1.0;
    if (!person
        && query.trades() != 0
        && listed.trades() != 0
        && (query.trades() & listed.trades()) == 0
        && features.best() > TRADE_CONFLICT_CAP) {
      cap = TRADE_CONFLICT_CAP;
      features.add(
          TRADE_DIFFERS,
          0,
          () ->
              "but a different trade: "
                  + String.join(", ", analyser.tradeNames(query.trades()))
                  + " against "
                  + String.join(", ", analyser.tradeNames(listed.trades()))
                  + "; score held at "
                  + TRADE_CONFLICT_CAP);
    }
    return features.result(cap);
  }

  /** Features being collected; explanations are made only when asked for. */
  private static final class Features {
    private final boolean explain;
    private final List<MatchedFeature> list = new ArrayList<>(4);
    private double best;

    Features(boolean explain) {
      this.explain = explain;
    }

    void add(String code, double score, Supplier<String> explanation) {
      best = Math.max(best, score);
      if (explain) {
        list.add(new MatchedFeature(code, score, explanation.get()));
      }
    }

    double best() {
      return best;
    }

    /** The result, its score held at {@code cap} when that is above zero. */
    Comparison result(double cap) {
      double score = cap > 0 ? Math.min(best, cap) : best;
      if (!explain) {
        return new Comparison(score, List.of());
      }
      list.sort(Comparator.comparingDouble(MatchedFeature::score).reversed());
      return new Comparison(score, List.copyOf(list));
    }
  }

  private static String exactExplanation(AnalysedName query, AnalysedName listed) {
    if (query.raw().strip().equals(listed.raw().strip())) {
      return "the same name as listed";
    }
    String s = "the same name once full-width forms, case, punctuation and spaces are set aside";
    if (query.simplified() || listed.simplified()) {
      s += ", traditional characters read as simplified";
    }
    return s;
  }

  private static String coreExplanation(AnalysedName query, AnalysedName listed) {
    List<String> aside = new ArrayList<>();
    for (String w : query.setAside()) {
      if (!aside.contains(w)) {
        aside.add(w);
      }
    }
    for (String w : listed.setAside()) {
      if (!aside.contains(w)) {
        aside.add(w);
      }
    }
    String core = listed.spell(listed.coreText());
    if (aside.isEmpty()) {
      return "the same name " + core;
    }
    return "the same name " + core + " once " + String.join(", ", aside) + " are set aside";
  }

  private static void containment(
      AnalysedName query,
      AnalysedName listed,
      int[] q,
      int[] l,
      int[] qt,
      int[] lt,
      Features features) {
    int[] shorter = q.length <= l.length ? q : l;
    int[] longer = q.length <= l.length ? l : q;
    if (shorter.length < 3 || shorter.length == longer.length) {
      return;
    }
    double coverage = (double) shorter.length / longer.length;
    // a short name is the head of the trade name (老杨家腊排骨 of 老杨家腊排骨火锅); a tail is
    // usually a generic description (腊排骨火锅)
    if (coverage < 0.5 || !startsWith(longer, shorter)) {
      return;
    }
    boolean queryShorter = shorter == q;
    features.add(
        SHORT,
        round(0.8 + 0.1 * coverage),
        () ->
            queryShorter
                ? "the short name "
                    + query.spell(qt)
                    + " is the head of the listed name "
                    + listed.spell(lt)
                : "the listed name " + listed.spell(lt) + " is the head of " + query.spell(qt));
  }

  private static boolean startsWith(int[] longer, int[] head) {
    for (int i = 0; i < head.length; i++) {
      if (longer[i] != head[i]) {
        return false;
      }
    }
    return true;
  }

  private static boolean hasLatin(int[] text) {
    for (int t : text) {
      if (t < 0) {
        return true;
      }
    }
    return false;
  }

  private static boolean hasHan(int[] text) {
    for (int t : text) {
      if (t >= 0) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether two names sound the same: the same syllables, or, where pinyin or foreign words are
   * involved, the same letters once spaces are set aside (xian and xi an, GoodTime and Good Time).
   */
  private static boolean sameSound(
      AnalysedName query, int[] a, AnalysedName listed, int[] b, boolean latin) {
    if (Arrays.equals(a, b)) {
      return true;
    }
    if (!latin) {
      return false;
    }
    return query.spellings().joined(a).equals(listed.spellings().joined(b));
  }

  /** Dice coefficient of two multisets: 1 when they hold the same units, in any order. */
  static double multisetDice(int[] a, int[] b) {
    if (a.length == 0 || b.length == 0) {
      return 0;
    }
    int[] x = a.clone();
    int[] y = b.clone();
    Arrays.sort(x);
    Arrays.sort(y);
    int i = 0;
    int j = 0;
    int common = 0;
    while (i < x.length && j < y.length) {
      if (x[i] == y[j]) {
        common++;
        i++;
        j++;
      } else if (x[i] < y[j]) {
        i++;
      } else {
        j++;
      }
    }
    return 2.0 * common / (x.length + y.length);
  }

  /**
   * 1 minus the Levenshtein distance over the longer length, where a unit costs nothing when it is
   * the same character or a pinyin syllable that spells it, a quarter when it is a homophone, and
   * two when a number differs.
   */
  static double editSimilarity(int[] at, int[] ak, int[] bt, int[] bk) {
    int n = at.length;
    int m = bt.length;
    if (n == 0 || m == 0) {
      return 0;
    }
    double[] previous = new double[m + 1];
    double[] current = new double[m + 1];
    for (int j = 0; j <= m; j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= n; i++) {
      current[0] = i;
      for (int j = 1; j <= m; j++) {
        double cost = substitution(at[i - 1], ak[i - 1], bt[j - 1], bk[j - 1]);
        current[j] =
            Math.min(Math.min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
      }
      double[] swap = previous;
      previous = current;
      current = swap;
    }
    return Math.max(0, 1 - previous[m] / Math.max(n, m));
  }

  private static double substitution(int at, int ak, int bt, int bk) {
    if (at == bt) {
      return 0;
    }
    if (ak == bk) {
      return at < 0 || bt < 0 ? 0 : HOMOPHONE_COST;
    }
    if (isNumber(at) || isNumber(bt)) {
      return NUMBER_COST;
    }
    return 1;
  }

  private static boolean isNumber(int text) {
    return text < 0 && Vocabulary.isNumber(-text - 1);
  }

  static double round(double score) {
    return Math.round(score * 1000) / 1000.0;
  }
}
