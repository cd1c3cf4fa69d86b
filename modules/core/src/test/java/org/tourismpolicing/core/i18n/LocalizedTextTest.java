package org.tourismpolicing.core.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LocalizedTextTest {

  private static final LocalizedText SOUTH_GATE =
      new LocalizedText(Map.of("zh-CN", "南门警务亭", "en", "South Gate Police Kiosk"));

  @Test
  void exactLanguageFirst() {
    assertThat(SOUTH_GATE.in(List.of(Locale.ENGLISH))).isEqualTo("South Gate Police Kiosk");
    assertThat(SOUTH_GATE.in(List.of(Locale.SIMPLIFIED_CHINESE))).isEqualTo("南门警务亭");
  }

  @Test
  void thenTheSameLanguageInAnotherRegion() {
    assertThat(SOUTH_GATE.in(List.of(Locale.forLanguageTag("zh-TW")))).isEqualTo("南门警务亭");
    assertThat(SOUTH_GATE.in(List.of(Locale.UK))).isEqualTo("South Gate Police Kiosk");
  }

  @Test
  void preferencesAreTriedInOrder() {
    assertThat(SOUTH_GATE.in(List.of(Locale.KOREAN, Locale.ENGLISH)))
        .isEqualTo("South Gate Police Kiosk");
  }

  @Test
  void elseAnyText() {
    assertThat(SOUTH_GATE.in(List.of(Locale.KOREAN))).isIn("南门警务亭", "South Gate Police Kiosk");
    assertThat(new LocalizedText(null).in(List.of(Locale.ENGLISH))).isEmpty();
  }

  @Test
  void isImmutable() {
    Map<String, String> values = new HashMap<>(Map.of("en", "Umbrella"));
    LocalizedText text = new LocalizedText(values);

    values.put("en", "Changed");

    assertThat(text.get("en")).isEqualTo("Umbrella");
    assertThat(LocalizedText.of("en", "Umbrella")).isEqualTo(text);
  }
}
