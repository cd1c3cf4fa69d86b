package org.tourismpolicing.blacklist.screening;

import java.util.Arrays;
import java.util.Collection;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Small ids for pinyin syllables and foreign words, so that names are compared as int arrays.
 *
 * <p>Only listed names and affix words teach it words ({@link #id}); a query only looks words up
 * ({@link #find}) and never adds one, so that no question, public lookups included, makes it grow.
 * It holds at most {@link #capacity()} words (by default {@value #DEFAULT_CAPACITY}, a few MB of
 * strings); ids are never reused or removed. A word it does not hold (a query's new word, or any
 * word once it is full) gets an id computed from its spelling, in a range of its own, so that the
 * same word has the same id in a query and in a listed name and two different words differ (up to a
 * hash collision, about one in 67 million). Numbers ({@code 88}, {@code 1983}) are never held: they
 * get such an id in a range of their own, which also says they are numbers. The spelling of a word
 * that is not held travels with the name that contains it ({@link Spellings}).
 */
final class Vocabulary {

  /** The words one server holds at most: listed names rarely bring more than a few thousand. */
  static final int DEFAULT_CAPACITY = 1 << 17;

  /** The first id of words not held: ids stay below 2^28 for the index's packed terms. */
  static final int OVERFLOW = 1 << 26;

  /** The first id of numbers, which are never held. */
  static final int NUMBERS = 1 << 27;

  private final int capacity;
  private final ConcurrentHashMap<String, Integer> ids = new ConcurrentHashMap<>();
  private volatile String[] words = new String[1024];
  private int next;

  /** Id + 1 of each BMP Han character's pinyin, filled as characters are first seen. */
  private final int[] hanKeys = new int[0x10000];

  Vocabulary(int capacity, Collection<String> seed) {
    if (capacity < 0 || capacity > OVERFLOW) {
      throw new IllegalArgumentException("capacity must be between 0 and " + OVERFLOW);
    }
    this.capacity = capacity;
    seed.forEach(this::id);
  }

  /** The id of a word of a listed name or affix, adding the word while there is room. */
  int id(String word) {
    if (isNumberWord(word)) {
      return numberId(word);
    }
    Integer known = ids.get(word);
    return known != null ? known : add(word);
  }

  /** The id of a word of a query: the held word's, else one computed from its spelling. */
  int find(String word) {
    if (isNumberWord(word)) {
      return numberId(word);
    }
    Integer known = ids.get(word);
    return known != null ? known : overflowId(word);
  }

  private synchronized int add(String word) {
    Integer known = ids.get(word);
    if (known != null) {
      return known;
    }
    if (next >= capacity) {
      return overflowId(word);
    }
    int id = next++;
    String[] current = words;
    if (id == current.length) {
      current = Arrays.copyOf(current, current.length * 2);
    }
    current[id] = word;
    // publish the array before the id, so a reader who sees the id finds the word
    words = current;
    ids.put(word, id);
    return id;
  }

  /** The held word of an id below {@link #OVERFLOW}. */
  String word(int id) {
    return words[id];
  }

  /** How many words are held. */
  int size() {
    return ids.size();
  }

  int capacity() {
    return capacity;
  }

  /** Whether the id is not of a held word: its spelling travels with its name. */
  static boolean isOverflow(int id) {
    return id >= OVERFLOW;
  }

  /** Whether the word of the id starts with a digit: a number, as in 88号 or 1983. */
  static boolean isNumber(int id) {
    return id >= NUMBERS;
  }

  /** The cached key of a BMP Han character, or -1. */
  int hanKey(char c) {
    return hanKeys[c] - 1;
  }

  void cacheHanKey(char c, int id) {
    // an int write is atomic; a racing thread computes the same id
    hanKeys[c] = id + 1;
  }

  private static boolean isNumberWord(String word) {
    return !word.isEmpty() && Character.isDigit(word.charAt(0));
  }

  private static int overflowId(String word) {
    return OVERFLOW + (int) (hash(word) & (OVERFLOW - 1));
  }

  private static int numberId(String word) {
    return NUMBERS + (int) (hash(word) & (NUMBERS - 1));
  }

  /** 64-bit FNV-1a over the UTF-16 units. */
  private static long hash(String s) {
    long h = 0xcbf29ce484222325L;
    for (int i = 0; i < s.length(); i++) {
      h ^= s.charAt(i);
      h *= 0x100000001b3L;
    }
    return h ^ (h >>> 32);
  }
}
