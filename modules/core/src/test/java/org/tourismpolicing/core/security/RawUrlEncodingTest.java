package org.tourismpolicing.core.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class RawUrlEncodingTest {

  @Test
  void rawChineseAndSpacesBecomeUtf8EscapesThatDecodeBack() {
    String raw = "name=洱海情 客栈&limit=5";
    String encoded = RawUrlEncoding.encode(raw);
    assertThat(encoded).isEqualTo("name=%E6%B4%B1%E6%B5%B7%E6%83%85%20%E5%AE%A2%E6%A0%88&limit=5");
    assertThat(URI.create("http://localhost/api?" + encoded)).isNotNull();
    assertThat(URLDecoder.decode(encoded, StandardCharsets.UTF_8)).isEqualTo(raw);
  }

  @Test
  void aWellFormedAddressIsLeftAsItIs() {
    String query = "name=%E6%B4%B1&creditCode=91532901MA6N0B8X16&cursor=a-b_c.d~e";
    assertThat(RawUrlEncoding.isClean(query)).isTrue();
    assertThat(RawUrlEncoding.encode(query)).isSameAs(query);
    assertThat(RawUrlEncoding.encode(null)).isNull();
  }

  @Test
  void charactersOutsideTheBasicPlaneAreEncodedWhole() {
    // 𠀀 (U+20000, CJK extension B) is two UTF-16 units and four UTF-8 bytes
    assertThat(RawUrlEncoding.encode("q=\uD840\uDC00")).isEqualTo("q=%F0%A0%80%80");
  }

  @Test
  void bytesTheContainerReadAsLatinOneAreEscapedAsTheBytesTheyAre() {
    // Liberty hands a raw UTF-8 大理 over as the six characters of its bytes (ISO-8859-1)
    String asRead = new String("大理".getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);

    String encoded = RawUrlEncoding.encode("/api/" + asRead + "/zones");

    assertThat(encoded).isEqualTo("/api/%E5%A4%A7%E7%90%86/zones");
    assertThat(URLDecoder.decode(encoded, StandardCharsets.UTF_8)).isEqualTo("/api/大理/zones");
  }
}
