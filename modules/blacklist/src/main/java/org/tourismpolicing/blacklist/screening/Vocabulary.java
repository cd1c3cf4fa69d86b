package org.tourismpolicing.blacklist.screening;

import java.util.Arrays;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Small ids for pinyin syllables and foreign words, so that names are compared as int arrays. Ids
 * are never reused or removed: the vocabulary of names grows slowly (about 400 syllables plus the
 * foreign words seen).
 */
final class Vocabulary {

  private final ConcurrentHashMap<String, Integer> ids = new ConcurrentHashMap<>();
  private volatile String[] words = new String[1024];
  private volatile boolean[] numbers = new boolean[1024];
  private int next;

  int id(String word) {
    Integer known = ids.get(word);
    return known != null ? known : add(word);
  }

  private synchronized int add(String word) {
    Integer known = ids.get(word);
    if (known != null) {
      return known;
    }
    int id = next++;
    String[] current = words;
    boolean[] numeric = numbers;
    if (id == current.length) {
      current = Arrays.copyOf(current, current.length * 2);
      numeric = Arrays.copyOf(numeric, numeric.length * 2);
    }
    current[id] = word;
    numeric[id] = !word.isEmpty() && Character.isDigit(word.charAt(0));
    // publish the arrays before the id, so a reader who sees the id finds the word
    numbers = numeric;
    words = current;
    ids.put(word, id);
    return id;
  }

  String word(int id) {
    return words[id];
  }

  /** Whether the word starts with a digit: a number, as in 88号 or 1983. */
  boolean isNumber(int id) {
    return numbers[id];
  }
}
