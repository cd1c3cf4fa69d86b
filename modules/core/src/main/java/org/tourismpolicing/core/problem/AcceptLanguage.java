package org.tourismpolicing.core.problem;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code Accept-Language} header read leniently (RFC 9110, section 12.5.4): a language range
 * that does not follow the grammar is left out instead of failing the request. The header is a
 * preference; a client that writes {@code zh-CN;q=abc} still deserves an answer, in the language
 * its valid ranges ask for or in the tenant's.
 */
public final class AcceptLanguage {

  private static final Pattern RANGE =
      Pattern.compile(
          "\\s*((?:[A-Za-z]{1,8}(?:-[A-Za-z0-9]{1,8})*)|\\*)"
              + "\\s*(?:;\\s*[qQ]\\s*=\\s*(0(?:\\.[0-9]{0,3})?|1(?:\\.0{0,3})?))?\\s*");

  private AcceptLanguage() {}

  /** One well-formed language range and its weight. */
  private record Range(String tag, double weight, String text) {}

  /** The languages the header asks for, most wanted first; malformed ranges and q=0 left out. */
  public static List<Locale> preferred(String header) {
    return ranges(header).stream()
        .filter(r -> r.weight() > 0 && !r.tag().equals("*"))
        .sorted(Comparator.comparingDouble(Range::weight).reversed())
        .map(r -> Locale.forLanguageTag(r.tag()))
        .toList();
  }

  /**
   * The header with its malformed ranges left out, or null when none is well-formed (the header
   * should then be dropped). A well-formed header comes back unchanged.
   */
  public static String wellFormed(String header) {
    if (header == null) {
      return null;
    }
    List<Range> ranges = ranges(header);
    if (ranges.isEmpty()) {
      return null;
    }
    if (ranges.size() == header.split(",", -1).length) {
      return header;
    }
    return String.join(",", ranges.stream().map(Range::text).toList());
  }

  private static List<Range> ranges(String header) {
    List<Range> ranges = new ArrayList<>();
    if (header == null || header.length() > 4096) {
      return ranges;
    }
    for (String part : header.split(",", -1)) {
      Matcher m = RANGE.matcher(part);
      if (m.matches()) {
        double weight = m.group(2) == null ? 1.0 : Double.parseDouble(m.group(2));
        ranges.add(new Range(m.group(1), weight, part.trim()));
      }
    }
    return ranges;
  }
}
