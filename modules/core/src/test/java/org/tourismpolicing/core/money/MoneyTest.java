package org.tourismpolicing.core.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;
import org.tourismpolicing.core.validation.InvalidValueException;

class MoneyTest {

  private static final Currency CNY = Currency.getInstance("CNY");
  private static final Currency JPY = Currency.getInstance("JPY");
  private static final Currency USD = Currency.getInstance("USD");

  private static void assertInvalid(ThrowingCallable call, String code, Object... args) {
    assertThatThrownBy(call)
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> {
              assertThat(e.code()).isEqualTo(code);
              assertThat(e.args()).containsExactly(args);
            });
  }

  @Nested
  class Creating {

    @Test
    void cnyIsInFen() {
      Money money = Money.cny(1250);

      assertThat(money.fen()).isEqualTo(1250);
      assertThat(money.currency()).isEqualTo(CNY);
    }

    @Test
    void ofTakesAnIsoCodeInEitherCase() {
      assertThat(Money.of(500, "JPY")).isEqualTo(new Money(500, JPY));
      assertThat(Money.of(500, "usd")).isEqualTo(new Money(500, USD));
      assertThat(Money.of(500, " CNY ")).isEqualTo(Money.cny(500));
    }

    @ParameterizedTest
    @ValueSource(strings = {"RMB", "YUAN", "XYZ", "CN", "¥"})
    void refusesUnknownCurrencyCodes(String code) {
      assertInvalid(() -> Money.of(1, code), "money.currency.unknown", code);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"  "})
    void requiresACurrency(String code) {
      assertInvalid(() -> Money.of(1, code), "money.currency.required");
      assertInvalid(() -> new Money(1, null), "money.currency.required");
    }

    @ParameterizedTest
    @ValueSource(strings = {"XAU", "XXX", "XDR"})
    void refusesPseudoCurrenciesWithoutMinorUnits(String code) {
      assertInvalid(() -> Money.of(1, code), "money.currency.unsupported", code);
    }

    @Test
    void zeroIsZeroInItsCurrency() {
      assertThat(Money.zero(JPY)).isEqualTo(new Money(0, JPY));
      assertThat(Money.zero(CNY).isZero()).isTrue();
    }

    @Test
    void equalityNeedsSameAmountAndCurrency() {
      assertThat(Money.cny(100)).isEqualTo(Money.cny(100)).hasSameHashCodeAs(Money.cny(100));
      assertThat(Money.cny(100)).isNotEqualTo(Money.cny(101));
      assertThat(Money.cny(100)).isNotEqualTo(new Money(100, USD));
    }
  }

  @Nested
  class Parsing {

    @ParameterizedTest
    @CsvSource({
      "12.50, 1250",
      "12.5, 1250",
      "12, 1200",
      "0.01, 1",
      "0, 0",
      "-0.00, 0",
      "-3.05, -305",
      "+7.1, 710",
      "' 30000.00 ', 3000000",
      "12.500, 1250",
      "00012.30, 1230",
      "92233720368547758.07, 9223372036854775807",
      "-92233720368547758.08, -9223372036854775808"
    })
    void readsCnyExactly(String text, long fen) {
      assertThat(Money.parse(text, "CNY")).isEqualTo(Money.cny(fen));
    }

    @Test
    void neverGoesThroughFloatingPoint() {
      // 0.29 * 100 is 28.999999999999996 in double arithmetic.
      assertThat(Money.parse("0.29", "CNY").fen()).isEqualTo(29);
      assertThat(Money.parse("1.15", "CNY").fen()).isEqualTo(115);
    }

    @Test
    void followsTheFractionDigitsOfTheCurrency() {
      assertThat(Money.parse("1500", "JPY")).isEqualTo(new Money(1500, JPY));
      assertThat(Money.parse("1500.0", "JPY")).isEqualTo(new Money(1500, JPY));
      assertThat(Money.parse("1.234", "KWD").fen()).isEqualTo(1234);
    }

    @ParameterizedTest
    @CsvSource({"12.501, CNY, 2", "0.001, CNY, 2", "1500.5, JPY, 0", "1.2345, KWD, 3"})
    void refusesMoreFractionDigitsThanTheCurrencyHas(String text, String code, int digits) {
      assertInvalid(() -> Money.parse(text, code), "money.scale", text, digits, code);
    }

    @ParameterizedTest
    @ValueSource(
        strings = {
          "",
          " ",
          "abc",
          "12,50",
          "30,000.00",
          "1e3",
          "1E+3",
          "¥12",
          "12.",
          ".5",
          "--1",
          "1 000",
          "NaN",
          "Infinity",
          "0x10",
          "１２"
        })
    void refusesWhatIsNotAPlainDecimal(String text) {
      assertInvalid(() -> Money.parse(text, "CNY"), "money.syntax", text);
    }

    @Test
    void refusesNullText() {
      assertInvalid(() -> Money.parse(null, "CNY"), "money.syntax", "null");
    }

    @ParameterizedTest
    @ValueSource(
        strings = {
          "92233720368547758.08",
          "-92233720368547758.09",
          "100000000000000000000",
          "99999999999999999999999999999999999999.99"
        })
    void refusesAmountsThatDoNotFit(String text) {
      assertInvalid(() -> Money.parse(text, "CNY"), "money.overflow");
    }

    @Test
    void checksTheCurrencyCode() {
      assertInvalid(() -> Money.parse("1.00", "RMB"), "money.currency.unknown", "RMB");
    }
  }

  @Nested
  class Arithmetic {

    @Test
    void plusAndMinus() {
      assertThat(Money.cny(1250).plus(Money.cny(750))).isEqualTo(Money.cny(2000));
      assertThat(Money.cny(1250).minus(Money.cny(2000))).isEqualTo(Money.cny(-750));
    }

    @Test
    void times() {
      assertThat(Money.cny(5000).times(3)).isEqualTo(Money.cny(15000));
      assertThat(Money.cny(5000).times(0)).isEqualTo(Money.cny(0));
      assertThat(Money.cny(5000).times(-1)).isEqualTo(Money.cny(-5000));
    }

    @Test
    void refusesToMixCurrencies() {
      Money yuan = Money.cny(100);
      Money dollars = new Money(100, USD);

      assertInvalid(() -> yuan.plus(dollars), "money.currency.mismatch", "CNY", "USD");
      assertInvalid(() -> yuan.minus(dollars), "money.currency.mismatch", "CNY", "USD");
      assertInvalid(() -> dollars.compareTo(yuan), "money.currency.mismatch", "USD", "CNY");
    }

    @Test
    void overflowIsAnErrorNotAWrapAround() {
      Money max = Money.cny(Long.MAX_VALUE);
      Money min = Money.cny(Long.MIN_VALUE);

      assertInvalid(() -> max.plus(Money.cny(1)), "money.overflow");
      assertInvalid(() -> min.minus(Money.cny(1)), "money.overflow");
      assertInvalid(() -> max.times(2), "money.overflow");
      assertInvalid(() -> min.times(-1), "money.overflow");
      assertThat(max.minus(Money.cny(1)).fen()).isEqualTo(Long.MAX_VALUE - 1);
    }

    @Test
    void signs() {
      assertThat(Money.cny(-1).isNegative()).isTrue();
      assertThat(Money.cny(0).isNegative()).isFalse();
      assertThat(Money.cny(1).isNegative()).isFalse();
      assertThat(Money.cny(0).isZero()).isTrue();
      assertThat(Money.cny(1).isZero()).isFalse();
    }

    @Test
    void ordersWithinACurrency() {
      List<Money> amounts = new ArrayList<>(List.of(Money.cny(300), Money.cny(-5), Money.cny(20)));
      Collections.sort(amounts);

      assertThat(amounts).containsExactly(Money.cny(-5), Money.cny(20), Money.cny(300));
      assertThat(Money.cny(7).compareTo(Money.cny(7))).isZero();
      assertThat(Money.cny(Long.MIN_VALUE).compareTo(Money.cny(Long.MAX_VALUE))).isNegative();
    }
  }

  @Nested
  class Printing {

    @ParameterizedTest
    @CsvSource({
      "3000000, 30000.00",
      "1250, 12.50",
      "5, 0.05",
      "-5, -0.05",
      "0, 0.00",
      "9223372036854775807, 92233720368547758.07"
    })
    void decimalStringHasTheCurrencysFractionDigits(long fen, String expected) {
      assertThat(Money.cny(fen).toDecimalString()).isEqualTo(expected);
    }

    @Test
    void decimalStringOfOtherCurrencies() {
      assertThat(new Money(1500, JPY).toDecimalString()).isEqualTo("1500");
      assertThat(Money.of(1234, "KWD").toDecimalString()).isEqualTo("1.234");
    }

    @Test
    void decimalStringParsesBack() {
      for (long fen : new long[] {0, 1, -1, 99, 100, 1250, -305, Long.MAX_VALUE, Long.MIN_VALUE}) {
        Money money = Money.cny(fen);
        assertThat(Money.parse(money.toDecimalString(), "CNY")).isEqualTo(money);
      }
    }

    @Test
    void formatsForChineseReaders() {
      assertThat(Money.cny(3000000).format(Locale.SIMPLIFIED_CHINESE)).isEqualTo("¥30,000.00");
      assertThat(Money.cny(3000000).format(Locale.forLanguageTag("zh-CN"))).isEqualTo("¥30,000.00");
    }

    @Test
    void formatsForEnglishReaders() {
      assertThat(Money.cny(3000000).format(Locale.ENGLISH)).isEqualTo("CN¥30,000.00");
      assertThat(new Money(150000, USD).format(Locale.US)).isEqualTo("$1,500.00");
    }

    @Test
    void formatsWithoutRoundingEvenBeyondDoublePrecision() {
      // A double has 15 to 17 significant digits; this amount has 19.
      assertThat(Money.cny(Long.MAX_VALUE).format(Locale.SIMPLIFIED_CHINESE))
          .isEqualTo("¥92,233,720,368,547,758.07");
    }

    @Test
    void formatsOtherCurrenciesWithTheirOwnDigits() {
      // The yen sign differs between locale data versions; the digits must not.
      assertThat(new Money(1500, JPY).format(Locale.JAPAN)).endsWith("1,500").doesNotContain(".");
      assertThat(Money.cny(5).format(Locale.SIMPLIFIED_CHINESE)).isEqualTo("¥0.05");
    }

    @Test
    void formatsNegativeAmounts() {
      assertThat(Money.cny(-1250).format(Locale.SIMPLIFIED_CHINESE)).isEqualTo("-¥12.50");
    }

    @Test
    void toStringIsReadable() {
      assertThat(Money.cny(1250)).hasToString("12.50 CNY");
    }
  }
}
