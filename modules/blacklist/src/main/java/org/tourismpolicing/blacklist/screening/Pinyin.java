package org.tourismpolicing.blacklist.screening;

import com.ibm.icu.text.Transliterator;
import com.ibm.icu.text.UnicodeSet;
import com.ibm.icu.text.UnicodeSetIterator;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Toneless pinyin of Han characters, read from ICU's {@code Han-Latin} transliterator (one reading
 * per character, the one ICU gives first) and {@code Latin-ASCII} (tone marks and ü dropped: 旅 →
 * {@code lu}). The valid syllables come from the same source, so a pinyin spelling typed without
 * spaces ({@code fenghuaxueyue}) can be split into syllables without a hand-written table.
 *
 * <p>All Han characters of the Basic Multilingual Plane are transliterated once, in one call, when
 * the class is first used (under a second); rarer characters are looked up when first seen.
 */
final class Pinyin {

  /** Han letters: ideographs and the CJK compatibility forms that NFKC leaves. */
  static final UnicodeSet HAN = new UnicodeSet("[[:Script=Han:]&[:L:]]").freeze();

  private static final int LONGEST_SYLLABLE = 6;

  private final String[] bmp = new String[0x10000];
  private final ConcurrentHashMap<Integer, String> supplementary = new ConcurrentHashMap<>();
  private final Set<String> syllables;

  private static final class Holder {
    static final Pinyin INSTANCE = new Pinyin();
  }

  static Pinyin instance() {
    return Holder.INSTANCE;
  }

  private Pinyin() {
    StringBuilder chars = new StringBuilder(0x10000 * 2);
    int count = 0;
    for (UnicodeSetIterator it = new UnicodeSetIterator(HAN); it.next(); ) {
      if (it.codepoint != UnicodeSetIterator.IS_STRING && it.codepoint <= 0xFFFF) {
        chars.appendCodePoint(it.codepoint).append(' ');
        count++;
      }
    }
    // Separated by spaces, every character is read on its own, as later lookups read it.
    String[] readings = toAscii(latin().transliterate(chars.toString())).split(" ", -1);
    Set<String> valid = new HashSet<>();
    int index = 0;
    for (int i = 0; i < chars.length() && index < count; i += 2, index++) {
      String reading = readings[index];
      char c = chars.charAt(i);
      if (isSyllable(reading)) {
        bmp[c] = reading.intern();
        // single consonants (m, n, ng, hm) are interjections; they would split foreign words
        if (reading.length() > 1 || "aeo".contains(reading)) {
          if (reading.matches(".*[aeiouv].*")) {
            valid.add(reading);
          }
        }
      } else {
        bmp[c] = "";
      }
    }
    if (index != count) {
      throw new IllegalStateException("Han-Latin returned " + index + " readings for " + count);
    }
    syllables = Set.copyOf(valid);
  }

  private static Transliterator latin() {
    return Transliterator.getInstance("Han-Latin");
  }

  private static String toAscii(String latin) {
    return Transliterator.getInstance("Latin-ASCII").transliterate(latin);
  }

  private static boolean isSyllable(String s) {
    if (s.isEmpty() || s.length() > LONGEST_SYLLABLE) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < 'a' || c > 'z') {
        return false;
      }
    }
    return true;
  }

  /** Every reading of a BMP Han character, once each. */
  Set<String> readings() {
    Set<String> readings = new java.util.TreeSet<>();
    for (String reading : bmp) {
      if (reading != null && !reading.isEmpty()) {
        readings.add(reading);
      }
    }
    return readings;
  }

  /** The toneless pinyin of a Han character, or the empty string when ICU knows none. */
  String of(int codePoint) {
    if (codePoint <= 0xFFFF) {
      String known = bmp[codePoint];
      return known != null ? known : "";
    }
    return supplementary.computeIfAbsent(
        codePoint,
        cp -> {
          String reading;
          synchronized (Pinyin.class) {
            reading = toAscii(latin().transliterate(new String(Character.toChars(cp))));
          }
          return isSyllable(reading) ? reading : "";
        });
  }

  /**
   * Splits a lower-case ASCII word into pinyin syllables, as few as possible ({@code dali} → da li,
   * {@code xian} → xian), or returns null when the word is not pinyin. {@code v} stands for ü, as
   * on Chinese keyboards, and is read as {@code u} like ICU's toneless output.
   */
  String[] split(String word) {
    String w = word.replace('v', 'u');
    int n = w.length();
    if (n == 0) {
      return null;
    }
    int[] fewest = new int[n + 1];
    int[] previous = new int[n + 1];
    java.util.Arrays.fill(fewest, Integer.MAX_VALUE);
    fewest[0] = 0;
    for (int end = 1; end <= n; end++) {
      for (int start = Math.max(0, end - LONGEST_SYLLABLE); start < end; start++) {
        if (fewest[start] != Integer.MAX_VALUE
            && fewest[start] + 1 < fewest[end]
            && syllables.contains(w.substring(start, end))) {
          fewest[end] = fewest[start] + 1;
          previous[end] = start;
        }
      }
    }
    if (fewest[n] == Integer.MAX_VALUE) {
      return null;
    }
    String[] parts = new String[fewest[n]];
    for (int end = n, i = parts.length - 1; end > 0; end = previous[end], i--) {
      parts[i] = w.substring(previous[end], end);
    }
    return parts;
  }
}
