package org.tourismpolicing.core.i18n;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;

/**
 * Resolves message codes to texts in Simplified Chinese or English. Bundles are looked up without
 * falling back to the JVM's default locale, so an English caller never gets Chinese because the
 * server happens to run in China.
 */
@ApplicationScoped
public class Messages {

  /** The languages texts exist for; other requests fall back to the first. */
  public static final List<Locale> SUPPORTED = List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH);

  private static final ResourceBundle.Control NO_FALLBACK =
      ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

  @Inject Instance<MessageBundle> bundles;

  /** The supported language closest to the caller's preferences, else {@code fallback}. */
  public static Locale choose(List<Locale> preferred, Locale fallback) {
    for (Locale p : preferred) {
      if (p.getLanguage().equals("zh")) {
        return Locale.SIMPLIFIED_CHINESE;
      }
      if (p.getLanguage().equals("en")) {
        return Locale.ENGLISH;
      }
    }
    return fallback.getLanguage().equals("en") ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE;
  }

  /** The text of {@code code} with its arguments, or the code itself if no bundle has it. */
  public String text(String code, Locale locale, List<Object> args) {
    Object[] resolved =
        args.stream()
            .map(a -> a instanceof MessageKey k ? find(k.code(), locale).orElse(k.code()) : a)
            .toArray();
    return find(code, locale)
        .map(pattern -> new MessageFormat(pattern, locale).format(resolved))
        .orElse(code);
  }

  public Optional<String> find(String code, Locale locale) {
    Locale bundleLocale =
        locale.getLanguage().equals("zh") ? Locale.SIMPLIFIED_CHINESE : Locale.ROOT;
    for (MessageBundle b : bundles) {
      try {
        ResourceBundle bundle =
            ResourceBundle.getBundle(
                b.baseName(), bundleLocale, b.getClass().getClassLoader(), NO_FALLBACK);
        if (bundle.containsKey(code)) {
          return Optional.of(bundle.getString(code));
        }
      } catch (MissingResourceException e) {
        // this module has no bundle for that language; try the next
      }
    }
    return Optional.empty();
  }
}
