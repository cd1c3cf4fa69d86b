package org.tourismpolicing.blacklist.application;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.tourismpolicing.blacklist.infrastructure.WebhookSender;

/** Watched names compare written differently; webhook signatures as Standard Webhooks make them. */
class NameKeyAndSignatureTest {

  @Test
  void widthSpacesPunctuationCaseAndTraditionalCharactersDoNotMatter() {
    String key = NameKey.of("大理古城客栈");
    assertThat(NameKey.of("大理 古城·客棧")).isEqualTo(key);
    assertThat(NameKey.of("大理（古城）客栈")).isEqualTo(key);
    assertThat(NameKey.of("ＡＢＣ旅行社")).isEqualTo(NameKey.of("abc 旅行社"));
    assertThat(NameKey.of("大理古城酒店")).isNotEqualTo(key);
  }

  @Test
  void theSignatureIsTheStandardWebhooksOne() {
    // the example of the Standard Webhooks specification
    String signature =
        WebhookSender.signature(
            "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw",
            "msg_p5jXN8AQM9LWM0D4loKWxJek",
            "1614265330",
            "{\"test\": 2432232314}");
    assertThat(signature).isEqualTo("g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=");
  }
}
