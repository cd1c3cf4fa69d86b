package org.tourismpolicing.core.identifiers;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;
import org.tourismpolicing.core.validation.InvalidValueException;

class ResidentIdNumberTest {

  /** The example number of the standard, issued in Chaoyang district, Beijing. */
  private static final String SAMPLE = "11010519491231002X";

  private static final String ALPHABET = "0123456789X";

  /**
   * ISO 7064 MOD 11-2 computed from its definition (weights 2^(n-1) mod 11, check value chosen so
   * the weighted sum including it is 1 mod 11), independently of the class under test.
   */
  static String withCheckCharacter(String first17) {
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      int weight = 1;
      for (int k = 0; k < 17 - i; k++) {
        weight = weight * 2 % 11;
      }
      sum += (first17.charAt(i) - '0') * weight;
    }
    int check = (12 - sum % 11) % 11;
    return first17 + (check == 10 ? 'X' : (char) ('0' + check));
  }

  private static InvalidValueException failure(String text) {
    try {
      ResidentIdNumber.parse(text);
    } catch (InvalidValueException e) {
      assertThat(ResidentIdNumber.isValid(text)).isFalse();
      return e;
    }
    throw new AssertionError("accepted " + text);
  }

  @Test
  void acceptsTheStandardsExample() {
    ResidentIdNumber id = ResidentIdNumber.parse(SAMPLE);

    assertThat(id.value()).isEqualTo(SAMPLE);
    assertThat(id.birthDate()).isEqualTo(LocalDate.of(1949, 12, 31));
    assertThat(id.regionCode()).isEqualTo("110105");
    assertThat(ResidentIdNumber.isValid(SAMPLE)).isTrue();
    assertThat(withCheckCharacter(SAMPLE.substring(0, 17))).isEqualTo(SAMPLE);
  }

  @Test
  void acceptsLowerCaseXAndSurroundingSpace() {
    assertThat(ResidentIdNumber.parse("11010519491231002x").value()).isEqualTo(SAMPLE);
    assertThat(ResidentIdNumber.parse("  11010519491231002X\n").value()).isEqualTo(SAMPLE);
    assertThat(new ResidentIdNumber("11010519491231002x")).isEqualTo(new ResidentIdNumber(SAMPLE));
    assertThat(ResidentIdNumber.isValid(" 11010519491231002x ")).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "110105 19491231 002X",
        "110105-19491231-002x",
        "１１０１０５１９４９１２３１００２Ｘ",
        "１１０１０５１９４９１２３１００２ｘ",
        "110105\uFF0D19491231\u3000002X",
        "\u200B110105\u200D19491231002X\u2060"
      })
  void acceptsPastedForms(String text) {
    assertThat(ResidentIdNumber.parse(text).value()).isEqualTo(SAMPLE);
    assertThat(ResidentIdNumber.isValid(text)).isTrue();
  }

  @Test
  void masksTheBirthDateAndSequence() {
    ResidentIdNumber id = ResidentIdNumber.parse(SAMPLE);

    assertThat(id.masked()).isEqualTo("110105********002X");
    assertThat(id).hasToString("110105********002X");
    assertThat(List.of(id).toString()).doesNotContain("19491231");
  }

  @Test
  void acceptsGeneratedNumbersWithEveryCheckCharacter() {
    Set<Character> checkCharacters = new HashSet<>();
    // Dali old town (532901), born 1990-02-28, every sequence number.
    for (int sequence = 0; sequence < 1000; sequence++) {
      String number = withCheckCharacter(String.format("53290119900228%03d", sequence));
      ResidentIdNumber id = ResidentIdNumber.parse(number);
      assertThat(id.birthDate()).isEqualTo(LocalDate.of(1990, 2, 28));
      checkCharacters.add(number.charAt(17));
    }
    assertThat(checkCharacters).hasSize(11);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "53070219851021001", // Lijiang, Gucheng district
        "65010220000229123", // Urumqi, a leap day
        "46020019001231456", // Sanya, the earliest year allowed
        "81000019991231002", // Hong Kong resident's residence permit
        "82000020120101003", // Macao resident's residence permit
        "71000019800101005",
        "15010219700101001",
        "54010219600615007"
      })
  void acceptsGeneratedNumbersAcrossRegions(String first17) {
    String number = withCheckCharacter(first17);

    assertThat(ResidentIdNumber.parse(number).regionCode()).isEqualTo(first17.substring(0, 6));
  }

  @Test
  void detectsEverySingleSubstitution() {
    List<String> undetected = new ArrayList<>();
    for (String valid : List.of(SAMPLE, withCheckCharacter("53290119900228001"))) {
      for (int position = 0; position < 18; position++) {
        for (char replacement : ALPHABET.toCharArray()) {
          if (replacement == valid.charAt(position)) {
            continue;
          }
          String changed =
              valid.substring(0, position) + replacement + valid.substring(position + 1);
          if (ResidentIdNumber.isValid(changed)) {
            undetected.add(changed);
          }
        }
      }
    }
    assertThat(undetected).isEmpty();
  }

  @Test
  void substitutionsThatLeaveADateAndRegionAreCaughtByTheCheckDigit() {
    // Sequence digits carry no other rule, so only the check digit can catch these.
    String valid = withCheckCharacter("53290119900228001");
    for (int position = 14; position < 17; position++) {
      for (char replacement = '0'; replacement <= '9'; replacement++) {
        if (replacement == valid.charAt(position)) {
          continue;
        }
        String changed = valid.substring(0, position) + replacement + valid.substring(position + 1);
        assertThat(failure(changed).code()).isEqualTo("identifier.resident-id.check-digit");
      }
    }
  }

  @Test
  void detectsEveryAdjacentTransposition() {
    List<String> undetected = new ArrayList<>();
    List<String> samples = new ArrayList<>(List.of(SAMPLE));
    for (int sequence = 0; sequence < 1000; sequence += 7) {
      samples.add(withCheckCharacter(String.format("53290119900228%03d", sequence)));
    }
    for (String valid : samples) {
      for (int position = 0; position < 17; position++) {
        char a = valid.charAt(position);
        char b = valid.charAt(position + 1);
        if (a == b) {
          continue;
        }
        String swapped = valid.substring(0, position) + b + a + valid.substring(position + 2);
        if (ResidentIdNumber.isValid(swapped)) {
          undetected.add(swapped);
        }
      }
    }
    assertThat(undetected).isEmpty();
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {"   ", "\t"})
  void requiresANumber(String text) {
    InvalidValueException e = failure(text);

    assertThat(e.code()).isEqualTo("identifier.resident-id.required");
    assertThat(e.args()).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "110105491231002", // a legacy 15-digit number
        "11010519491231002",
        "11010519491231002X0",
        "1"
      })
  void refusesOtherLengths(String text) {
    InvalidValueException e = failure(text);

    assertThat(e.code()).isEqualTo("identifier.resident-id.length");
    assertThat(e.args()).containsExactly(text.length());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "11010519491231002A",
        "1101051949123100X2",
        "X10105194912310027",
        "110105/19491231002",
        "1101051949.1231002",
        "１１０１０５１９４９１２３１００２Ａ"
      })
  void refusesCharactersOtherThanDigitsAndAFinalX(String text) {
    InvalidValueException e = failure(text);

    assertThat(e.code()).isEqualTo("identifier.resident-id.syntax");
    assertThat(e.args()).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"00", "10", "16", "20", "24", "30", "38", "47", "55", "66", "72", "83", "99"})
  void refusesUnknownProvinceCodes(String province) {
    InvalidValueException e = failure(withCheckCharacter(province + "010519491231002"));

    assertThat(e.code()).isEqualTo("identifier.resident-id.region");
    assertThat(e.args()).containsExactly(province);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "18991231", // before 1900
        "19490230",
        "19490231",
        "19490001",
        "19491301",
        "19491200",
        "19491232",
        "19900229", // not a leap year
        "19000229", // 1900 was not a leap year either
        "00000000"
      })
  void refusesImpossibleBirthDates(String yyyyMMdd) {
    InvalidValueException e = failure(withCheckCharacter("110105" + yyyyMMdd + "002"));

    assertThat(e.code()).isEqualTo("identifier.resident-id.birth-date");
    assertThat(e.args()).isEmpty();
    assertThat(e.getMessage()).doesNotContain(yyyyMMdd);
  }

  @Test
  void acceptsLeapDaysAndDoesNotConsultTheClock() {
    assertThat(ResidentIdNumber.parse(withCheckCharacter("11010520000229002")).birthDate())
        .isEqualTo(LocalDate.of(2000, 2, 29));
    assertThat(ResidentIdNumber.isValid(withCheckCharacter("11010520990101002"))).isTrue();
  }

  @Test
  void refusesAWrongCheckDigitWithoutRevealingTheRightOne() {
    InvalidValueException e = failure("110105194912310021");

    assertThat(e.code()).isEqualTo("identifier.resident-id.check-digit");
    assertThat(e.args()).isEmpty();
    assertThat(e.getMessage()).doesNotContain("X").doesNotContain("110105194912310021");
  }

  @Test
  void errorMessagesNeverContainTheNumber() {
    for (String text :
        List.of("110105194912310021", "11010518991231002X", "1101051949123100X2", "1601051")) {
      assertThat(failure(text).getMessage()).doesNotContain(text);
    }
  }
}
