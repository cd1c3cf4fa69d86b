package org.tourismpolicing.kioskregistry.application;

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
import org.junit.jupiter.api.Test;

/** The kiosk registry's texts: both languages complete and well-formed. */
class KioskRegistryBundleTest {

  private static final String BASE_NAME = new KioskRegistryMessages().baseName();
  private static final Pattern ARGUMENT = Pattern.compile("\\{(\\d+)");

  private static Properties load(String suffix) {
    String resource = BASE_NAME.replace('.', '/') + suffix + ".properties";
    try (InputStream in =
        KioskRegistryBundleTest.class.getClassLoader().getResourceAsStream(resource)) {
      assertThat(in).as("%s on the class path", resource).isNotNull();
      Properties properties = new Properties();
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
      return properties;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Set<Integer> arguments(String pattern) {
    Set<Integer> indices = new TreeSet<>();
    Matcher m = ARGUMENT.matcher(pattern.replace("''", ""));
    while (m.find()) {
      indices.add(Integer.parseInt(m.group(1)));
    }
    return indices;
  }

  private static void checkPattern(SoftAssertions soft, String key, String pattern, Locale locale) {
    soft.assertThat(pattern).as("%s (%s)", key, locale).isNotBlank();
    soft.assertThat(pattern.replace("''", ""))
        .as("%s (%s) has no lone apostrophe (write '' for one)", key, locale)
        .doesNotContain("'");
    try {
      MessageFormat format = new MessageFormat(pattern, locale);
      Object[] args = new Object[format.getFormatsByArgumentIndex().length];
      Arrays.fill(args, 7);
      soft.assertThat(format.format(args)).as("%s (%s) formatted", key, locale).doesNotContain("{");
    } catch (IllegalArgumentException e) {
      soft.fail(key + " (" + locale + ") is not a MessageFormat pattern: " + e.getMessage());
    }
  }

  @Test
  void bothLanguagesHaveTheSameKeys() {
    assertThat(load("_zh_CN").stringPropertyNames())
        .containsExactlyInAnyOrderElementsOf(load("").stringPropertyNames())
        .isNotEmpty();
  }

  @Test
  void everyPatternParsesAndUsesTheSameArgumentsInBothLanguages() {
    Properties en = load("");
    Properties zh = load("_zh_CN");
    SoftAssertions soft = new SoftAssertions();
    for (String key : en.stringPropertyNames()) {
      checkPattern(soft, key, en.getProperty(key), Locale.ENGLISH);
      if (zh.containsKey(key)) {
        checkPattern(soft, key, zh.getProperty(key), Locale.SIMPLIFIED_CHINESE);
        soft.assertThat(arguments(zh.getProperty(key)))
            .as("arguments of %s in both languages", key)
            .isEqualTo(arguments(en.getProperty(key)));
      }
    }
    soft.assertAll();
  }

  @Test
  void theChineseFileIsReadAsUtf8() {
    ResourceBundle bundle =
        ResourceBundle.getBundle(
            BASE_NAME,
            Locale.SIMPLIFIED_CHINESE,
            getClass().getClassLoader(),
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    Properties zh = load("_zh_CN");

    for (String key : zh.stringPropertyNames()) {
      assertThat(bundle.getString(key)).as(key).isEqualTo(zh.getProperty(key));
    }
    assertThat(bundle.getString("kiosk.zone.unknown")).isEqualTo("不存在区域“{0}”。");
  }

  /** Codes the domain throws, so that no refusal reaches a client as a bare code. */
  @Test
  void theDomainsCodesHaveTexts() {
    assertThat(load("").stringPropertyNames())
        .contains(
            "amenity.not-stocked",
            "amenity.stock.insufficient",
            "amenity.stock.negative",
            "amenity.stock.too-large",
            "kiosk.status.reason-required",
            "kiosk.status.until-in-past",
            "kiosk.status.until-only-for-suspension",
            "opening-hours.syntax",
            "opening-hours.unsupported");
  }
}
