package org.tourismpolicing.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The checks every module runs on its message bundle (English and Chinese): the same keys in both,
 * every pattern formats, and every problem code the module's sources use has a text. A module's
 * bundle test calls them with its bundle's base name.
 */
public final class MessageBundleCheck {

  /** Codes whose texts are core's, not the module's. */
  private static final Set<String> CORE_CODES =
      Set.of("validation.detail", "paging.cursor.invalid", "validation.required");

  private static final Pattern PROBLEM_CODE =
      Pattern.compile(
          "(?:invalid|conflict|ruleViolation|FieldError\\.of|require|reject)\\((?:[^;]*?,\\s*)?\"([a-z-]+\\.[a-z0-9.-]+)\"");

  private MessageBundleCheck() {}

  /** Both languages have the same keys and every pattern formats with arguments. */
  public static void sameKeysAndEveryPatternFormats(String baseName) {
    Properties en = bundle(baseName, "");
    Properties zh = bundle(baseName, "_zh_CN");
    assertThat(zh.stringPropertyNames()).isEqualTo(en.stringPropertyNames());
    for (Properties p : new Properties[] {en, zh}) {
      for (String key : p.stringPropertyNames()) {
        String formatted =
            new MessageFormat(p.getProperty(key), Locale.ROOT).format(new Object[] {1, 2, 3});
        assertThat(formatted).as(key).doesNotContain("{");
      }
    }
  }

  /**
   * Every problem code in the sources under {@code src/main/java} (the module's, when the test runs
   * in the module's folder) has an English text; {@code atLeast} guards against a pattern that
   * silently finds nothing.
   */
  public static void everyProblemCodeHasAText(String baseName, int atLeast) {
    Set<String> codes = new TreeSet<>();
    try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
      for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
        Matcher m = PROBLEM_CODE.matcher(Files.readString(f));
        while (m.find()) {
          codes.add(m.group(1));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    assertThat(codes).as("codes found in the sources").hasSizeGreaterThan(atLeast);
    Properties en = bundle(baseName, "");
    for (String code : codes) {
      assertThat(en.containsKey(code) || CORE_CODES.contains(code) || code.startsWith("money."))
          .as("text for %s", code)
          .isTrue();
    }
  }

  private static Properties bundle(String baseName, String suffix) {
    String resource = baseName.replace('.', '/') + suffix + ".properties";
    try (InputStream in =
        Thread.currentThread().getContextClassLoader().getResourceAsStream(resource)) {
      assertThat(in).as(resource).isNotNull();
      Properties p = new Properties();
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
      return p;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
