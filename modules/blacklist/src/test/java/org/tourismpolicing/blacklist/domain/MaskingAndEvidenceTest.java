package org.tourismpolicing.blacklist.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Masked names and phones, evidence types by content, webhook retries. */
class MaskingAndEvidenceTest {

  @Test
  void namesKeepTheirFirstAndLastCharacterOnly() {
    assertThat(Masking.name("张三丰")).isEqualTo("张*丰");
    assertThat(Masking.name("李四")).isEqualTo("李*");
    assertThat(Masking.name("王")).isEqualTo("*");
    assertThat(Masking.name("欧阳娜娜")).isEqualTo("欧**娜");
    assertThat(Masking.name(null)).isNull();
  }

  @Test
  void phonesKeepThreeAndFourDigits() {
    assertThat(Masking.phone("138-0013-8000")).isEqualTo("138****8000");
  }

  @Test
  void documentsAreRecognisedByTheirLeadingBytes() {
    byte[] pdf = "%PDF-1.7\n".getBytes();
    byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0};
    assertThat(DocumentType.PDF.matches(pdf)).isTrue();
    assertThat(DocumentType.JPEG.matches(pdf)).isFalse();
    assertThat(DocumentType.PNG.matches(png)).isTrue();
    assertThat(DocumentType.PNG.matches(new byte[] {(byte) 0x89})).isFalse();
    assertThat(DocumentType.ofMediaType("image/JPEG")).contains(DocumentType.JPEG);
    assertThat(DocumentType.ofMediaType("text/html")).isEmpty();
  }

  @Test
  void aWebhookIsRetriedWithGrowingPausesThenFails() {
    Instant t = Instant.parse("2026-10-01T00:00:00Z");
    WebhookDelivery d = WebhookDelivery.pending("w", "listed", "e", "{}", t);
    Duration base = Duration.ofSeconds(10);

    d.attempted(500, t, 3, base);
    assertThat(d.status()).isEqualTo(WebhookDelivery.Status.PENDING);
    assertThat(d.nextAttemptAt()).isEqualTo(t.plusSeconds(10));
    // what a caller sees of a failure is that it failed: no status code, no cause
    assertThat(d.shownStatusCode()).isNull();
    assertThat(d.lastError()).isEqualTo("delivery failed");
    d.attempted(null, t, 3, base);
    assertThat(d.nextAttemptAt()).isEqualTo(t.plusSeconds(20));
    assertThat(d.lastError()).isEqualTo("delivery failed");
    d.attempted(503, t, 3, base);
    assertThat(d.status()).isEqualTo(WebhookDelivery.Status.FAILED);
    assertThat(d.nextAttemptAt()).isNull();

    WebhookDelivery ok = WebhookDelivery.pending("w", "listed", "e", "{}", t);
    // claimed by one server's job, it is not due for another until the lease ends
    assertThat(ok.claim(t, Duration.ofMinutes(2))).isTrue();
    assertThat(ok.claim(t.plusSeconds(60), Duration.ofMinutes(2))).isFalse();
    assertThat(ok.claim(t.plusSeconds(121), Duration.ofMinutes(2))).isTrue();
    ok.attempted(302, t, 3, base);
    assertThat(ok.status())
        .as("a redirect is not followed")
        .isEqualTo(WebhookDelivery.Status.PENDING);
    assertThat(ok.shownStatusCode()).isNull();
    ok.attempted(204, t, 3, base);
    assertThat(ok.status()).isEqualTo(WebhookDelivery.Status.DELIVERED);
    assertThat(ok.shownStatusCode()).isEqualTo(204);
    assertThat(ok.lastError()).isNull();
    assertThat(ok.attempts()).isEqualTo(2);
    assertThat(ok.claim(t.plusSeconds(999), Duration.ofMinutes(2))).isFalse();
  }
}
