package org.tourismpolicing.core.identifiers;

import java.text.Normalizer;

/**
 * Identifiers as people paste them, made plain before they are validated: the one place where every
 * module's credit codes, resident ID numbers and phone numbers are read.
 *
 * <p>{@link #compact(String)} applies Unicode NFKC (full-width {@code ＡＢＣ１２３} becomes {@code
 * ABC123}, the full-width hyphen and the ideographic space become their ASCII forms), then drops
 * every space and line separator, control and format character (zero-width spaces and joiners,
 * byte-order marks, soft hyphens) and dash punctuation (hyphens, en and em dashes, and the minus
 * sign), and upper-cases ASCII letters. Anything else is kept, so that a code with a wrong
 * character is still refused by its type, naming the character. Nothing is guessed: no letter is
 * read as a digit ({@code O} as {@code 0}), because a check character can only vouch for what was
 * typed.
 *
 * <p>{@link UnifiedSocialCreditCode} and {@link ResidentIdNumber} read their input through {@link
 * #compact(String)}, so every path that parses one (JSON bodies, query parameters, tips) accepts
 * the same pasted forms and refuses the same wrong check characters.
 */
public final class IdentifierText {

  /**
   * The longest text a request may give for one identifier: room for an 18-character code with a
   * separator between every two characters and surrounding space, not for a document.
   */
  public static final int MAX_TYPED_LENGTH = 64;

  private IdentifierText() {}

  /**
   * The identifier without separators, in ASCII where it was typed in full width, letters in upper
   * case; the empty string for null.
   */
  public static String compact(String typed) {
    if (typed == null) {
      return "";
    }
    String folded = Normalizer.normalize(typed, Normalizer.Form.NFKC);
    StringBuilder out = new StringBuilder(folded.length());
    for (int i = 0; i < folded.length(); ) {
      int cp = folded.codePointAt(i);
      i += Character.charCount(cp);
      if (isSeparator(cp)) {
        continue;
      }
      // only ASCII letters: a locale-dependent upper-casing could turn other letters into these
      out.appendCodePoint(cp >= 'a' && cp <= 'z' ? cp - 'a' + 'A' : cp);
    }
    return out.toString();
  }

  /**
   * A phone number as its digits: {@link #compact(String)} with brackets and dots also dropped, and
   * the mainland's country code ({@code +86}, {@code 0086}, or {@code 86} before an 11-digit mobile
   * number) removed, so that {@code +86 138-0000-1234} and {@code 13800001234} are the same number.
   * Other country codes are kept with their digits ({@code +852 …} gives {@code 852…}). What is
   * left may still contain other characters; callers check the digits they require.
   */
  public static String phone(String typed) {
    String compact = compact(typed);
    StringBuilder out = new StringBuilder(compact.length());
    for (int i = 0; i < compact.length(); i++) {
      char c = compact.charAt(i);
      if (c != '(' && c != ')' && c != '.') {
        out.append(c);
      }
    }
    String number = out.toString();
    if (number.startsWith("+86")) {
      return number.substring(3);
    }
    if (number.startsWith("0086")) {
      return number.substring(4);
    }
    if (number.startsWith("+")) {
      return number.substring(1);
    }
    if (number.length() == 13 && number.startsWith("861")) {
      return number.substring(2);
    }
    return number;
  }

  private static boolean isSeparator(int cp) {
    switch (Character.getType(cp)) {
      case Character.SPACE_SEPARATOR,
      Character.LINE_SEPARATOR,
      Character.PARAGRAPH_SEPARATOR,
      Character.CONTROL,
      Character.FORMAT,
      Character.DASH_PUNCTUATION:
        return true;
      default:
        // the minus sign, which word processors put for a typed hyphen
        return cp == 0x2212;
    }
  }
}
