package org.tourismpolicing.core.money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.Currency;
import java.util.Locale;
import java.util.regex.Pattern;
import org.tourismpolicing.core.validation.InvalidValueException;

/**
 * An amount of money as a whole number of minor units of one currency: 分 (fen) for CNY, cents for
 * USD, whole yen for JPY. The component is called {@code fen} because nearly every amount in this
 * system is in yuan; for other currencies it holds their minor unit.
 *
 * <p>Amounts are never floating point: 0.1 + 0.2 is not 0.3 in binary floating point, and a fine or
 * a refund that is off by a fen is a wrong amount. Arithmetic is exact and fails with {@code
 * money.overflow} instead of wrapping around. Amounts of different currencies are never added,
 * subtracted or compared ({@code money.currency.mismatch}); converting needs a rate and a date and
 * is not this type's job.
 *
 * <p>How many minor units make a major one follows {@link Currency#getDefaultFractionDigits()} (CNY
 * 2, JPY 0, KWD 3). Pseudo-currencies without minor units (XAU, XXX) are refused with {@code
 * money.currency.unsupported}.
 */
public record Money(long fen, Currency currency) implements Comparable<Money> {

  /** Plain decimal notation only: no exponent, no grouping, no currency sign. */
  private static final Pattern DECIMAL = Pattern.compile("[+-]?[0-9]+(\\.[0-9]+)?");

  private static final Currency CNY = Currency.getInstance("CNY");

  public Money {
    if (currency == null) {
      throw new InvalidValueException("money.currency.required", "a currency is required");
    }
    if (currency.getDefaultFractionDigits() < 0) {
      throw new InvalidValueException(
          "money.currency.unsupported",
          "currency " + currency.getCurrencyCode() + " has no minor unit",
          currency.getCurrencyCode());
    }
  }

  /** An amount in renminbi, given in fen: {@code cny(1250)} is ¥12.50. */
  public static Money cny(long fen) {
    return new Money(fen, CNY);
  }

  /**
   * An amount in the minor unit of the currency with ISO 4217 code {@code currencyCode} (upper or
   * lower case).
   *
   * @throws InvalidValueException {@code money.currency.unknown} for a code that is not ISO 4217
   */
  public static Money of(long minorUnits, String currencyCode) {
    return new Money(minorUnits, currency(currencyCode));
  }

  /** Zero in {@code currency}, the start of a sum. */
  public static Money zero(Currency currency) {
    return new Money(0, currency);
  }

  /**
   * Reads a decimal amount in major units, such as {@code "12.50"} or {@code "-3"}, exactly.
   *
   * <p>Only plain notation is accepted (digits, an optional sign and an optional fraction with a
   * dot); grouping separators, currency signs and exponents are refused, because a form that sends
   * them has a bug worth seeing. Trailing zeros beyond the currency's fraction digits are accepted
   * ("12.500" CNY is 1250 fen) since nothing is lost; any other extra digit is refused rather than
   * rounded.
   *
   * @throws InvalidValueException {@code money.syntax} when the text is not a plain decimal number,
   *     {@code money.scale} when it has more fraction digits than the currency allows, {@code
   *     money.overflow} when the amount does not fit, {@code money.currency.unknown} for an unknown
   *     currency code
   */
  public static Money parse(String decimal, String currencyCode) {
    Currency currency = currency(currencyCode);
    String text = decimal == null ? "" : decimal.trim();
    if (!DECIMAL.matcher(text).matches()) {
      throw new InvalidValueException(
          "money.syntax", "'" + decimal + "' is not a decimal amount", String.valueOf(decimal));
    }
    int fractionDigits = currency.getDefaultFractionDigits();
    BigDecimal scaled;
    try {
      scaled = new BigDecimal(text).setScale(fractionDigits, RoundingMode.UNNECESSARY);
    } catch (ArithmeticException roundingNeeded) {
      throw new InvalidValueException(
          "money.scale",
          "'"
              + text
              + "' has more than "
              + fractionDigits
              + " fraction digits for "
              + currency.getCurrencyCode(),
          text,
          fractionDigits,
          currency.getCurrencyCode());
    }
    try {
      return new Money(scaled.unscaledValue().longValueExact(), currency);
    } catch (ArithmeticException tooLarge) {
      throw overflow();
    }
  }

  /** This plus {@code other}, which must be in the same currency. */
  public Money plus(Money other) {
    requireSameCurrency(other);
    try {
      return new Money(Math.addExact(fen, other.fen), currency);
    } catch (ArithmeticException tooLarge) {
      throw overflow();
    }
  }

  /** This minus {@code other}, which must be in the same currency. */
  public Money minus(Money other) {
    requireSameCurrency(other);
    try {
      return new Money(Math.subtractExact(fen, other.fen), currency);
    } catch (ArithmeticException tooLarge) {
      throw overflow();
    }
  }

  /** This amount {@code factor} times, for example a daily fee times a number of days. */
  public Money times(long factor) {
    try {
      return new Money(Math.multiplyExact(fen, factor), currency);
    } catch (ArithmeticException tooLarge) {
      throw overflow();
    }
  }

  public boolean isNegative() {
    return fen < 0;
  }

  public boolean isZero() {
    return fen == 0;
  }

  /**
   * The amount in major units with exactly the currency's fraction digits and no grouping, such as
   * {@code "30000.00"} or {@code "-0.05"}; the form for JSON, CSV and database columns.
   */
  public String toDecimalString() {
    return toBigDecimal().toPlainString();
  }

  /**
   * The amount as people read it in {@code locale}, such as {@code ¥30,000.00} in zh-CN or {@code
   * CN¥30,000.00} in English; the exact text is the JDK's locale data. Formatted from a {@link
   * BigDecimal} with rounding forbidden, so the digits are always exactly the stored ones.
   */
  public String format(Locale locale) {
    NumberFormat format = NumberFormat.getCurrencyInstance(locale);
    format.setCurrency(currency);
    int fractionDigits = currency.getDefaultFractionDigits();
    format.setMinimumFractionDigits(fractionDigits);
    format.setMaximumFractionDigits(fractionDigits);
    format.setRoundingMode(RoundingMode.UNNECESSARY);
    return format.format(toBigDecimal());
  }

  /**
   * Orders by amount within one currency.
   *
   * @throws InvalidValueException {@code money.currency.mismatch} for another currency, because
   *     there is no meaningful order between yuan and yen without an exchange rate
   */
  @Override
  public int compareTo(Money other) {
    requireSameCurrency(other);
    return Long.compare(fen, other.fen);
  }

  /** Such as {@code "12.50 CNY"}, readable in logs. */
  @Override
  public String toString() {
    return toDecimalString() + " " + currency.getCurrencyCode();
  }

  private BigDecimal toBigDecimal() {
    return BigDecimal.valueOf(fen, currency.getDefaultFractionDigits());
  }

  private void requireSameCurrency(Money other) {
    if (!currency.equals(other.currency)) {
      throw new InvalidValueException(
          "money.currency.mismatch",
          "cannot combine "
              + currency.getCurrencyCode()
              + " with "
              + other.currency.getCurrencyCode(),
          currency.getCurrencyCode(),
          other.currency.getCurrencyCode());
    }
  }

  private static Currency currency(String currencyCode) {
    if (currencyCode == null || currencyCode.isBlank()) {
      throw new InvalidValueException("money.currency.required", "a currency is required");
    }
    try {
      return Currency.getInstance(currencyCode.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException notIso4217) {
      throw new InvalidValueException(
          "money.currency.unknown", "unknown currency '" + currencyCode + "'", currencyCode);
    }
  }

  private static InvalidValueException overflow() {
    return new InvalidValueException(
        "money.overflow", "the amount is too large to be represented exactly");
  }
}
