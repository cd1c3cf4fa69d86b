package org.tourismpolicing.blacklist.screening;

import java.util.HashMap;
import java.util.Map;

/**
 * The ids of one name's words and how to spell them back: held words through the {@link
 * Vocabulary}, the others (a query's new words, numbers, words beyond the vocabulary's capacity)
 * through a small map of the name's own.
 */
final class Spellings {

  private final Vocabulary vocabulary;
  private final boolean learn;
  private Map<Integer, String> others;

  /**
   * @param learn whether new words may be added to the vocabulary: true for listed names and
   *     affixes, false for queries
   */
  Spellings(Vocabulary vocabulary, boolean learn) {
    this.vocabulary = vocabulary;
    this.learn = learn;
  }

  int id(String word) {
    int id = learn ? vocabulary.id(word) : vocabulary.find(word);
    if (Vocabulary.isOverflow(id)) {
      if (others == null) {
        others = new HashMap<>(4);
      }
      others.put(id, word);
    }
    return id;
  }

  String word(int id) {
    if (!Vocabulary.isOverflow(id)) {
      return vocabulary.word(id);
    }
    String word = others == null ? null : others.get(id);
    if (word == null) {
      throw new IllegalArgumentException("id " + id + " is not a word of this name");
    }
    return word;
  }

  /** The normalised spelling of units: Han characters as they are, words separated by spaces. */
  String spell(int[] text, int from, int to) {
    StringBuilder out = new StringBuilder();
    for (int i = from; i < to; i++) {
      int t = text[i];
      if (t >= 0) {
        out.appendCodePoint(t);
      } else {
        if (out.length() > 0 && i > from && text[i - 1] < 0) {
          out.append(' ');
        }
        out.append(word(-t - 1));
      }
    }
    return out.toString();
  }

  String spell(int[] text) {
    return spell(text, 0, text.length);
  }

  /** The pinyin of units, syllables separated by spaces. */
  String sound(int[] key, int from, int to) {
    StringBuilder out = new StringBuilder();
    for (int i = from; i < to; i++) {
      if (i > from) {
        out.append(' ');
      }
      out.append(word(key[i]));
    }
    return out.toString();
  }

  /** The units' sounds spelled one after the other, without spaces. */
  String joined(int[] key) {
    StringBuilder out = new StringBuilder();
    for (int k : key) {
      out.append(word(k));
    }
    return out.toString();
  }
}
