package org.tourismpolicing.mediation.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Agreement verification codes: stable, keyed, well-formed, and typos caught by the check. */
class VerificationCodeTest {

  private static final byte[] KEY =
      "a key of thirty-two bytes or more, for tests".getBytes(StandardCharsets.UTF_8);
  private static final byte[] OTHER_KEY =
      "another key of thirty-two bytes, for the tests".getBytes(StandardCharsets.UTF_8);
  private static final String SYMBOLS = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

  @Test
  void theSameAgreementUnderTheSameKeyAlwaysGivesTheSameCode() {
    String a = VerificationCode.derive(KEY, "dali|TJ20261001-0001|refund 200|200.00 CNY");
    String b = VerificationCode.derive(KEY, "dali|TJ20261001-0001|refund 200|200.00 CNY");

    assertThat(a).isEqualTo(b).matches("[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}-.");
  }

  @Test
  void anotherAgreementOrAnotherKeyGivesAnotherCode() {
    String a = VerificationCode.derive(KEY, "agreement one");
    assertThat(VerificationCode.derive(KEY, "agreement two")).isNotEqualTo(a);
    assertThat(VerificationCode.derive(OTHER_KEY, "agreement one")).isNotEqualTo(a);
  }

  @Test
  void aCodeIsAcceptedInLowerCaseAndWithoutHyphens() {
    String code = VerificationCode.derive(KEY, "agreement");

    assertThat(VerificationCode.normalize(code)).contains(code);
    assertThat(VerificationCode.normalize(code.toLowerCase().replace("-", ""))).contains(code);
  }

  @Test
  void everySingleMistypedDataCharacterIsCaught() {
    String compact = VerificationCode.derive(KEY, "agreement").replace("-", "");
    for (int i = 0; i < 16; i++) {
      for (char c : SYMBOLS.toCharArray()) {
        if (c == compact.charAt(i)) {
          continue;
        }
        String typo = compact.substring(0, i) + c + compact.substring(i + 1);
        assertThat(VerificationCode.normalize(typo)).as("typo at %d: %s", i, typo).isEmpty();
      }
    }
  }

  @Test
  void swappedNeighboursAreCaught() {
    String compact = VerificationCode.derive(KEY, "some agreement").replace("-", "");
    for (int i = 0; i < 15; i++) {
      if (compact.charAt(i) == compact.charAt(i + 1)) {
        continue;
      }
      String swapped =
          compact.substring(0, i)
              + compact.charAt(i + 1)
              + compact.charAt(i)
              + compact.substring(i + 2);
      assertThat(VerificationCode.normalize(swapped)).as("swap at %d", i).isEmpty();
    }
  }

  @Test
  void textsThatAreNoCodeAreRefused() {
    assertThat(VerificationCode.normalize(null)).isEmpty();
    assertThat(VerificationCode.normalize("")).isEmpty();
    assertThat(VerificationCode.normalize("ABCD-EFGH")).isEmpty();
    assertThat(VerificationCode.normalize("IIII-IIII-IIII-IIII-I"))
        .as("I is not a symbol")
        .isEmpty();
  }
}
