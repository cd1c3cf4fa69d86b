/**
 * Chinese-aware screening of names and identifiers against the listed subjects. Pure Java and
 * ICU4J, no container: the application layer feeds a {@link
 * org.tourismpolicing.blacklist.screening.ScreeningIndex} from the database and asks it.
 *
 * <p>How a name is read ({@code NameAnalyser}): ICU's NFKC with case folding (full-width forms,
 * case), {@code Traditional-Simplified}, letters and digits told from punctuation and spaces by
 * their Unicode properties, {@code Han-Latin} and {@code Latin-ASCII} for the toneless pinyin of
 * every Han character, typed pinyin split into syllables; then the places, legal forms and trade
 * words of {@code name-affixes.txt} ({@link org.tourismpolicing.blacklist.screening.NameAffixes})
 * are set aside around the trade name (字号). How it is found: an inverted index of neighbouring
 * character pairs and unordered syllable pairs of the trade name, credit codes and ID-number hashes
 * in tables of their own. How it is scored ({@code NameScorer}): the best of exact, normalised,
 * trade-name, pinyin, word-order, short-name and edit-similarity features, each with its
 * explanation; persons more strictly than businesses.
 */
package org.tourismpolicing.blacklist.screening;
