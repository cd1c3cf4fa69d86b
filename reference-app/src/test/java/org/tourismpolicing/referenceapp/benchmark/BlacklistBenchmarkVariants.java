package org.tourismpolicing.referenceapp.benchmark;

import com.ibm.icu.text.Transliterator;

/**
 * How the screening benchmark writes a listed name in traditional characters and in pinyin, with
 * ICU4J (the blacklist module's dependency), as a user on a Hong Kong or Taiwan keyboard or typing
 * pinyin would.
 */
final class BlacklistBenchmarkVariants {

  private static final Transliterator TRADITIONAL =
      Transliterator.getInstance("Simplified-Traditional");
  private static final Transliterator PINYIN = Transliterator.getInstance("Han-Latin; Latin-ASCII");

  private BlacklistBenchmarkVariants() {}

  static synchronized String traditional(String name) {
    return TRADITIONAL.transliterate(name);
  }

  /** Toneless pinyin without spaces, as most people type it. */
  static synchronized String pinyin(String name) {
    return PINYIN.transliterate(name).replace(" ", "");
  }
}
