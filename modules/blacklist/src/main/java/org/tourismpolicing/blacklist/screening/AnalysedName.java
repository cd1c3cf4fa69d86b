package org.tourismpolicing.blacklist.screening;

import java.util.List;

/**
 * A name as screening compares it: a sequence of units, each a Han character (its code point and
 * the id of its toneless pinyin) or a foreign word or pinyin syllable (a negative text code and the
 * id of its spelling), before and after its affixes are set aside.
 *
 * @param raw the name as given
 * @param text the units' text codes: a Han code point (positive) or {@code -(id + 1)} of a word
 * @param key the units' sound: the vocabulary id of the pinyin or the word
 * @param coreText the text codes of the trade name, once places, legal forms and trades are set
 *     aside (the whole name for persons, and when nothing would remain)
 * @param coreKey the sound of the core
 * @param setAside the affix words set aside, in normalised form
 * @param trades bit set of the trade groups named by the trade words set aside (general excluded)
 * @param simplified whether traditional characters were read as simplified
 * @param spellings how to spell the name's word ids back
 */
record AnalysedName(
    String raw,
    int[] text,
    int[] key,
    int[] coreText,
    int[] coreKey,
    List<String> setAside,
    long trades,
    boolean simplified,
    Spellings spellings) {

  boolean isEmpty() {
    return text.length == 0;
  }

  /** The spelling of units of this name. */
  String spell(int[] units) {
    return spellings.spell(units);
  }

  /** Whether every unit of the core is pinyin or a foreign word. */
  boolean coreAllLatin() {
    for (int t : coreText) {
      if (t >= 0) {
        return false;
      }
    }
    return coreText.length > 0;
  }
}
