package org.tourismpolicing.blacklist.screening;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.text.Normalizer2;
import com.ibm.icu.text.Transliterator;
import com.ibm.icu.text.UnicodeSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns a name into an {@link AnalysedName}. Every step is ICU's: NFKC with case folding
 * (full-width letters and digits become ASCII, {@code Ａ} and {@code a} are the same), {@code
 * Traditional-Simplified}, letters and digits told from punctuation, symbols and spaces by their
 * Unicode properties, {@code Han-Latin} and {@code Latin-ASCII} for pinyin. Then the affixes of
 * {@link NameAffixes} are set aside: whole segments (between punctuation or spaces) made only of
 * affixes, places at the start, and places, legal forms and trades at the end, as long as something
 * remains.
 *
 * <p>Thread-safe: ICU transliterators are not, so each thread keeps its own.
 */
final class NameAnalyser {

  /**
   * The words of this server's names, shared by all its indexes; seeded with every pinyin reading,
   * so that Han characters never add a word.
   */
  static final Vocabulary VOCABULARY =
      new Vocabulary(Vocabulary.DEFAULT_CAPACITY, Pinyin.instance().readings());

  private final Vocabulary vocabulary;

  private static final Normalizer2 NFKC_CASEFOLD = Normalizer2.getNFKCCasefoldInstance();
  private static final ThreadLocal<Transliterator> TRADITIONAL_SIMPLIFIED =
      ThreadLocal.withInitial(() -> Transliterator.getInstance("Traditional-Simplified"));
  private static final ThreadLocal<Transliterator> LATIN_ASCII =
      ThreadLocal.withInitial(() -> Transliterator.getInstance("Latin-ASCII"));

  /** The characters Traditional-Simplified may change: a name without any is left alone, fast. */
  private static final UnicodeSet TRADITIONAL =
      Transliterator.getInstance("Traditional-Simplified").getSourceSet().freeze();

  private final Pinyin pinyin = Pinyin.instance();

  /** Affixes as unit sequences, longest first, so that 有限责任公司 wins over 公司. */
  private final List<CompiledAffix> affixes;

  private record CompiledAffix(NameAffixes.Affix affix, int[] text, int[] key, long tradeBit) {}

  /** A street's name before its street word has two to four characters (人民路, 环城南路). */
  static final int MIN_STREET_STEM = 2;

  static final int MAX_STREET_STEM = 4;

  /** A street is part of the trade name when setting it aside would leave less than this. */
  static final int MIN_CORE_AFTER_STREET = 2;

  /** Street words (路, 大道 …) and house-number words (号 …) as Han text, longest first. */
  private final int[][] streetWords;

  private final int[][] houseNumberWords;

  private final Map<String, Integer> tradeGroups = new HashMap<>();
  // affixes by the code point (Han) or vocabulary id (pinyin, words) of their first and last unit
  private CompiledAffix[][] byFirstText = new CompiledAffix[0][];
  private CompiledAffix[][] byFirstKey = new CompiledAffix[0][];
  private CompiledAffix[][] byLastText = new CompiledAffix[0][];
  private CompiledAffix[][] byLastKey = new CompiledAffix[0][];
  // words the vocabulary does not hold have ids too large for a table
  private final Map<Integer, CompiledAffix[]> byFirstOtherKey = new HashMap<>();
  private final Map<Integer, CompiledAffix[]> byLastOtherKey = new HashMap<>();

  NameAnalyser(NameAffixes nameAffixes) {
    this(nameAffixes, VOCABULARY);
  }

  NameAnalyser(NameAffixes nameAffixes, Vocabulary vocabulary) {
    this.vocabulary = vocabulary;
    List<CompiledAffix> compiled = new ArrayList<>();
    List<int[]> streets = new ArrayList<>();
    List<int[]> houseNumbers = new ArrayList<>();
    for (NameAffixes.Affix affix : nameAffixes.affixes()) {
      Units units = units(affix.word(), new Spellings(vocabulary, true));
      if (units.size() == 0) {
        continue;
      }
      if (affix.role() == NameAffixes.Role.STREET
          || affix.role() == NameAffixes.Role.HOUSE_NUMBER) {
        if (Arrays.stream(units.text()).allMatch(t -> t >= 0)) {
          (affix.role() == NameAffixes.Role.STREET ? streets : houseNumbers).add(units.text());
        }
        continue;
      }
      long bit = 0;
      if (affix.role() == NameAffixes.Role.TRADE
          && !NameAffixes.GENERAL_TRADE.equals(affix.trade())) {
        int group = tradeGroups.computeIfAbsent(affix.trade(), g -> tradeGroups.size());
        if (group < 64) {
          bit = 1L << group;
        }
      }
      compiled.add(new CompiledAffix(affix, units.text(), units.key(), bit));
    }
    Comparator<int[]> longestFirst = Comparator.comparingInt((int[] w) -> w.length).reversed();
    streets.sort(longestFirst);
    houseNumbers.sort(longestFirst);
    this.streetWords = streets.toArray(new int[0][]);
    this.houseNumberWords = houseNumbers.toArray(new int[0][]);
    compiled.sort(Comparator.comparingInt((CompiledAffix a) -> a.text().length).reversed());
    this.affixes = List.copyOf(compiled);
    for (CompiledAffix affix : affixes) {
      int last = affix.text().length - 1;
      byFirstText = append(byFirstText, affix.text()[0], affix);
      byLastText = append(byLastText, affix.text()[last], affix);
      if (Vocabulary.isOverflow(affix.key()[0])) {
        byFirstOtherKey.merge(affix.key()[0], new CompiledAffix[] {affix}, NameAnalyser::concat);
      } else {
        byFirstKey = append(byFirstKey, affix.key()[0], affix);
      }
      if (Vocabulary.isOverflow(affix.key()[last])) {
        byLastOtherKey.merge(affix.key()[last], new CompiledAffix[] {affix}, NameAnalyser::concat);
      } else {
        byLastKey = append(byLastKey, affix.key()[last], affix);
      }
    }
  }

  private static CompiledAffix[][] append(CompiledAffix[][] table, int unit, CompiledAffix affix) {
    if (unit < 0) {
      return table;
    }
    if (unit >= table.length) {
      table = Arrays.copyOf(table, Math.max(unit + 1, table.length * 2));
    }
    CompiledAffix[] known = table[unit];
    CompiledAffix[] grown =
        known == null ? new CompiledAffix[1] : Arrays.copyOf(known, known.length + 1);
    grown[grown.length - 1] = affix;
    table[unit] = grown;
    return table;
  }

  private static CompiledAffix[] concat(CompiledAffix[] known, CompiledAffix[] more) {
    CompiledAffix[] all = Arrays.copyOf(known, known.length + more.length);
    System.arraycopy(more, 0, all, known.length, more.length);
    return all;
  }

  private static final CompiledAffix[] NO_AFFIXES = new CompiledAffix[0];

  /**
   * The affixes that may start (or end) at a unit, longest first: a Han character by itself, a
   * pinyin syllable or word by its spelling.
   */
  private CompiledAffix[] affixesAt(int text, int key, boolean first) {
    CompiledAffix[][] table =
        text >= 0 ? (first ? byFirstText : byLastText) : (first ? byFirstKey : byLastKey);
    int unit = text >= 0 ? text : key;
    if (text < 0 && Vocabulary.isOverflow(key)) {
      CompiledAffix[] found = (first ? byFirstOtherKey : byLastOtherKey).get(key);
      return found == null ? NO_AFFIXES : found;
    }
    CompiledAffix[] found = unit < table.length ? table[unit] : null;
    return found == null ? NO_AFFIXES : found;
  }

  /** The trade group names of a bit set made by this analyser. */
  List<String> tradeNames(long bits) {
    List<String> names = new ArrayList<>();
    tradeGroups.forEach(
        (name, group) -> {
          if ((bits & (1L << group)) != 0) {
            names.add(name);
          }
        });
    return names;
  }

  /**
   * A queried name as units, with its core: affixes set aside unless {@code person}. Its words are
   * looked up, never added to the vocabulary.
   */
  AnalysedName analyse(String name, boolean person) {
    return analyse(name, person, true, false);
  }

  /**
   * The name as units, with its core; the words set aside are only spelled out when {@code
   * explain}, since ranking candidates needs no explanation. Only when {@code learn} (a listed name
   * being indexed) may its new words be added to the vocabulary.
   */
  AnalysedName analyse(String name, boolean person, boolean explain, boolean learn) {
    String raw = name == null ? "" : name;
    String normalised =
        NFKC_CASEFOLD.spanQuickCheckYes(raw) == raw.length() ? raw : NFKC_CASEFOLD.normalize(raw);
    String converted = simplify(normalised);
    boolean simplified = converted != normalised;
    normalised = converted;
    Units units = units(normalised, new Spellings(vocabulary, learn));
    int[] text = units.text();
    int[] key = units.key();
    if (person || text.length == 0) {
      return new AnalysedName(raw, text, key, text, key, List.of(), 0, simplified, units.spellings);
    }
    return setAside(raw, units, simplified, explain);
  }

  private AnalysedName setAside(String raw, Units units, boolean simplified, boolean explain) {
    List<String> setAside = explain ? new ArrayList<>() : null;
    long[] trades = {0};
    // whole segments that are only affixes: "客栈 风花雪月", "风花雪月(大理)"
    int segments = units.segmentCount();
    boolean[] dropped = new boolean[segments];
    int kept = 0;
    for (int s = 0; s < segments; s++) {
      // a first segment of trade words is part of the name (翡翠 in "feicui rensheng")
      dropped[s] =
          tiledByAffixes(
              units.text(), units.key(), units.segmentStart(s), units.segmentEnd(s), s > 0);
      kept += dropped[s] ? 0 : 1;
    }
    if (kept == 0) {
      Arrays.fill(dropped, false);
    }
    IntList coreText = new IntList();
    IntList coreKey = new IntList();
    for (int s = 0; s < segments; s++) {
      int from = units.segmentStart(s);
      int to = units.segmentEnd(s);
      if (dropped[s]) {
        collectAffixes(units, from, to, setAside, trades);
      } else {
        for (int i = from; i < to; i++) {
          coreText.add(units.text()[i]);
          coreKey.add(units.key()[i]);
        }
      }
    }
    int[] t = coreText.toArray();
    int[] k = coreKey.toArray();
    int asideBefore = setAside == null ? 0 : setAside.size();
    long tradesBefore = trades[0];
    int[] core = strip(t, k, true, units.spellings, setAside, trades);
    if (core[1] - core[0] < MIN_CORE_AFTER_STREET && core[2] != 0) {
      // a street that leaves less than a name (爱情街角咖啡) is part of the name
      if (setAside != null) {
        setAside.subList(asideBefore, setAside.size()).clear();
      }
      trades[0] = tradesBefore;
      core = strip(t, k, false, units.spellings, setAside, trades);
    }
    int start = core[0];
    int end = core[1];
    return new AnalysedName(
        raw,
        units.text(),
        units.key(),
        Arrays.copyOfRange(t, start, end),
        Arrays.copyOfRange(k, start, end),
        setAside == null ? List.of() : setAside,
        trades[0],
        simplified,
        units.spellings);
  }

  /**
   * Sets places (and streets, when {@code streets}) aside at the start of the core and places,
   * legal forms and trades at the end, as long as something remains: the core's start and end, and
   * 1 when a street was set aside.
   */
  private int[] strip(
      int[] t,
      int[] k,
      boolean streets,
      Spellings spellings,
      List<String> setAside,
      long[] trades) {
    int start = 0;
    int end = t.length;
    int street = 0;
    boolean changed = t.length > 0;
    while (changed) {
      changed = false;
      // a street before the trade name (人民路阿鹏客栈), unless it is the name (三月街88号客栈)
      int n = streets ? streetAt(t, k, start, end) : 0;
      if (n > 0 && end - start > n && !tiledByAffixes(t, k, start + n, end, true)) {
        if (setAside != null) {
          setAside.add(spellings.spell(t, start, start + n));
        }
        start += n;
        street = 1;
        changed = true;
      }
      for (CompiledAffix affix : affixesAt(t[start], k[start], true)) {
        int length = affix.text().length;
        if (affix.affix().role() == NameAffixes.Role.PLACE
            && end - start > length
            && matches(t, k, start, affix)) {
          if (setAside != null) {
            setAside.add(spellings.spell(t, start, start + length));
          }
          start += length;
          changed = true;
          break;
        }
      }
      for (CompiledAffix affix : affixesAt(t[end - 1], k[end - 1], false)) {
        int length = affix.text().length;
        // one trade per name: in 翡翠人生珠宝行 the 翡翠 left after 珠宝行 is the trade name's
        if (end - start > length
            && !(affix.tradeBit() != 0 && trades[0] != 0)
            && matches(t, k, end - length, affix)) {
          if (setAside != null) {
            setAside.add(spellings.spell(t, end - length, end));
          }
          trades[0] |= affix.tradeBit();
          end -= length;
          changed = true;
          break;
        }
      }
    }
    return new int[] {start, end, street};
  }

  /**
   * The length of the street at {@code from} (two to four Han characters and a street word, such as
   * 人民路 or 大理人民路, with the house number after it, as in 人民路88号) or of a house number alone (88号),
   * ending at most at {@code to}; 0 when there is none. Only Han script: the pinyin of 路, 街 or 号
   * (lu, jie, hao) spells many other characters.
   */
  private int streetAt(int[] t, int[] k, int from, int to) {
    int n = 0;
    for (int stem = 1; stem <= MAX_STREET_STEM && from + stem < to; stem++) {
      if (t[from + stem - 1] < 0) {
        break;
      }
      if (stem < MIN_STREET_STEM) {
        continue;
      }
      int word = wordAt(streetWords, t, from + stem, to);
      if (word > 0) {
        n = stem + word;
        break;
      }
    }
    int at = from + n;
    if (at < to && t[at] < 0 && Vocabulary.isNumber(k[at])) {
      int word = wordAt(houseNumberWords, t, at + 1, to);
      if (word > 0) {
        n += 1 + word;
      }
    }
    return n;
  }

  /** The length of the first of {@code words} (Han text, longest first) at {@code at}, or 0. */
  private static int wordAt(int[][] words, int[] t, int at, int to) {
    for (int[] word : words) {
      if (at + word.length <= to && Arrays.equals(t, at, at + word.length, word, 0, word.length)) {
        return word.length;
      }
    }
    return 0;
  }

  private boolean tiledByAffixes(int[] text, int[] key, int from, int to, boolean tradesToo) {
    if (from >= to) {
      return false;
    }
    boolean[] reachable = new boolean[to - from + 1];
    reachable[0] = true;
    for (int i = 0; i < to - from; i++) {
      if (!reachable[i]) {
        continue;
      }
      int street = streetAt(text, key, from + i, to);
      if (street > 0) {
        reachable[i + street] = true;
      }
      for (CompiledAffix affix : affixesAt(text[from + i], key[from + i], true)) {
        int n = affix.text().length;
        if ((tradesToo || affix.affix().role() != NameAffixes.Role.TRADE)
            && i + n <= to - from
            && matches(text, key, from + i, affix)) {
          reachable[i + n] = true;
        }
      }
    }
    return reachable[to - from];
  }

  private void collectAffixes(Units units, int from, int to, List<String> setAside, long[] trades) {
    int[] text = units.text();
    int[] key = units.key();
    int i = from;
    while (i < to) {
      int n = streetAt(text, key, i, to);
      if (n == 0 || tiledByAffixes(text, key, i + n, to, true) != (i + n < to)) {
        n = 0;
        for (CompiledAffix affix : affixesAt(text[i], key[i], true)) {
          int length = affix.text().length;
          if (i + length <= to
              && matches(text, key, i, affix)
              && tiledByAffixes(text, key, i + length, to, true) == (i + length < to)) {
            trades[0] |= affix.tradeBit();
            n = length;
            break;
          }
        }
      }
      if (n == 0) {
        if (setAside != null) {
          setAside.add(units.spellings.spell(text, i, to));
        }
        return;
      }
      if (setAside != null) {
        setAside.add(units.spellings.spell(text, i, i + n));
      }
      i += n;
    }
  }

  /**
   * Whether the affix stands at {@code at}: a Han character must be the same character; pinyin or a
   * foreign word matches by its spelling, so {@code dali} is the place 大理 and {@code kezhan} the
   * trade 客栈.
   */
  private static boolean matches(int[] text, int[] key, int at, CompiledAffix affix) {
    int[] at2 = affix.text();
    if (at + at2.length > text.length) {
      return false;
    }
    for (int i = 0; i < at2.length; i++) {
      int t = text[at + i];
      if (t != at2[i] && !(t < 0 && key[at + i] == affix.key()[i])) {
        return false;
      }
    }
    return true;
  }

  /** Splits normalised text into units and segments. */
  private Units units(String normalised, Spellings spellings) {
    Units units = new Units(spellings);
    StringBuilder word = new StringBuilder();
    int i = 0;
    while (i < normalised.length()) {
      int cp = normalised.codePointAt(i);
      i += Character.charCount(cp);
      if (cp <= 0xFFFF ? (FLAGS[cp] & HAN_FLAG) != 0 : Pinyin.HAN.contains(cp)) {
        flushWord(word, units);
        units.add(cp, keyOf(cp, spellings));
      } else if (UCharacter.isLetterOrDigit(cp)
          || UCharacter.getType(cp) == UCharacter.NON_SPACING_MARK) {
        word.appendCodePoint(cp);
      } else {
        flushWord(word, units);
        units.endSegment();
      }
    }
    flushWord(word, units);
    units.endSegment();
    return units;
  }

  /**
   * What Traditional-Simplified makes of each BMP character, asked of ICU once per character: 0 not
   * asked yet, {@code SAME} unchanged, {@code CONTEXT} more than one character (then the whole name
   * goes through the transliterator), else the simplified character.
   */
  private static final char[] SIMPLIFIED = new char[0x10000];

  private static final char SAME = '\uFFFF';

  /** Per BMP character: whether it is Han, whether Traditional-Simplified may change it. */
  private static final byte[] FLAGS = new byte[0x10000];

  private static final byte HAN_FLAG = 1;
  private static final byte TRADITIONAL_FLAG = 2;

  static {
    // surrogates stay 0: a supplementary character is looked up in the sets themselves
    flag(Pinyin.HAN, HAN_FLAG);
    flag(TRADITIONAL, TRADITIONAL_FLAG);
  }

  private static void flag(UnicodeSet set, byte flag) {
    for (int r = 0; r < set.getRangeCount(); r++) {
      for (int cp = set.getRangeStart(r); cp <= set.getRangeEnd(r) && cp <= 0xFFFF; cp++) {
        FLAGS[cp] |= flag;
      }
    }
  }

  private static final char CONTEXT = '\uFFFE';

  /** The name with traditional characters made simplified; the same instance when none are. */
  private static String simplify(String s) {
    char[] out = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if ((FLAGS[c] & TRADITIONAL_FLAG) == 0) {
        continue;
      }
      char mapped = SIMPLIFIED[c];
      if (mapped == 0) {
        String one = TRADITIONAL_SIMPLIFIED.get().transliterate(String.valueOf(c));
        mapped = one.length() != 1 ? CONTEXT : one.charAt(0) == c ? SAME : one.charAt(0);
        // a char write is atomic; a racing thread computes the same value
        SIMPLIFIED[c] = mapped;
      }
      if (mapped == CONTEXT) {
        String whole = TRADITIONAL_SIMPLIFIED.get().transliterate(s);
        return whole.equals(s) ? s : whole;
      }
      if (mapped != SAME) {
        if (out == null) {
          out = s.toCharArray();
        }
        out[i] = mapped;
      }
    }
    return out == null ? s : new String(out);
  }

  /** The id of a Han character's pinyin, or of the character itself when it has none. */
  private int keyOf(int cp, Spellings spellings) {
    if (cp <= 0xFFFF) {
      int known = vocabulary.hanKey((char) cp);
      if (known >= 0) {
        return known;
      }
    }
    String reading = pinyin.of(cp);
    int id = spellings.id(reading.isEmpty() ? new String(Character.toChars(cp)) : reading);
    // only held words are cached: a query's word may be held later under another id
    if (cp <= 0xFFFF && !Vocabulary.isOverflow(id)) {
      vocabulary.cacheHanKey((char) cp, id);
    }
    return id;
  }

  private void flushWord(StringBuilder word, Units units) {
    if (word.length() == 0) {
      return;
    }
    String w = word.toString();
    word.setLength(0);
    if (!isAscii(w)) {
      // tone marks of typed pinyin (fēng), accents of foreign names
      w = LATIN_ASCII.get().transliterate(w);
      w = NFKC_CASEFOLD.normalize(w);
    }
    if (isLowerAsciiLetters(w)) {
      String[] syllables = pinyin.split(w);
      if (syllables != null) {
        for (String syllable : syllables) {
          int id = units.spellings.id(syllable);
          units.add(-id - 1, id);
        }
        return;
      }
    }
    int id = units.spellings.id(w);
    units.add(-id - 1, id);
  }

  private static boolean isAscii(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) > 0x7F) {
        return false;
      }
    }
    return true;
  }

  private static boolean isLowerAsciiLetters(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < 'a' || c > 'z') {
        return false;
      }
    }
    return true;
  }

  /** Units being collected, with the start of each segment. */
  private static final class Units {
    final Spellings spellings;
    private final IntList text = new IntList();
    private final IntList key = new IntList();
    private final IntList segmentStarts = new IntList();
    private int segmentStart;

    Units(Spellings spellings) {
      this.spellings = spellings;
    }

    void add(int t, int k) {
      text.add(t);
      key.add(k);
    }

    void endSegment() {
      if (text.size() > segmentStart) {
        segmentStarts.add(segmentStart);
        segmentStart = text.size();
      }
    }

    int size() {
      return text.size();
    }

    // read only once all units are added
    private int[] textArray;
    private int[] keyArray;

    int[] text() {
      if (textArray == null) {
        textArray = text.toArray();
      }
      return textArray;
    }

    int[] key() {
      if (keyArray == null) {
        keyArray = key.toArray();
      }
      return keyArray;
    }

    int segmentCount() {
      return segmentStarts.size();
    }

    int segmentStart(int s) {
      return segmentStarts.get(s);
    }

    int segmentEnd(int s) {
      return s + 1 < segmentStarts.size() ? segmentStarts.get(s + 1) : text.size();
    }
  }
}
