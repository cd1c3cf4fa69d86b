package org.tourismpolicing.blacklist.screening;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The engine-level screening benchmark: a million generated subjects in one {@link ScreeningIndex},
 * then queries of every variant kind from concurrent threads, in this JVM, with no server. Run by
 * the module's {@code screening-benchmark} profile (not part of the build):
 *
 * <pre>
 * mvn -pl modules/blacklist -am -Pscreening-benchmark -DskipTests verify
 * </pre>
 *
 * Arguments: subjects, threads, measured seconds, and optionally the performance page whose part
 * between {@code screening-engine:begin} and {@code screening-engine:end} it rewrites.
 */
public final class ScreeningBenchmark {

  public static void main(String[] args) throws Exception {
    int count = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
    int threads = args.length > 1 ? Integer.parseInt(args[1]) : 2;
    int seconds = args.length > 2 ? Integer.parseInt(args[2]) : 20;
    Path page = args.length > 3 ? Path.of(args[3]) : null;

    long heapBefore = usedHeapAfterGc();
    GeneratedNames names = new GeneratedNames(20261128L);
    ScreeningIndex index = new ScreeningIndex();
    List<ScreeningSubject> sample = new ArrayList<>();
    long start = System.nanoTime();
    List<ScreeningSubject> batch = new ArrayList<>(10_000);
    for (int i = 0; i < count; i++) {
      ScreeningSubject s = names.subject();
      if (i % 50 == 0) {
        sample.add(s);
      }
      batch.add(s);
      if (batch.size() == 10_000) {
        index.upsertAll(batch);
        batch.clear();
      }
    }
    index.upsertAll(batch);
    batch.clear();
    double loadSeconds = (System.nanoTime() - start) / 1e9;
    long heapAfter = usedHeapAfterGc();
    // the sample is part of the heap measured; count its share out roughly
    long indexBytes = heapAfter - heapBefore - sample.size() * 200L;

    List<ScreeningQuery> queries = new ArrayList<>();
    List<ScreeningSubject> listedOf = new ArrayList<>();
    List<GeneratedNames.Variant> variantOf = new ArrayList<>();
    for (int i = 0; i < 50_000; i++) {
      ScreeningSubject listed = sample.get(i % sample.size());
      GeneratedNames.Variant variant = names.variant();
      if (listed.kind() == SubjectKind.PERSON
          && variant != GeneratedNames.Variant.EXACT
          && variant != GeneratedNames.Variant.TRADITIONAL
          && variant != GeneratedNames.Variant.PINYIN
          && variant != GeneratedNames.Variant.CREDIT_CODE) {
        // a person's name has no affixes to drop and is not screened for near-identical names
        variant = GeneratedNames.Variant.TRADITIONAL;
      }
      queries.add(names.query(listed, variant));
      listedOf.add(listed);
      variantOf.add(variant);
    }

    // how often the listed subject is found, per variant (warms the code up too)
    Map<GeneratedNames.Variant, int[]> found = new EnumMap<>(GeneratedNames.Variant.class);
    for (int i = 0; i < queries.size(); i++) {
      // a wide limit, so that names listed many times (张伟) do not hide the one asked about
      ScreeningQuery q = queries.get(i);
      List<ScreeningHit> hits =
          index.search(
              new ScreeningQuery(
                  q.kind(), q.name(), q.creditCode(), q.idNumberHash(), q.threshold(), 100));
      int[] c = found.computeIfAbsent(variantOf.get(i), v -> new int[3]);
      c[0]++;
      ScreeningSubject listed = listedOf.get(i);
      if (hits.stream().anyMatch(h -> h.entryId().equals(listed.entryId()))) {
        c[1]++;
      }
      c[2] += hits.size();
    }

    Run single = run(index, queries, 1, Math.max(5, seconds / 2));
    Run concurrent = run(index, queries, threads, seconds);

    StringBuilder out = new StringBuilder();
    out.append("<!-- screening-engine:begin -->\n")
        .append("_Written by `ScreeningBenchmark`; do not edit by hand._\n\n")
        .append("| | |\n|---|---|\n")
        .append(row("date (UTC)", Instant.now().truncatedTo(ChronoUnit.MINUTES).toString()))
        .append(
            row(
                "machine",
                Runtime.getRuntime().availableProcessors()
                    + " cores seen by the JVM, "
                    + System.getProperty("java.vm.name")
                    + " "
                    + System.getProperty("java.version")))
        .append(
            row(
                "JVM options",
                String.join(" ", ManagementFactory.getRuntimeMXBean().getInputArguments())))
        .append(
            row(
                "subjects",
                String.format(
                    Locale.ROOT,
                    "%,d generated (80 %% businesses, 20 %% persons; a fifth of the businesses with"
                        + " their short name as alias)",
                    index.size())))
        .append(
            row(
                "load (upsertAll in batches of 10 000)",
                String.format(Locale.ROOT, "%.1f s", loadSeconds)))
        .append(
            row(
                "heap held by the index (after GC)",
                String.format(
                    Locale.ROOT,
                    "%.0f MiB (%.0f bytes per subject); the index's own estimate %.0f MiB",
                    indexBytes / 1048576.0,
                    (double) indexBytes / index.size(),
                    index.heapBytes() / 1048576.0)))
        .append("\n| threads | queries | queries/s | p50 (ms) | p99 (ms) | max (ms) |\n")
        .append("|---:|---:|---:|---:|---:|---:|\n")
        .append(single.row())
        .append(concurrent.row())
        .append(
            "\n| query variant | queries | listed subject found (limit 100) | hits per query"
                + " (threshold 0.8) |\n")
        .append("|---|---:|---:|---:|\n");
    found.forEach(
        (variant, c) ->
            out.append(
                String.format(
                    Locale.ROOT,
                    "| %s | %d | %.1f %% | %.2f |\n",
                    variant.name().toLowerCase(Locale.ROOT).replace('_', ' '),
                    c[0],
                    100.0 * c[1] / c[0],
                    (double) c[2] / c[0])));
    out.append("<!-- screening-engine:end -->\n");
    System.out.println(out);
    if (page != null) {
      String text = Files.readString(page, StandardCharsets.UTF_8);
      int from = text.indexOf("<!-- screening-engine:begin -->");
      int to = text.indexOf("<!-- screening-engine:end -->");
      if (from < 0 || to < 0) {
        throw new IOException(page + " has no screening-engine:begin/end markers");
      }
      text =
          text.substring(0, from)
              + out
              + text.substring(to + "<!-- screening-engine:end -->\n".length());
      Files.writeString(page, text, StandardCharsets.UTF_8);
      System.out.println("figures written to " + page);
    }
  }

  private static String row(String name, String value) {
    return "| " + name + " | " + value + " |\n";
  }

  record Run(int threads, long queries, double seconds, long[] nanos) {
    String row() {
      Arrays.sort(nanos);
      return String.format(
          Locale.ROOT,
          "| %d | %,d | %,.0f | %.2f | %.2f | %.2f |\n",
          threads,
          queries,
          queries / seconds,
          percentile(0.50),
          percentile(0.99),
          nanos[nanos.length - 1] / 1e6);
    }

    double percentile(double p) {
      return nanos[Math.min(nanos.length - 1, (int) Math.ceil(p * nanos.length) - 1)] / 1e6;
    }
  }

  /** Each thread loops over the queries from its own offset for the given time. */
  static Run run(ScreeningIndex index, List<ScreeningQuery> queries, int threads, int seconds)
      throws InterruptedException {
    AtomicBoolean stop = new AtomicBoolean();
    long[][] latencies = new long[threads][];
    int[] counts = new int[threads];
    CountDownLatch done = new CountDownLatch(threads);
    for (int t = 0; t < threads; t++) {
      int thread = t;
      Thread worker =
          new Thread(
              () -> {
                long[] mine = new long[1 << 20];
                int n = 0;
                int i = thread * 7919;
                while (!stop.get()) {
                  ScreeningQuery q = queries.get(i++ % queries.size());
                  long t0 = System.nanoTime();
                  index.search(q);
                  long took = System.nanoTime() - t0;
                  if (n == mine.length) {
                    mine = Arrays.copyOf(mine, n * 2);
                  }
                  mine[n++] = took;
                }
                latencies[thread] = mine;
                counts[thread] = n;
                done.countDown();
              });
      worker.start();
    }
    long start = System.nanoTime();
    Thread.sleep(seconds * 1000L);
    stop.set(true);
    done.await();
    double elapsed = (System.nanoTime() - start) / 1e9;
    int total = Arrays.stream(counts).sum();
    long[] all = new long[total];
    int at = 0;
    for (int t = 0; t < threads; t++) {
      System.arraycopy(latencies[t], 0, all, at, counts[t]);
      at += counts[t];
    }
    return new Run(threads, total, elapsed, all);
  }

  private static long usedHeapAfterGc() throws InterruptedException {
    Runtime rt = Runtime.getRuntime();
    for (int i = 0; i < 4; i++) {
      System.gc();
      Thread.sleep(200);
    }
    return rt.totalMemory() - rt.freeMemory();
  }
}
