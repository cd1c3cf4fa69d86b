package org.tourismpolicing.core.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class AcceptLanguageTest {

  @Test
  void rangesComeMostWantedFirstWithoutTheWildcardAndRefusedOnes() {
    assertThat(AcceptLanguage.preferred("en;q=0.5, zh-CN, fr;q=0, *;q=0.1"))
        .containsExactly(Locale.forLanguageTag("zh-CN"), Locale.ENGLISH);
  }

  @Test
  void malformedRangesAreLeftOutAndTheRestIsKept() {
    assertThat(AcceptLanguage.preferred("zh-CN;q=abc, en;q=0.5")).containsExactly(Locale.ENGLISH);
    assertThat(AcceptLanguage.wellFormed("zh-CN;q=abc, en;q=0.5")).isEqualTo("en;q=0.5");
    assertThat(AcceptLanguage.wellFormed(";;;===,,")).isNull();
    assertThat(AcceptLanguage.preferred("x-;;")).isEmpty();
    assertThat(AcceptLanguage.preferred("12345")).isEmpty();
    assertThat(AcceptLanguage.preferred("en;q=1.5")).isEmpty();
  }

  @Test
  void aWellFormedHeaderPassesUnchanged() {
    String header = "zh-CN,zh;q=0.9,en-GB;q=0.8,en;q=0.7";
    assertThat(AcceptLanguage.wellFormed(header)).isSameAs(header);
    assertThat(AcceptLanguage.preferred(null)).isEmpty();
  }
}
