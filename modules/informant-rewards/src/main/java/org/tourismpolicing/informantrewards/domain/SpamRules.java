package org.tourismpolicing.informantrewards.domain;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the public tip line refuses as spam, each with its own message code: a description too short
 * to act on, one that is mostly links, and (checked with the database) the same text from the same
 * client again within the tenant's period.
 */
public final class SpamRules {

  public static final int MIN_DESCRIPTION = 10;
  public static final int MAX_LINKS = 2;

  private static final Pattern LINK = Pattern.compile("(?i)(https?://|www\\.)");

  private SpamRules() {}

  /** The message code of the rule the description breaks, if any. */
  public static Optional<String> check(String description) {
    String text = description == null ? "" : description.strip();
    if (text.codePointCount(0, text.length()) < MIN_DESCRIPTION) {
      return Optional.of("tip.spam.too-short");
    }
    Matcher m = LINK.matcher(text);
    int links = 0;
    while (m.find()) {
      links++;
    }
    if (links > MAX_LINKS) {
      return Optional.of("tip.spam.links");
    }
    return Optional.empty();
  }

  /**
   * The description reduced to what makes it the same text (case, width, spaces and punctuation
   * ignored), for the duplicate check.
   */
  public static String fingerprint(String description) {
    String n = Normalizer.normalize(description, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    return ReceiptCodes.sha256(n.replaceAll("[\\p{P}\\p{Z}\\s]", ""));
  }
}
