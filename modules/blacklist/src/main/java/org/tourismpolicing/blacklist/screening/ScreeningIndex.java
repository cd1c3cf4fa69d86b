package org.tourismpolicing.blacklist.screening;

import com.ibm.icu.text.Normalizer2;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import org.tourismpolicing.blacklist.screening.ScreeningHit.MatchedFeature;

/**
 * The listed subjects of one scope (a tenant's own list, or one shared list), searchable by name
 * and identifiers. Safe for concurrent readers and writers.
 *
 * <p>A search never reads every subject. Each name is indexed by the pairs of neighbouring units of
 * its core (trade name): pairs of Han characters, and unordered pairs of their pinyin syllables, so
 * that pinyin queries and homophones meet the same lists; credit codes and ID-number hashes are
 * terms of their own. A query collects the subjects that share its terms, rarest terms first and
 * within a budget of postings, weighs them by the terms' rarity, and scores only the best of them
 * with {@link NameScorer}.
 */
public final class ScreeningIndex {

  /** How many candidates of the term overlap are scored in full, besides the query's limit. */
  static final int CANDIDATES = 64;

  /** The most postings one query reads; the rarest terms are read first. */
  static final int POSTING_BUDGET = 200_000;

  private static final long HAN_PAIR = 1L << 58;
  private static final long HAN_SINGLE = 2L << 58;
  private static final long SOUND_PAIR = 3L << 58;
  private static final long SOUND_SINGLE = 4L << 58;
  private static final long CREDIT_CODE = 5L << 58;
  private static final long ID_HASH = 6L << 58;
  private static final long JOINED_SOUND = 7L << 58;
  private static final long TAG_MASK = (1L << 58) - 1;

  private static final Normalizer2 NFKC_CASEFOLD = Normalizer2.getNFKCCasefoldInstance();

  private final NameAnalyser analyser;
  private final NameScorer scorer;
  private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
  private final TermPostings postings = new TermPostings();
  private final Map<UUID, Integer> slotOf = new HashMap<>();
  private final ArrayBlockingQueue<Accumulator> accumulators = new ArrayBlockingQueue<>(16);
  private ScreeningSubject[] subjects = new ScreeningSubject[1024];

  /** How many distinct terms each slot has: long names share more terms by chance. */
  private short[] termCounts = new short[1024];

  private int slots;
  private int live;

  /** An index with the default affixes of Yunnan's tourism trade ({@link NameAffixes#defaults}). */
  public ScreeningIndex() {
    this(NameAffixes.defaults());
  }

  /** An index with a jurisdiction's own places, legal forms and trade words. */
  public ScreeningIndex(NameAffixes affixes) {
    this.analyser = new NameAnalyser(affixes);
    this.scorer = new NameScorer(analyser);
  }

  /** Adds the subject, or replaces the one with the same entry id. */
  public void upsert(ScreeningSubject subject) {
    upsertAll(List.of(subject));
  }

  /** Adds or replaces many subjects under one lock: the way to load a list. */
  public void upsertAll(Collection<ScreeningSubject> batch) {
    List<long[]> termsOfEach = new ArrayList<>(batch.size());
    for (ScreeningSubject subject : batch) {
      validate(subject);
      termsOfEach.add(terms(subject));
    }
    lock.writeLock().lock();
    try {
      int i = 0;
      for (ScreeningSubject subject : batch) {
        long[] terms = termsOfEach.get(i++);
        Integer old = slotOf.remove(subject.entryId());
        if (old != null) {
          subjects[old] = null;
          live--;
        }
        int slot = slots++;
        if (slot == subjects.length) {
          subjects = Arrays.copyOf(subjects, slot * 2);
          termCounts = Arrays.copyOf(termCounts, slot * 2);
        }
        subjects[slot] = subject;
        termCounts[slot] = (short) Math.min(Short.MAX_VALUE, terms.length);
        slotOf.put(subject.entryId(), slot);
        live++;
        for (long term : terms) {
          postings.add(term, slot);
        }
      }
      compactIfSparse();
    } finally {
      lock.writeLock().unlock();
    }
  }

  /** Removes the subject of this entry, if present. */
  public void remove(UUID entryId) {
    Objects.requireNonNull(entryId, "entryId");
    lock.writeLock().lock();
    try {
      Integer slot = slotOf.remove(entryId);
      if (slot != null) {
        subjects[slot] = null;
        live--;
        compactIfSparse();
      }
    } finally {
      lock.writeLock().unlock();
    }
  }

  /** How many subjects the index holds. */
  public int size() {
    lock.readLock().lock();
    try {
      return live;
    } finally {
      lock.readLock().unlock();
    }
  }

  /** The hits of the query at or above its threshold, best first, at most its limit. */
  public List<ScreeningHit> search(ScreeningQuery query) {
    Objects.requireNonNull(query, "query");
    if (query.threshold() < 0 || query.threshold() > 1 || Double.isNaN(query.threshold())) {
      throw new IllegalArgumentException("threshold must be between 0 and 1");
    }
    if (query.limit() < 1) {
      throw new IllegalArgumentException("limit must be at least 1");
    }
    String code = creditCode(query.creditCode());
    String idHash = idHash(query.idNumberHash());
    String name = query.name() == null ? "" : query.name().strip();
    if (code == null && idHash == null && name.isEmpty()) {
      throw new IllegalArgumentException("a name, a credit code or an ID-number hash is needed");
    }
    AnalysedName analysed = name.isEmpty() ? null : analyser.analyse(name, false);
    long[] nameTerms = analysed == null ? new long[0] : queryTerms(analysed, query.kind());

    List<ScreeningHit> hits = new ArrayList<>();
    lock.readLock().lock();
    try {
      int[] candidates = candidates(code, idHash, nameTerms, query.limit());
      for (int slot : candidates) {
        ScreeningSubject subject = subjects[slot];
        if (subject == null || (query.kind() != null && subject.kind() != query.kind())) {
          continue;
        }
        ScreeningHit hit = score(subject, analysed, code, idHash);
        if (hit.score() >= query.threshold() && hit.score() > 0) {
          hits.add(hit);
        }
      }
    } finally {
      lock.readLock().unlock();
    }
    hits.sort(
        Comparator.comparingDouble(ScreeningHit::score)
            .reversed()
            .thenComparing(ScreeningHit::entryId));
    return hits.size() > query.limit() ? List.copyOf(hits.subList(0, query.limit())) : hits;
  }

  private ScreeningHit score(
      ScreeningSubject subject, AnalysedName query, String code, String idHash) {
    List<MatchedFeature> features = new ArrayList<>();
    double best = 0;
    if (code != null && code.equals(creditCode(subject.creditCode()))) {
      features.add(
          new MatchedFeature("credit-code-exact", 1.0, "the same unified social credit code"));
      best = 1.0;
    }
    if (idHash != null && idHash.equals(idHash(subject.idNumberHash()))) {
      features.add(new MatchedFeature("id-number-exact", 1.0, "the same resident ID number"));
      best = 1.0;
    }
    if (query != null) {
      boolean person = subject.kind() == SubjectKind.PERSON;
      NameScorer.Comparison bestName = null;
      String bestAlias = null;
      for (String listedName : namesOf(subject)) {
        NameScorer.Comparison c =
            scorer.compare(query, analyser.analyse(listedName, person), person);
        if (bestName == null || c.score() > bestName.score()) {
          bestName = c;
          bestAlias = listedName.equals(subject.name()) ? null : listedName;
        }
      }
      if (bestName != null && bestName.score() > 0) {
        features.addAll(bestName.features());
        if (bestAlias != null) {
          features.add(
              new MatchedFeature(
                  "alias", bestName.score(), "matched the listed other name " + bestAlias));
        }
        best = Math.max(best, bestName.score());
      }
    }
    if (code != null
        && subject.creditCode() != null
        && !code.equals(creditCode(subject.creditCode()))) {
      features.add(new MatchedFeature("credit-code-differs", 0, "the credit codes differ"));
    }
    return new ScreeningHit(subject.entryId(), NameScorer.round(best), List.copyOf(features));
  }

  /** The slots worth scoring: those with the query's identifiers, then the best name overlaps. */
  private int[] candidates(String code, String idHash, long[] nameTerms, int limit) {
    IntList chosen = new IntList();
    if (code != null) {
      addAll(chosen, CREDIT_CODE | (hash(code) & TAG_MASK));
    }
    if (idHash != null) {
      addAll(chosen, ID_HASH | (hash(idHash) & TAG_MASK));
    }
    if (nameTerms.length == 0 || live == 0) {
      return chosen.toArray();
    }
    Accumulator acc = accumulators.poll();
    if (acc == null || acc.weights.length < slots) {
      acc = new Accumulator(Math.max(slots, subjects.length));
    }
    try {
      // rarest terms first, within the budget; the rarest is always read
      long[] ordered = nameTerms.clone();
      int[] frequencies = new int[ordered.length];
      Integer[] order = new Integer[ordered.length];
      for (int i = 0; i < ordered.length; i++) {
        frequencies[i] = postings.frequency(ordered[i]);
        order[i] = i;
      }
      Arrays.sort(order, Comparator.comparingInt(i -> frequencies[i]));
      long read = 0;
      for (int i : order) {
        int df = frequencies[i];
        if (df == 0) {
          continue;
        }
        if (read > 0 && read + df > POSTING_BUDGET) {
          break;
        }
        read += df;
        float idf = (float) Math.log(1 + (double) slots / df);
        int[] list = postings.slots(ordered[i]);
        for (int p = 0; p < df; p++) {
          acc.add(list[p], idf);
        }
      }
      int want = CANDIDATES + limit;
      int[] top = acc.top(want, termCounts);
      for (int slot : top) {
        chosen.add(slot);
      }
    } finally {
      acc.clear();
      accumulators.offer(acc);
    }
    int[] all = chosen.toArray();
    Arrays.sort(all);
    int distinct = 0;
    for (int i = 0; i < all.length; i++) {
      if (i == 0 || all[i] != all[i - 1]) {
        all[distinct++] = all[i];
      }
    }
    return Arrays.copyOf(all, distinct);
  }

  private void addAll(IntList chosen, long term) {
    int[] list = postings.slots(term);
    int n = postings.frequency(term);
    for (int i = 0; i < n; i++) {
      chosen.add(list[i]);
    }
  }

  /** Per-slot sums of term weights for one query, cleared through the slots it touched. */
  private static final class Accumulator {
    final float[] weights;
    final IntList touched = new IntList(1024);

    Accumulator(int capacity) {
      weights = new float[capacity];
    }

    void add(int slot, float weight) {
      if (weights[slot] == 0) {
        touched.add(slot);
      }
      weights[slot] += weight;
    }

    /** The {@code want} touched slots with the highest weight per square root of their terms. */
    int[] top(int want, short[] termCounts) {
      int n = touched.size();
      if (n <= want) {
        return touched.toArray();
      }
      // a min-heap of the best `want` by rank
      int[] heap = new int[want];
      float[] rank = new float[want];
      int size = 0;
      for (int i = 0; i < n; i++) {
        int slot = touched.get(i);
        float r = weights[slot] / (float) Math.sqrt(Math.max(1, termCounts[slot]));
        if (size < want) {
          heap[size] = slot;
          rank[size] = r;
          siftUp(heap, rank, size++);
        } else if (r > rank[0]) {
          heap[0] = slot;
          rank[0] = r;
          siftDown(heap, rank, size);
        }
      }
      return Arrays.copyOf(heap, size);
    }

    private static void siftUp(int[] heap, float[] rank, int i) {
      while (i > 0) {
        int parent = (i - 1) / 2;
        if (rank[parent] <= rank[i]) {
          return;
        }
        swap(heap, rank, i, parent);
        i = parent;
      }
    }

    private static void siftDown(int[] heap, float[] rank, int size) {
      int i = 0;
      while (true) {
        int l = 2 * i + 1;
        int r = l + 1;
        int smallest = i;
        if (l < size && rank[l] < rank[smallest]) {
          smallest = l;
        }
        if (r < size && rank[r] < rank[smallest]) {
          smallest = r;
        }
        if (smallest == i) {
          return;
        }
        swap(heap, rank, i, smallest);
        i = smallest;
      }
    }

    private static void swap(int[] heap, float[] rank, int a, int b) {
      int h = heap[a];
      heap[a] = heap[b];
      heap[b] = h;
      float r = rank[a];
      rank[a] = rank[b];
      rank[b] = r;
    }

    void clear() {
      for (int i = 0; i < touched.size(); i++) {
        weights[touched.get(i)] = 0;
      }
      touched.clear();
    }
  }

  /** Drops the slots of removed or replaced subjects once they are a quarter of all slots. */
  private void compactIfSparse() {
    int dead = slots - live;
    if (dead < 1024 || dead * 4 < slots) {
      return;
    }
    int[] remap = new int[slots];
    int next = 0;
    for (int slot = 0; slot < slots; slot++) {
      if (subjects[slot] != null) {
        subjects[next] = subjects[slot];
        termCounts[next] = termCounts[slot];
        slotOf.put(subjects[next].entryId(), next);
        remap[slot] = next++;
      } else {
        remap[slot] = -1;
      }
    }
    Arrays.fill(subjects, next, slots, null);
    postings.remap(remap);
    slots = next;
    // accumulators sized for the old slots are still large enough
  }

  private long[] terms(ScreeningSubject subject) {
    boolean person = subject.kind() == SubjectKind.PERSON;
    LongSet out = new LongSet();
    for (String listedName : namesOf(subject)) {
      AnalysedName a = analyser.analyse(listedName, person);
      nameTerms(a.coreText(), a.coreKey(), out);
    }
    String code = creditCode(subject.creditCode());
    if (code != null) {
      out.add(CREDIT_CODE | (hash(code) & TAG_MASK));
    }
    String id = idHash(subject.idNumberHash());
    if (id != null) {
      out.add(ID_HASH | (hash(id) & TAG_MASK));
    }
    return out.toArray();
  }

  private static long[] queryTerms(AnalysedName name, SubjectKind kind) {
    LongSet out = new LongSet();
    if (kind != SubjectKind.PERSON) {
      nameTerms(name.coreText(), name.coreKey(), out);
    }
    if (kind != SubjectKind.BUSINESS) {
      nameTerms(name.text(), name.key(), out);
    }
    return out.toArray();
  }

  /**
   * Pairs of neighbouring Han characters, and unordered pairs of neighbouring sounds (so that
   * pinyin in another order, as in "Wei Zhang", still meets 张伟); a single unit stands for itself.
   */
  private static void nameTerms(int[] text, int[] key, LongSet out) {
    if (text.length == 0) {
      return;
    }
    // the whole sound, so that "Good Time" meets GoodTime and xian meets 西安 (xi an)
    StringBuilder joined = new StringBuilder();
    for (int k : key) {
      joined.append(NameAnalyser.VOCABULARY.word(k));
    }
    out.add(JOINED_SOUND | (hash(joined.toString()) & TAG_MASK));
    if (text.length == 1) {
      if (text[0] >= 0) {
        out.add(HAN_SINGLE | text[0]);
      }
      out.add(SOUND_SINGLE | key[0]);
      return;
    }
    for (int i = 0; i + 1 < text.length; i++) {
      if (text[i] >= 0 && text[i + 1] >= 0) {
        out.add(HAN_PAIR | ((long) text[i] << 21) | text[i + 1]);
      }
      long a = key[i];
      long b = key[i + 1];
      out.add(SOUND_PAIR | (Math.min(a, b) << 28) | Math.max(a, b));
    }
  }

  private static List<String> namesOf(ScreeningSubject subject) {
    if (subject.aliases() == null || subject.aliases().isEmpty()) {
      return List.of(subject.name());
    }
    List<String> names = new ArrayList<>(1 + subject.aliases().size());
    names.add(subject.name());
    for (String alias : subject.aliases()) {
      if (alias != null && !alias.isBlank()) {
        names.add(alias);
      }
    }
    return names;
  }

  private static void validate(ScreeningSubject subject) {
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(subject.entryId(), "entryId");
    Objects.requireNonNull(subject.kind(), "kind");
    if (subject.name() == null || subject.name().isBlank()) {
      throw new IllegalArgumentException("a listed subject needs a name");
    }
  }

  /** A credit code as compared: full-width and lower-case letters folded, separators dropped. */
  static String creditCode(String code) {
    if (code == null) {
      return null;
    }
    String folded = NFKC_CASEFOLD.normalize(code);
    StringBuilder out = new StringBuilder(folded.length());
    for (int i = 0; i < folded.length(); i++) {
      char c = folded.charAt(i);
      if ((c >= '0' && c <= '9') || (c >= 'a' && c <= 'z')) {
        out.append(Character.toUpperCase(c));
      }
    }
    return out.length() == 0 ? null : out.toString();
  }

  private static String idHash(String hash) {
    if (hash == null || hash.isBlank()) {
      return null;
    }
    return hash.strip().toLowerCase(java.util.Locale.ROOT);
  }

  /** 64-bit FNV-1a over the UTF-16 units; equality is checked after the lookup. */
  private static long hash(String s) {
    long h = 0xcbf29ce484222325L;
    for (int i = 0; i < s.length(); i++) {
      h ^= s.charAt(i);
      h *= 0x100000001b3L;
    }
    return h == 0 ? 1 : h;
  }
}
