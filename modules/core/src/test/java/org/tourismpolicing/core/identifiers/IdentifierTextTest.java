package org.tourismpolicing.core.identifiers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.tourismpolicing.core.validation.InvalidValueException;

class IdentifierTextTest {

  @Test
  void foldsFullWidthFormsAndDropsSeparatorsOfEveryKind() {
    assertThat(IdentifierText.compact("ＡＢＣ１２３")).isEqualTo("ABC123");
    assertThat(IdentifierText.compact(" abc\u3000-\uFF0D–—\u2212123\t\n")).isEqualTo("ABC123");
    assertThat(IdentifierText.compact("\u200BA\u200CB\u200DC\u2060\uFEFF\u00AD1"))
        .isEqualTo("ABC1");
    assertThat(IdentifierText.compact(null)).isEmpty();
  }

  @Test
  void keepsWhatIsNotASeparatorSoTheTypeCanRefuseIt() {
    assertThat(IdentifierText.compact("12/34.5_6")).isEqualTo("12/34.5_6");
    // a letter that looks like a digit is not guessed to be one
    assertThat(IdentifierText.compact("1O0")).isEqualTo("1O0");
    // only ASCII letters are upper-cased: ı (dotless i) does not become I
    assertThat(IdentifierText.compact("ı")).isEqualTo("ı");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "13800001234 | 13800001234",
        "+86 138 0000 1234 | 13800001234",
        "+86-138-0000-1234 | 13800001234",
        "0086 13800001234 | 13800001234",
        "(+86) 138.0000.1234 | 13800001234",
        "8613800001234 | 13800001234",
        "＋８６　１３８－００００－１２３４ | 13800001234",
        "0871-6312 3456 | 087163123456",
        "+852 2123 4567 | 85221234567"
      })
  void phoneNumbersAreTheirDigitsWithoutTheMainlandCountryCode(String typed, String digits) {
    assertThat(IdentifierText.phone(typed)).isEqualTo(digits);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "９１３５ ０１００ Ｍ０００ １００Ｙ ４４ | identifier.credit-code.check-digit",
        "110105-19491231-0021 | identifier.resident-id.check-digit"
      })
  void aWrongCheckCharacterIsStillRefusedOncePastedFormsAreRead(String typed, String code) {
    Runnable parse =
        code.contains("credit")
            ? () -> UnifiedSocialCreditCode.parse(typed)
            : () -> ResidentIdNumber.parse(typed);
    assertThatThrownBy(parse::run)
        .isInstanceOfSatisfying(
            InvalidValueException.class, e -> assertThat(e.code()).isEqualTo(code));
  }
}
