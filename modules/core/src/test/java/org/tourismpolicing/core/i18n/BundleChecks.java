package org.tourismpolicing.core.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Arrays;
import java.util.Locale;
import java.util.Properties;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.assertj.core.api.SoftAssertions;

/**
 * Checks that a module's message bundle (English base file plus {@code _zh_CN}) is complete and
 * well-formed. Each module's tests run these on its own bundle.
 */
final class BundleChecks {

  private static final Pattern ARGUMENT = Pattern.compile("\\{(\\d+)");

  private BundleChecks() {}

  /** The file as written (UTF-8), without ResourceBundle's fallbacks. */
  static Properties load(String baseName, String suffix) {
    String resource = baseName.replace('.', '/') + suffix + ".properties";
    try (InputStream in = BundleChecks.class.getClassLoader().getResourceAsStream(resource)) {
      assertThat(in).as("%s on the class path", resource).isNotNull();
      Properties properties = new Properties();
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
      return properties;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The argument indices a pattern uses. */
  static Set<Integer> arguments(String pattern) {
    Set<Integer> indices = new TreeSet<>();
    Matcher m = ARGUMENT.matcher(pattern.replace("''", ""));
    while (m.find()) {
      indices.add(Integer.parseInt(m.group(1)));
    }
    return indices;
  }

  /**
   * Both languages have the same keys; every pattern parses, formats and uses the same arguments in
   * both; no single apostrophe silently swallows text; ResourceBundle reads the Chinese file as the
   * UTF-8 it is written in.
   */
  static void assertComplete(String baseName) {
    Properties en = load(baseName, "");
    Properties zh = load(baseName, "_zh_CN");
    assertThat(en).as("%s has texts", baseName).isNotEmpty();
    SoftAssertions soft = new SoftAssertions();
    soft.assertThat(zh.stringPropertyNames())
        .as("keys of %s_zh_CN against the English file", baseName)
        .containsExactlyInAnyOrderElementsOf(en.stringPropertyNames());
    for (String key : new TreeSet<>(en.stringPropertyNames())) {
      String english = en.getProperty(key);
      String chinese = zh.getProperty(key);
      checkPattern(soft, key, english, Locale.ENGLISH);
      if (chinese != null) {
        checkPattern(soft, key, chinese, Locale.SIMPLIFIED_CHINESE);
        soft.assertThat(arguments(chinese))
            .as("arguments of %s in Chinese and in English", key)
            .isEqualTo(arguments(english));
      }
    }
    ResourceBundle bundle =
        ResourceBundle.getBundle(
            baseName,
            Locale.SIMPLIFIED_CHINESE,
            BundleChecks.class.getClassLoader(),
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    for (String key : zh.stringPropertyNames()) {
      soft.assertThat(bundle.getString(key))
          .as("%s as ResourceBundle reads it", key)
          .isEqualTo(zh.getProperty(key));
    }
    soft.assertAll();
  }

  private static void checkPattern(SoftAssertions soft, String key, String pattern, Locale locale) {
    soft.assertThat(pattern).as("%s (%s) is not blank", key, locale).isNotBlank();
    soft.assertThat(pattern.replace("''", ""))
        .as("%s (%s) has no lone apostrophe (write '' for one)", key, locale)
        .doesNotContain("'");
    try {
      MessageFormat format = new MessageFormat(pattern, locale);
      Object[] args = new Object[format.getFormatsByArgumentIndex().length];
      Arrays.fill(args, 7);
      String text = format.format(args);
      soft.assertThat(text).as("%s (%s) formatted", key, locale).doesNotContain("{");
    } catch (IllegalArgumentException e) {
      soft.fail(key + " (" + locale + ") is not a MessageFormat pattern: " + e.getMessage());
    }
  }
}
