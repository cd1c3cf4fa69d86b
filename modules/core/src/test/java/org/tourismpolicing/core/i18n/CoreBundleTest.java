package org.tourismpolicing.core.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.tourismpolicing.core.problem.ProblemType;

class CoreBundleTest {

  private static final String BASE_NAME = new CoreMessages().baseName();

  @Test
  void bothLanguagesAreCompleteAndWellFormed() {
    BundleChecks.assertComplete(BASE_NAME);
  }

  @ParameterizedTest
  @EnumSource(ProblemType.class)
  void everyProblemTypeHasATitleInBothLanguages(ProblemType type) {
    String key = "problem." + type.code() + ".title";

    assertThat(BundleChecks.load(BASE_NAME, "").getProperty(key)).as(key).isNotBlank();
    assertThat(BundleChecks.load(BASE_NAME, "_zh_CN").getProperty(key)).as(key).isNotBlank();
  }

  /** ProblemAnswers answers the runtime's own refusals with "<type>.detail". */
  @ParameterizedTest
  @EnumSource(
      value = ProblemType.class,
      names = {
        "MALFORMED_BODY",
        "UNAUTHENTICATED",
        "FORBIDDEN",
        "METHOD_NOT_ALLOWED",
        "NOT_ACCEPTABLE",
        "PAYLOAD_TOO_LARGE",
        "UNSUPPORTED_MEDIA_TYPE"
      })
  void runtimeRefusalsHaveADetail(ProblemType type) {
    Properties en = BundleChecks.load(BASE_NAME, "");

    assertThat(en.getProperty(type.code() + ".detail")).isNotBlank();
  }

  @Test
  void argumentsAreFoundOutsideQuotes() {
    assertThat(BundleChecks.arguments("{1} × {0} left, it''s {2,number,0.#}"))
        .containsExactly(0, 1, 2);
    assertThat(BundleChecks.arguments("no arguments")).isEmpty();
    assertThat(Locale.SIMPLIFIED_CHINESE.toLanguageTag()).isEqualTo("zh-CN");
  }
}
