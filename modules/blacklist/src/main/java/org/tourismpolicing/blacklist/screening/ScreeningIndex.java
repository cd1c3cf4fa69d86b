package org.tourismpolicing.blacklist.screening;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import org.tourismpolicing.blacklist.screening.ScreeningHit.MatchedFeature;
import org.tourismpolicing.core.identifiers.IdentifierText;

/**
 * The listed subjects of one scope (a tenant's own list, or one shared list), searchable by name
 * and identifiers. Safe for concurrent readers and writers.
 *
 * <p>A search never reads every subject. Each name is indexed by the pairs of neighbouring units of
 * its core (trade name): pairs of Han characters, and unordered pairs of their pinyin syllables, so
 * that pinyin queries and homophones meet the same lists; credit codes and ID-number hashes have
 * tables of their own. A query collects the subjects that share its terms, rarest terms first and
 * within a budget of postings, weighs them by the terms' rarity, and scores only the best of them
 * with {@link NameScorer}.
 */
public final class ScreeningIndex {

  /** How many candidates of the term overlap are scored in full, besides the query's limit. */
  static final int CANDIDATES = 32;

  /** The most postings one query reads; the rarest terms are read first. */
  static final int POSTING_BUDGET = 50_000;

  private static final int MAX_POOLED = 8;

  /**
   * A candidate shares at least this part of the query's term weight: a name with one character
   * changed keeps a third of its pairs, a name that shares only one common word far less.
   */
  static final float MIN_SHARE = 0.15f;

  private static final long HAN_PAIR = 1L << 58;
  private static final long HAN_SINGLE = 2L << 58;
  private static final long SOUND_PAIR = 3L << 58;
  private static final long SOUND_SINGLE = 4L << 58;
  private static final long JOINED_SOUND = 7L << 58;
  private static final long TAG_MASK = (1L << 58) - 1;

  private final NameAnalyser analyser;
  private final NameScorer scorer;
  private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
  private final TermPostings postings = new TermPostings();

  /** Accumulators for queries to reuse; more are made when many queries run at once. */
  private final ConcurrentLinkedQueue<Accumulator> accumulators = new ConcurrentLinkedQueue<>();

  private final AtomicInteger pooled = new AtomicInteger();
  // one entry per slot; a removed subject's slot has kind 0 until compaction
  private long[] idHigh = new long[1024];
  private long[] idLow = new long[1024];
  private byte[] kinds = new byte[1024];
  private long[] codeHashes = new long[1024];
  private long[] idNumberHashes = new long[1024];
  private int[] nameAddresses = new int[1024];

  /** How many distinct terms each slot has: long names share more terms by chance. */
  private short[] termCounts = new short[1024];

  private NameStore names = new NameStore();
  private final SlotTable slotOf =
      new SlotTable(
          new SlotTable.Ids() {
            @Override
            public long high(int slot) {
              return idHigh[slot];
            }

            @Override
            public long low(int slot) {
              return idLow[slot];
            }
          });
  private final HashSlots byCreditCode = new HashSlots(slot -> codeHashes[slot]);
  private final HashSlots byIdNumber = new HashSlots(slot -> idNumberHashes[slot]);
  private int slots;
  private int live;

  private static final byte REMOVED = 0;

  /** An index with the default affixes of Yunnan's tourism trade ({@link NameAffixes#defaults}). */
  public ScreeningIndex() {
    this(NameAffixes.defaults());
  }

  /** An index with a jurisdiction's own places, legal forms and trade words. */
  public ScreeningIndex(NameAffixes affixes) {
    this(affixes, NameAnalyser.VOCABULARY);
  }

  /** An index with its own vocabulary, to see it work at and beyond the vocabulary's capacity. */
  ScreeningIndex(NameAffixes affixes, Vocabulary vocabulary) {
    this.analyser = new NameAnalyser(affixes, vocabulary);
    this.scorer = new NameScorer(analyser);
  }

  /** Adds the subject, or replaces the one with the same entry id. */
  public void upsert(ScreeningSubject subject) {
    upsertAll(List.of(subject));
  }

  /** What a subject becomes in the index, worked out before the lock is taken. */
  private record Prepared(
      long high, long low, byte kind, long code, long idNumber, String names, long[] terms) {}

  /** Adds or replaces many subjects under one lock: the way to load a list. */
  public void upsertAll(Collection<ScreeningSubject> batch) {
    List<Prepared> prepared = new ArrayList<>(batch.size());
    for (ScreeningSubject subject : batch) {
      validate(subject);
      String code = creditCode(subject.creditCode());
      String idNumber = idHash(subject.idNumberHash());
      prepared.add(
          new Prepared(
              subject.entryId().getMostSignificantBits(),
              subject.entryId().getLeastSignificantBits(),
              (byte) (subject.kind().ordinal() + 1),
              code == null ? 0 : hash(code),
              idNumber == null ? 0 : hash(idNumber),
              NameStore.pack(namesOf(subject)),
              terms(subject)));
    }
    lock.writeLock().lock();
    try {
      for (Prepared p : prepared) {
        int old = slotOf.get(p.high(), p.low());
        if (old >= 0) {
          forget(old);
        }
        int slot = slots++;
        if (slot == kinds.length) {
          grow(slot * 2);
        }
        idHigh[slot] = p.high();
        idLow[slot] = p.low();
        kinds[slot] = p.kind();
        codeHashes[slot] = p.code();
        idNumberHashes[slot] = p.idNumber();
        nameAddresses[slot] = names.add(p.names());
        termCounts[slot] = (short) Math.min(Short.MAX_VALUE, p.terms().length);
        slotOf.put(slot);
        byCreditCode.put(slot);
        byIdNumber.put(slot);
        live++;
        for (long term : p.terms()) {
          postings.add(term, slot);
        }
      }
      compactIfSparse();
    } finally {
      lock.writeLock().unlock();
    }
  }

  private void grow(int capacity) {
    idHigh = Arrays.copyOf(idHigh, capacity);
    idLow = Arrays.copyOf(idLow, capacity);
    kinds = Arrays.copyOf(kinds, capacity);
    codeHashes = Arrays.copyOf(codeHashes, capacity);
    idNumberHashes = Arrays.copyOf(idNumberHashes, capacity);
    nameAddresses = Arrays.copyOf(nameAddresses, capacity);
    termCounts = Arrays.copyOf(termCounts, capacity);
  }

  /** Removes the subject of this entry, if present. */
  public void remove(UUID entryId) {
    Objects.requireNonNull(entryId, "entryId");
    long high = entryId.getMostSignificantBits();
    long low = entryId.getLeastSignificantBits();
    lock.writeLock().lock();
    try {
      int slot = slotOf.get(high, low);
      if (slot >= 0) {
        forget(slot);
        compactIfSparse();
      }
    } finally {
      lock.writeLock().unlock();
    }
  }

  private void forget(int slot) {
    slotOf.remove(idHigh[slot], idLow[slot]);
    byCreditCode.remove(slot);
    byIdNumber.remove(slot);
    kinds[slot] = REMOVED;
    live--;
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

  /** Approximate heap bytes held by the index, for the benchmark and monitoring. */
  public long heapBytes() {
    lock.readLock().lock();
    try {
      return kinds.length * (8L + 8 + 1 + 8 + 8 + 4 + 2)
          + names.bytes()
          + slotOf.bytes()
          + byCreditCode.bytes()
          + byIdNumber.bytes()
          + postings.bytes();
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
    String idNumber = idHash(query.idNumberHash());
    String name = query.name() == null ? "" : query.name().strip();
    if (code == null && idNumber == null && name.isEmpty()) {
      throw new IllegalArgumentException("a name, a credit code or an ID-number hash is needed");
    }
    long codeHash = code == null ? 0 : hash(code);
    long idNumberHash = idNumber == null ? 0 : hash(idNumber);
    AnalysedName analysed = name.isEmpty() ? null : analyser.analyse(name, false);
    long[] nameTerms = analysed == null ? new long[0] : queryTerms(analysed, query.kind());
    byte wantedKind = query.kind() == null ? REMOVED : (byte) (query.kind().ordinal() + 1);

    List<ScreeningHit> hits = new ArrayList<>();
    lock.readLock().lock();
    try {
      int[] candidates = candidates(codeHash, idNumberHash, nameTerms, query.limit());
      for (int slot : candidates) {
        byte kind = kinds[slot];
        if (kind == REMOVED || (wantedKind != REMOVED && kind != wantedKind)) {
          continue;
        }
        ScreeningHit hit = score(slot, analysed, codeHash, idNumberHash, query.threshold());
        if (hit != null) {
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

  /** The slot's hit, or null when it scores below the threshold (or zero). */
  private ScreeningHit score(
      int slot, AnalysedName query, long codeHash, long idNumberHash, double threshold) {
    boolean codeSame = codeHash != 0 && codeHash == codeHashes[slot];
    boolean idNumberSame = idNumberHash != 0 && idNumberHash == idNumberHashes[slot];
    double best = codeSame || idNumberSame ? 1.0 : 0;
    AnalysedName bestListed = null;
    String bestAlias = null;
    boolean person = kinds[slot] == SubjectKind.PERSON.ordinal() + 1;
    if (query != null) {
      List<String> listedNames = names.names(nameAddresses[slot]);
      double bestName = 0;
      for (int i = 0; i < listedNames.size(); i++) {
        AnalysedName listed = analyser.analyse(listedNames.get(i), person, false, false);
        double s = scorer.score(query, listed, person);
        if (s > bestName) {
          bestName = s;
          bestListed = listed;
          bestAlias = i == 0 ? null : listedNames.get(i);
        }
      }
      best = Math.max(best, bestName);
    }
    best = NameScorer.round(best);
    if (best <= 0 || best < threshold) {
      return null;
    }
    List<MatchedFeature> features = new ArrayList<>();
    if (codeSame) {
      features.add(
          new MatchedFeature("credit-code-exact", 1.0, "the same unified social credit code"));
    }
    if (idNumberSame) {
      features.add(new MatchedFeature("id-number-exact", 1.0, "the same resident ID number"));
    }
    if (bestListed != null) {
      AnalysedName explained = analyser.analyse(bestListed.raw(), person, true, false);
      NameScorer.Comparison c = scorer.compare(query, explained, person);
      features.addAll(c.features());
      if (bestAlias != null) {
        features.add(
            new MatchedFeature("alias", c.score(), "matched the listed other name " + bestAlias));
      }
    }
    if (codeHash != 0 && codeHashes[slot] != 0 && !codeSame) {
      features.add(new MatchedFeature("credit-code-differs", 0, "the credit codes differ"));
    }
    UUID entryId = new UUID(idHigh[slot], idLow[slot]);
    return new ScreeningHit(entryId, best, List.copyOf(features));
  }

  /** The slots worth scoring: those with the query's identifiers, then the best name overlaps. */
  private int[] candidates(long codeHash, long idNumberHash, long[] nameTerms, int limit) {
    IntList chosen = new IntList();
    if (codeHash != 0) {
      byCreditCode.get(codeHash, chosen);
    }
    if (idNumberHash != 0) {
      byIdNumber.get(idNumberHash, chosen);
    }
    if (nameTerms.length == 0 || live == 0) {
      return chosen.toArray();
    }
    Accumulator acc = accumulators.poll();
    if (acc != null) {
      pooled.decrementAndGet();
    }
    if (acc == null || acc.weights.length < slots) {
      acc = new Accumulator(Math.max(slots, kinds.length));
    }
    try {
      // rarest terms first, within the budget; the rarest is always read
      int[] ids = new int[nameTerms.length];
      int[] frequencies = new int[nameTerms.length];
      int found = 0;
      for (long term : nameTerms) {
        int t = postings.find(term);
        if (t >= 0 && postings.frequency(t) > 0) {
          ids[found] = t;
          frequencies[found++] = postings.frequency(t);
        }
      }
      // rarest terms first, within the budget; the rarest is always read
      sortByFrequency(ids, frequencies, found);
      long read = 0;
      float total = 0;
      for (int i = 0; i < found; i++) {
        int df = frequencies[i];
        if (read > 0 && read + df > POSTING_BUDGET) {
          break;
        }
        read += df;
        float idf = (float) Math.log(1 + (double) slots / df);
        total += idf;
        int[] list = postings.list(ids[i]);
        if (list == null) {
          acc.add(postings.only(ids[i]), idf);
        } else {
          for (int p = 0; p < df; p++) {
            acc.add(list[p], idf);
          }
        }
      }
      int want = CANDIDATES + limit;
      int[] top = acc.top(want, termCounts, MIN_SHARE * total);
      for (int slot : top) {
        chosen.add(slot);
      }
    } finally {
      acc.clear();
      // keep a few, so that a burst of queries leaves no lasting garbage
      if (pooled.incrementAndGet() <= MAX_POOLED) {
        accumulators.offer(acc);
      } else {
        pooled.decrementAndGet();
      }
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

  /** Insertion sort of a query's few terms by their frequency. */
  private static void sortByFrequency(int[] ids, int[] frequencies, int n) {
    for (int i = 1; i < n; i++) {
      int id = ids[i];
      int f = frequencies[i];
      int j = i - 1;
      while (j >= 0 && frequencies[j] > f) {
        ids[j + 1] = ids[j];
        frequencies[j + 1] = frequencies[j];
        j--;
      }
      ids[j + 1] = id;
      frequencies[j + 1] = f;
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

    /**
     * The {@code want} touched slots with the highest weight per square root of their terms, among
     * those with at least {@code minWeight}.
     */
    int[] top(int want, short[] termCounts, float minWeight) {
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
        if (weights[slot] < minWeight) {
          continue;
        }
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
    NameStore packed = new NameStore();
    int next = 0;
    for (int slot = 0; slot < slots; slot++) {
      if (kinds[slot] == REMOVED) {
        remap[slot] = -1;
        continue;
      }
      idHigh[next] = idHigh[slot];
      idLow[next] = idLow[slot];
      kinds[next] = kinds[slot];
      codeHashes[next] = codeHashes[slot];
      idNumberHashes[next] = idNumberHashes[slot];
      nameAddresses[next] = packed.add(NameStore.pack(names.names(nameAddresses[slot])));
      termCounts[next] = termCounts[slot];
      remap[slot] = next++;
    }
    Arrays.fill(kinds, next, slots, REMOVED);
    names = packed;
    postings.remap(remap);
    slots = next;
    slotOf.rebuild(next);
    byCreditCode.rebuild(next);
    byIdNumber.rebuild(next);
  }

  private long[] terms(ScreeningSubject subject) {
    boolean person = subject.kind() == SubjectKind.PERSON;
    LongSet out = new LongSet();
    for (String listedName : namesOf(subject)) {
      // the one place where names teach the vocabulary words
      AnalysedName a = analyser.analyse(listedName, person, false, true);
      nameTerms(a.coreText(), a.coreKey(), a.spellings(), out);
    }
    return out.toArray();
  }

  private static long[] queryTerms(AnalysedName name, SubjectKind kind) {
    LongSet out = new LongSet();
    if (kind != SubjectKind.PERSON) {
      nameTerms(name.coreText(), name.coreKey(), name.spellings(), out);
    }
    if (kind != SubjectKind.BUSINESS) {
      nameTerms(name.text(), name.key(), name.spellings(), out);
    }
    return out.toArray();
  }

  /**
   * Pairs of neighbouring Han characters, and unordered pairs of neighbouring sounds (so that
   * pinyin in another order, as in "Wei Zhang", still meets 张伟); a single unit stands for itself.
   */
  private static void nameTerms(int[] text, int[] key, Spellings spellings, LongSet out) {
    if (text.length == 0) {
      return;
    }
    boolean latin = false;
    for (int t : text) {
      latin |= t < 0;
    }
    if (latin) {
      // the whole spelling, so that "Good Time" meets GoodTime
      out.add(JOINED_SOUND | (hash(spellings.joined(key)) & TAG_MASK));
    }
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

  /** A credit code as compared: read like every identifier, by core's {@link IdentifierText}. */
  static String creditCode(String code) {
    String compact = IdentifierText.compact(code);
    return compact.isEmpty() ? null : compact;
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
