package org.tourismpolicing.core.i18n;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A text given in several languages, keyed by BCP 47 language tag ({@code zh-CN}, {@code en}).
 * Place names, zone names and category labels come this way from the tenant's documents.
 */
public record LocalizedText(Map<String, String> values) {

  public LocalizedText {
    // keep the order given: the first language is the fallback when none matches
    values =
        values == null
            ? Map.of()
            : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(values));
  }

  public static LocalizedText of(String languageTag, String text) {
    return new LocalizedText(Map.of(languageTag, text));
  }

  /**
   * The text in the first of {@code preferred} that has one, else in the language's base (zh for
   * zh-TW), else any text.
   */
  public String in(List<Locale> preferred) {
    for (Locale locale : preferred) {
      String exact = values.get(locale.toLanguageTag());
      if (exact != null) {
        return exact;
      }
      for (Map.Entry<String, String> e : values.entrySet()) {
        if (Locale.forLanguageTag(e.getKey()).getLanguage().equals(locale.getLanguage())) {
          return e.getValue();
        }
      }
    }
    return values.values().stream().findFirst().orElse("");
  }

  public String get(String languageTag) {
    return values.get(languageTag);
  }
}
