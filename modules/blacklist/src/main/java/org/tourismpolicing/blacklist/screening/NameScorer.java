package org.tourismpolicing.blacklist.screening;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.tourismpolicing.blacklist.screening.ScreeningHit.MatchedFeature;

/**
 * Compares a queried name with a listed one and says why they match. Each feature has its own
 * score; the comparison's score is the best of them. Business names are compared by their trade
 * names (affixes set aside), person names whole and more strictly: a person's name is two or three
 * characters, so one character more or less is another person, and only the same name in another
 * script, spelling or order counts.
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

  private static final double OUT_OF_PLACE = 0.1;

  /** The result of one comparison: its score and the features behind it, best first. */
  record Comparison(double score, List<MatchedFeature> features) {}

  private final NameAnalyser analyser;

  NameScorer(NameAnalyser analyser) {
    this.analyser = analyser;
  }

  Comparison compare(AnalysedName query, AnalysedName listed, boolean person) {
    List<MatchedFeature> features = new ArrayList<>();
    if (query.isEmpty() || listed.isEmpty()) {
      return new Comparison(0, features);
    }
    if (Arrays.equals(query.text(), listed.text())) {
      features.add(
          new MatchedFeature(NORMALISED_EXACT, EXACT_SCORE, exactExplanation(query, listed)));
      return new Comparison(EXACT_SCORE, features);
    }
    int[] qt = person ? query.text() : query.coreText();
    int[] qk = person ? query.key() : query.coreKey();
    int[] lt = person ? listed.text() : listed.coreText();
    int[] lk = person ? listed.key() : listed.coreKey();
    String qSpelt = NameAnalyser.spell(qt, 0, qt.length);
    String lSpelt = NameAnalyser.spell(lt, 0, lt.length);

    if (!person && Arrays.equals(qt, lt)) {
      features.add(new MatchedFeature(CORE_EXACT, CORE_SCORE, coreExplanation(query, listed)));
    }
    if (!Arrays.equals(qt, lt) && joinedSound(qk).equals(joinedSound(lk))) {
      boolean spelled = hasLatin(qt) || hasLatin(lt);
      double score = spelled ? SPELLED_SCORE : person ? PERSON_HOMOPHONE_SCORE : HOMOPHONE_SCORE;
      if (spelled && person) {
        score = ORDER_SCORE;
      }
      String sound = NameAnalyser.sound(lk, 0, lk.length);
      String explanation =
          spelled && !hasHan(qt) && !hasHan(lt)
              ? "the same spelling once spaces are set aside: " + qSpelt + " / " + lSpelt
              : spelled
                  ? "the pinyin \"" + sound + "\" spells the listed name " + lSpelt
                  : "sounds the same ("
                      + sound
                      + ") but is written "
                      + qSpelt
                      + " instead of "
                      + lSpelt;
      features.add(new MatchedFeature(PINYIN, score, explanation));
    }
    int[] qs = comparable(qt, qk, lt);
    int[] ls = comparable(lt, lk, qt);
    double overlap = multisetDice(qs, ls);
    int longest = Math.max(qt.length, lt.length);
    boolean sameOrder = Arrays.equals(qs, ls);
    if (overlap == 1.0 && !sameOrder) {
      boolean latin = hasLatin(qt) || hasLatin(lt);
      if (person && latin) {
        features.add(
            new MatchedFeature(
                ORDER, PERSON_ORDER_SCORE, "the same names in another order: " + qSpelt));
      } else if (!person && longest >= 3) {
        features.add(
            new MatchedFeature(
                ORDER,
                ORDER_SCORE,
                "the same "
                    + (latin ? "syllables" : "characters")
                    + " in another order: "
                    + qSpelt
                    + " / "
                    + lSpelt));
      }
    }
    if (!person) {
      MatchedFeature contained = containment(qs, ls, qSpelt, lSpelt);
      if (contained != null) {
        features.add(contained);
      }
    }
    double edit = editSimilarity(qt, qk, lt, lk);
    // shared characters out of place are weaker evidence than characters in place
    double similarity = Math.max(edit, overlap - OUT_OF_PLACE);
    if (similarity < 1.0) {
      boolean nearIdentical =
          (similarity >= 0.75 && longest >= 4) || (similarity >= 0.9 && longest >= 3);
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
            new MatchedFeature(
                SIMILAR,
                round(score),
                (nearIdentical && !person ? "near-identical" : "similar")
                    + " names "
                    + qSpelt
                    + " / "
                    + lSpelt
                    + String.format(
                        java.util.Locale.ROOT,
                        " (%.0f%% alike%s)",
                        100 * similarity,
                        overlap - OUT_OF_PLACE > edit ? ", in any order" : "")));
      }
    }
    features.sort(Comparator.comparingDouble(MatchedFeature::score).reversed());
    double best = features.isEmpty() ? 0 : features.get(0).score();
    if (!person
        && query.trades() != 0
        && listed.trades() != 0
        && (query.trades() & listed.trades()) == 0
        && best > TRADE_CONFLICT_CAP) {
      best = TRADE_CONFLICT_CAP;
      features.add(
          new MatchedFeature(
              TRADE_DIFFERS,
              0,
              "but a different trade: "
                  + String.join(", ", analyser.tradeNames(query.trades()))
                  + " against "
                  + String.join(", ", analyser.tradeNames(listed.trades()))
                  + "; score held at "
                  + TRADE_CONFLICT_CAP));
    }
    return new Comparison(best, List.copyOf(features));
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
    String core = NameAnalyser.spell(listed.coreText(), 0, listed.coreText().length);
    if (aside.isEmpty()) {
      return "the same name " + core;
    }
    return "the same name " + core + " once " + String.join(", ", aside) + " are set aside";
  }

  private static MatchedFeature containment(int[] q, int[] l, String qSpelt, String lSpelt) {
    int[] shorter = q.length <= l.length ? q : l;
    int[] longer = q.length <= l.length ? l : q;
    if (shorter.length < 3 || shorter.length == longer.length) {
      return null;
    }
    double coverage = (double) shorter.length / longer.length;
    // a short name is the head of the trade name (老杨家腊排骨 of 老杨家腊排骨火锅); a tail is
    // usually a generic description (腊排骨火锅)
    if (coverage < 0.5 || !startsWith(longer, shorter)) {
      return null;
    }
    String explanation =
        (shorter == q
            ? "the short name " + qSpelt + " is part of the listed name " + lSpelt
            : "the listed name " + lSpelt + " is part of " + qSpelt);
    return new MatchedFeature(SHORT, round(0.8 + 0.1 * coverage), explanation);
  }

  private static boolean startsWith(int[] longer, int[] head) {
    for (int i = 0; i < head.length; i++) {
      if (longer[i] != head[i]) {
        return false;
      }
    }
    return true;
  }

  /**
   * What two cores are compared by when order and parts matter: their characters when both are
   * written in Han, their sounds when either is pinyin or a foreign word.
   */
  private static int[] comparable(int[] text, int[] key, int[] otherText) {
    return hasLatin(text) || hasLatin(otherText) ? key : text;
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

  private static String joinedSound(int[] key) {
    StringBuilder out = new StringBuilder();
    for (int k : key) {
      out.append(NameAnalyser.VOCABULARY.word(k));
    }
    return out.toString();
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
   * the same character or a pinyin syllable that spells it, and a quarter when it is a homophone.
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
    return 1 - previous[m] / Math.max(n, m);
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
    return text < 0 && Character.isDigit(NameAnalyser.VOCABULARY.word(-text - 1).charAt(0));
  }

  static double round(double score) {
    return Math.round(score * 1000) / 1000.0;
  }
}
