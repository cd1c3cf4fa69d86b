package org.tourismpolicing.blacklist.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
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
import org.junit.jupiter.api.Test;

/**
 * Both languages have the same keys, every pattern formats, and every message code the module's
 * code uses for problems is in the bundle.
 */
class BlacklistBundleTest {

  private static Properties bundle(String suffix) throws IOException {
    String resource = new BlacklistMessages().baseName().replace('.', '/') + suffix + ".properties";
    try (InputStream in =
        BlacklistBundleTest.class.getClassLoader().getResourceAsStream(resource)) {
      assertThat(in).as(resource).isNotNull();
      Properties p = new Properties();
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
      return p;
    }
  }

  @Test
  void chineseAndEnglishHaveTheSameKeysAndEveryPatternFormats() throws IOException {
    Properties en = bundle("");
    Properties zh = bundle("_zh_CN");

    assertThat(zh.stringPropertyNames()).isEqualTo(en.stringPropertyNames());
    for (Properties p : new Properties[] {en, zh}) {
      for (String key : p.stringPropertyNames()) {
        String formatted =
            new MessageFormat(p.getProperty(key), Locale.ROOT).format(new Object[] {1, 2, 3});
        assertThat(formatted).as(key).doesNotContain("{");
      }
    }
  }

  @Test
  void everyProblemCodeOfTheModuleHasAText() throws IOException {
    Pattern problem =
        Pattern.compile(
            "(?:invalid|conflict|ruleViolation|FieldError\\.of|require|reject)\\((?:[^;]*?,\\s*)?\"([a-z-]+\\.[a-z0-9.-]+)\"");
    Set<String> codes = new TreeSet<>();
    try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
      for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
        Matcher m = problem.matcher(Files.readString(f));
        while (m.find()) {
          codes.add(m.group(1));
        }
      }
    }
    assertThat(codes).as("codes found in the sources").hasSizeGreaterThan(20);
    Properties en = bundle("");
    Set<String> core = Set.of("validation.detail", "paging.cursor.invalid", "validation.required");
    for (String code : codes) {
      assertThat(en.containsKey(code) || core.contains(code) || code.startsWith("money."))
          .as("text for %s", code)
          .isTrue();
    }
  }
}
