package org.tourismpolicing.blacklist.screening;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The words that surround the distinctive part of a business name (its 字号, trade name): place names
 * (大理, 云南 …), streets and house numbers (人民路, 洋人街88号: the words that end them, 路, 街, 号 …), legal
 * forms (有限公司, 个体工商户 …) and trade words (客栈, 旅行社 …). Screening sets them aside to compare trade
 * names, but keeps them as evidence: a different trade (客栈 against 茶庄) or place (大理 against 丽江)
 * lowers the score of an otherwise equal name.
 *
 * <p>This is domain data, not a Unicode table: a jurisdiction may pass its own lists. Traditional
 * forms, full-width letters and pinyin spellings of these words need no entries of their own; they
 * are normalised like every name.
 */
public final class NameAffixes {

  /** What kind of word an affix is. */
  public enum Role {
    PLACE,
    LEGAL_FORM,
    TRADE,
    /**
     * The word that ends a street's name (路, 街, 巷, 大道 …): with the two to four Han characters
     * before it, a street, set aside like a place.
     */
    STREET,
    /** The word after a house number (号 …): 88号 is set aside with the street before it. */
    HOUSE_NUMBER
  }

  /**
   * One affix word.
   *
   * @param word the word as written (simplified Chinese, or a lower-case foreign word)
   * @param role place, legal form or trade
   * @param trade for trade words, the group of businesses it names (e.g. {@code lodging}); words of
   *     two different groups mean different trades. {@code general} never conflicts.
   */
  public record Affix(String word, Role role, String trade) {
    public Affix {
      Objects.requireNonNull(word, "word");
      Objects.requireNonNull(role, "role");
      if (word.isBlank()) {
        throw new IllegalArgumentException("an affix word must not be blank");
      }
    }
  }

  /** The group of trade words that never conflicts with another trade. */
  public static final String GENERAL_TRADE = "general";

  private final List<Affix> affixes;

  public NameAffixes(List<Affix> affixes) {
    this.affixes = List.copyOf(affixes);
  }

  public List<Affix> affixes() {
    return affixes;
  }

  /**
   * Places, legal forms and trades of the tourism trade in Yunnan (Dali, Lijiang, Shangri-La,
   * Xishuangbanna) and the common foreign-language legal forms: {@code name-affixes.txt} next to
   * this class.
   */
  public static NameAffixes defaults() {
    try (InputStream in = NameAffixes.class.getResourceAsStream("name-affixes.txt")) {
      if (in == null) {
        throw new IllegalStateException("name-affixes.txt is missing from the module's jar");
      }
      return parse(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads affixes: one group a line, {@code place:}, {@code legal-form:}, {@code street:}, {@code
   * house-number:} or {@code trade <group>:} followed by words separated by spaces; {@code #}
   * starts a comment line.
   *
   * @throws IllegalArgumentException naming the line that is not understood
   */
  public static NameAffixes parse(Reader reader) throws IOException {
    List<Affix> list = new ArrayList<>();
    BufferedReader lines = new BufferedReader(reader);
    String line;
    int number = 0;
    while ((line = lines.readLine()) != null) {
      number++;
      String content = line.strip();
      if (content.isEmpty() || content.startsWith("#")) {
        continue;
      }
      int colon = content.indexOf(':');
      if (colon < 0) {
        throw new IllegalArgumentException("line " + number + ": no ':' after the group");
      }
      String[] head = content.substring(0, colon).strip().split("\\s+");
      Role role;
      String trade = null;
      if (head.length == 1 && head[0].equals("place")) {
        role = Role.PLACE;
      } else if (head.length == 1 && head[0].equals("legal-form")) {
        role = Role.LEGAL_FORM;
      } else if (head.length == 1 && head[0].equals("street")) {
        role = Role.STREET;
      } else if (head.length == 1 && head[0].equals("house-number")) {
        role = Role.HOUSE_NUMBER;
      } else if (head.length == 2 && head[0].equals("trade")) {
        role = Role.TRADE;
        trade = head[1];
      } else {
        throw new IllegalArgumentException(
            "line "
                + number
                + ": expected 'place', 'legal-form', 'street', 'house-number' or 'trade <group>'");
      }
      for (String word : content.substring(colon + 1).strip().split("\\s+")) {
        if (!word.isEmpty()) {
          list.add(new Affix(word, role, trade));
        }
      }
    }
    return new NameAffixes(list);
  }
}
