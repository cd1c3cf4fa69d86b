package org.tourismpolicing.blacklist.application;

import com.ibm.icu.text.Normalizer2;
import com.ibm.icu.text.Transliterator;

/**
 * The comparable form of a business name for watches: width, case and compatibility forms folded
 * (NFKC case-fold), traditional characters made simplified, and everything but letters and digits
 * dropped. Two names with the same key are the same name written differently ("大理 古城客栈" and
 * "大理古城客棧").
 */
final class NameKey {

  private static final Normalizer2 FOLD = Normalizer2.getNFKCCasefoldInstance();
  private static final ThreadLocal<Transliterator> SIMPLIFY =
      ThreadLocal.withInitial(() -> Transliterator.getInstance("Traditional-Simplified"));

  private NameKey() {}

  static String of(String name) {
    String folded = FOLD.normalize(name == null ? "" : name);
    String simplified = SIMPLIFY.get().transliterate(folded);
    StringBuilder key = new StringBuilder();
    simplified.codePoints().filter(Character::isLetterOrDigit).forEach(key::appendCodePoint);
    return key.toString();
  }
}
