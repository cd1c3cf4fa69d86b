package org.tourismpolicing.blacklist.screening;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Recall and precision of screening on the hand-labelled name variants in {@code
 * screening/name-variants.tsv}: every listed name in one index, every query searched at the default
 * threshold, a pair counted as matched when its listed entry is among the hits. The floors are set
 * just under what the engine reaches, so a change that loses variants fails here.
 */
class LabelledVariantsTest {

  static final double RECALL_FLOOR = 0.99;
  static final double PRECISION_FLOOR = 0.99;

  record Pair(
      SubjectKind kind,
      String listed,
      String query,
      boolean expected,
      String variant,
      String set) {}

  static List<Pair> pairs() throws IOException {
    List<Pair> pairs = new ArrayList<>();
    try (BufferedReader in =
        new BufferedReader(
            new InputStreamReader(
                LabelledVariantsTest.class.getResourceAsStream("/screening/name-variants.tsv"),
                StandardCharsets.UTF_8))) {
      String line;
      boolean header = true;
      while ((line = in.readLine()) != null) {
        if (line.startsWith("#") || line.isBlank()) {
          continue;
        }
        if (header) {
          header = false;
          continue;
        }
        String[] f = line.split("\t", -1);
        pairs.add(
            new Pair(
                SubjectKind.valueOf(f[0].toUpperCase(Locale.ROOT)),
                f[1],
                f[2],
                f[3].equals("yes"),
                f[4],
                f[5]));
      }
    }
    return pairs;
  }

  @Test
  void recallAndPrecisionAtTheDefaultThresholdStayAboveTheirFloors() throws IOException {
    int[] all = evaluate(new ScreeningIndex(), true);

    assertThat(recall(all)).as("recall").isGreaterThanOrEqualTo(RECALL_FLOOR);
    assertThat(precision(all)).as("precision").isGreaterThanOrEqualTo(PRECISION_FLOOR);
  }

  /**
   * A vocabulary that holds no word at all, as the shared one is once full: every word compared by
   * the id of its spelling, with the same outcome on every pair.
   */
  @Test
  void beyondTheVocabularysCapacityEveryPairEndsTheSame() throws IOException {
    Vocabulary none = new Vocabulary(0, List.of());

    int[] full = evaluate(new ScreeningIndex(NameAffixes.defaults(), none), false);

    assertThat(none.size()).isZero();
    assertThat(full).containsExactly(evaluate(new ScreeningIndex(), false));
  }

  /** True and false positives, false and true negatives over all pairs; printed when asked. */
  static int[] evaluate(ScreeningIndex index, boolean print) throws IOException {
    List<Pair> pairs = pairs();
    Map<String, UUID> ids = new LinkedHashMap<>();
    for (Pair p : pairs) {
      ids.computeIfAbsent(
          p.kind() + p.listed(),
          k -> {
            UUID id = UUID.randomUUID();
            index.upsert(new ScreeningSubject(id, p.kind(), p.listed(), List.of(), null, null));
            return id;
          });
    }

    // true positives, false positives, false negatives, true negatives: overall and per set
    Map<String, int[]> confusion = new TreeMap<>();
    Map<String, int[]> byVariant = new TreeMap<>();
    List<String> wrong = new ArrayList<>();
    for (Pair p : pairs) {
      UUID id = ids.get(p.kind() + p.listed());
      List<ScreeningHit> hits =
          index.search(
              new ScreeningQuery(
                  null, p.query(), null, null, ScreeningQuery.DEFAULT_THRESHOLD, 10));
      ScreeningHit hit = hits.stream().filter(h -> h.entryId().equals(id)).findFirst().orElse(null);
      boolean matched = hit != null;
      int[] counts = byVariant.computeIfAbsent(p.kind() + " " + p.variant(), v -> new int[2]);
      counts[0]++;
      if (matched == p.expected()) {
        counts[1]++;
      } else {
        wrong.add(
            (p.expected() ? "missed " : "false hit ")
                + p.listed()
                + " <- "
                + p.query()
                + (hit != null ? " " + hit.score() + " " + hit.features() : ""));
      }
      int cell = matched ? (p.expected() ? 0 : 1) : (p.expected() ? 2 : 3);
      confusion.computeIfAbsent("all", k -> new int[4])[cell]++;
      confusion.computeIfAbsent(p.set(), k -> new int[4])[cell]++;
    }
    if (!print) {
      return confusion.get("all");
    }
    confusion.forEach(
        (set, c) ->
            System.out.printf(
                Locale.ROOT,
                "labelled variants, %s: %d pairs (%d should match, %d should not); recall %.3f,"
                    + " precision %.3f at threshold %.2f%n",
                set,
                c[0] + c[1] + c[2] + c[3],
                c[0] + c[2],
                c[1] + c[3],
                recall(c),
                precision(c),
                ScreeningQuery.DEFAULT_THRESHOLD));
    byVariant.forEach(
        (variant, c) ->
            System.out.printf(Locale.ROOT, "  %-32s %3d/%3d right%n", variant, c[1], c[0]));
    wrong.forEach(w -> System.out.println("  " + w));

    assertThat(pairs.size()).isGreaterThan(300);
    return confusion.get("all");
  }

  static double recall(int[] c) {
    return (double) c[0] / (c[0] + c[2]);
  }

  static double precision(int[] c) {
    return (double) c[0] / (c[0] + c[1]);
  }
}
