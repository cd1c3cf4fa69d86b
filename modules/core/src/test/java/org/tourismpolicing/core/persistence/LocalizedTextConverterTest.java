package org.tourismpolicing.core.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tourismpolicing.core.i18n.LocalizedText;

class LocalizedTextConverterTest {

  private final LocalizedTextConverter converter = new LocalizedTextConverter();

  @Test
  void roundTripKeepsEveryLanguageAndTheirOrder() {
    Map<String, String> values = new LinkedHashMap<>();
    values.put("zh-CN", "南门警务亭");
    values.put("en", "South Gate Police Kiosk");
    values.put("ko", "남문 경찰 초소");
    LocalizedText text = new LocalizedText(values);

    String column = converter.convertToDatabaseColumn(text);
    LocalizedText back = converter.convertToEntityAttribute(column);

    assertThat(column).contains("南门警务亭").startsWith("{\"zh-CN\"");
    assertThat(back).isEqualTo(text);
    assertThat(back.values().keySet()).containsExactly("zh-CN", "en", "ko");
    // the first language is the fallback when none of the caller's matches
    assertThat(back.in(List.of(Locale.FRENCH))).isEqualTo("南门警务亭");
  }

  @Test
  void nullStaysNull() {
    assertThat(converter.convertToDatabaseColumn(null)).isNull();
    assertThat(converter.convertToEntityAttribute(null)).isNull();
    assertThat(converter.convertToEntityAttribute("").values()).isEmpty();
  }
}
