package org.tourismpolicing.core.identifiers;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;
import org.tourismpolicing.core.validation.InvalidValueException;

class UnifiedSocialCreditCodeTest {

  /** A widely used sample code, registered in Fuzhou, Fujian (region 350100). */
  private static final String SAMPLE = "91350100M000100Y43";

  private static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

  /**
   * The GB 32100 check character computed from its definition (weights 3^(i-1) mod 31, check value
   * making the weighted sum 0 mod 31), independently of the class under test.
   */
  static String withCheckCharacter(String first17) {
    int sum = 0;
    int weight = 1;
    for (int i = 0; i < 17; i++) {
      sum += ALPHABET.indexOf(first17.charAt(i)) * weight;
      weight = weight * 3 % 31;
    }
    return first17 + ALPHABET.charAt((31 - sum % 31) % 31);
  }

  private static InvalidValueException failure(String text) {
    try {
      UnifiedSocialCreditCode.parse(text);
    } catch (InvalidValueException e) {
      assertThat(UnifiedSocialCreditCode.isValid(text)).isFalse();
      return e;
    }
    throw new AssertionError("accepted " + text);
  }

  /** Random first 17 characters that pass every rule but the check. */
  private static List<String> randomValidCodes(int count) {
    Random random = new Random(32100);
    List<String> codes = new ArrayList<>();
    for (int n = 0; n < count; n++) {
      StringBuilder first17 = new StringBuilder();
      for (int i = 0; i < 17; i++) {
        boolean regionPosition = i >= 2 && i <= 7;
        first17.append(
            regionPosition
                ? (char) ('0' + random.nextInt(10))
                : ALPHABET.charAt(random.nextInt(ALPHABET.length())));
      }
      codes.add(withCheckCharacter(first17.toString()));
    }
    return codes;
  }

  @Test
  void acceptsAPublishedCode() {
    UnifiedSocialCreditCode code = UnifiedSocialCreditCode.parse(SAMPLE);

    assertThat(code.value()).isEqualTo(SAMPLE);
    assertThat(code.registrationAuthority()).isEqualTo('9');
    assertThat(code.regionCode()).isEqualTo("350100");
    assertThat(code).hasToString(SAMPLE);
    assertThat(UnifiedSocialCreditCode.isValid(SAMPLE)).isTrue();
    assertThat(withCheckCharacter(SAMPLE.substring(0, 17))).isEqualTo(SAMPLE);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "91350100m000100y43",
        " 91350100M000100Y43 ",
        "9135 0100 M000 100Y 43",
        "913501\u300000M000100Y43",
        "91350100M000100Y4\t3",
        "913501-00M000100-Y43",
        "9135\u20140100\uFF0DM000\u2212100Y43",
        "９１３５０１００Ｍ０００１００Ｙ４３",
        "91350100M000100Ｙ43",
        "\u200B91350100\u200CM000100Y43\uFEFF",
        "９１３５ ０１００\u3000ｍ０００ １００ｙ ４３"
      })
  void acceptsPastedForms(String text) {
    assertThat(UnifiedSocialCreditCode.parse(text).value()).isEqualTo(SAMPLE);
    assertThat(UnifiedSocialCreditCode.isValid(text)).isTrue();
    assertThat(new UnifiedSocialCreditCode(text)).isEqualTo(new UnifiedSocialCreditCode(SAMPLE));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "9153290100000000", // a company in Dali
        "9253070200000000", // an individual business in Lijiang, without organisation code check
        "1211000040000000", // a public institution in Beijing
        "51110000500000000",
        "Y1532901MA6K0000"
      })
  void acceptsGeneratedCodes(String prefix) {
    String first17 = (prefix + "00000000000000000").substring(0, 17);
    String code = withCheckCharacter(first17);

    assertThat(UnifiedSocialCreditCode.parse(code).regionCode()).isEqualTo(first17.substring(2, 8));
  }

  @Test
  void acceptsRandomCodesWithEveryCheckCharacter() {
    Set<Character> checkCharacters = new HashSet<>();
    for (String code : randomValidCodes(3000)) {
      assertThat(UnifiedSocialCreditCode.isValid(code)).as(code).isTrue();
      checkCharacters.add(code.charAt(17));
    }
    // Includes '0', the case where 31 - (sum mod 31) is 31.
    assertThat(checkCharacters).hasSize(31);
  }

  @Test
  void detectsEverySingleSubstitution() {
    List<String> undetected = new ArrayList<>();
    List<String> samples = new ArrayList<>(List.of(SAMPLE));
    samples.addAll(randomValidCodes(30));
    for (String valid : samples) {
      for (int position = 0; position < 18; position++) {
        for (char replacement : ALPHABET.toCharArray()) {
          if (replacement == valid.charAt(position)) {
            continue;
          }
          String changed =
              valid.substring(0, position) + replacement + valid.substring(position + 1);
          if (UnifiedSocialCreditCode.isValid(changed)) {
            undetected.add(changed);
          }
        }
      }
    }
    assertThat(undetected).isEmpty();
  }

  @Test
  void detectsEveryAdjacentTransposition() {
    List<String> undetected = new ArrayList<>();
    List<String> samples = new ArrayList<>(List.of(SAMPLE));
    samples.addAll(randomValidCodes(200));
    for (String valid : samples) {
      for (int position = 0; position < 17; position++) {
        char a = valid.charAt(position);
        char b = valid.charAt(position + 1);
        if (a == b) {
          continue;
        }
        String swapped = valid.substring(0, position) + b + a + valid.substring(position + 2);
        if (UnifiedSocialCreditCode.isValid(swapped)) {
          undetected.add(swapped);
        }
      }
    }
    assertThat(undetected).isEmpty();
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {"   ", " \u3000 "})
  void requiresACode(String text) {
    InvalidValueException e = failure(text);

    assertThat(e.code()).isEqualTo("identifier.credit-code.required");
    assertThat(e.args()).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"91350100M000100Y4", "91350100M000100Y433", "M000100Y4", "9"})
  void refusesOtherLengths(String text) {
    InvalidValueException e = failure(text);

    assertThat(e.code()).isEqualTo("identifier.credit-code.length");
    assertThat(e.args()).containsExactly(text.length());
  }

  @ParameterizedTest
  @CsvSource({
    "91350100M000100I43, I, 16",
    "91350100O000100Y43, O, 9",
    "91350100M000100Y4Z, Z, 18",
    "S1350100M000100Y43, S, 1",
    "9V350100M000100Y43, V, 2",
    "91350100M000/00Y43, /, 13",
    "91350100M000100Ｏ43, O, 16"
  })
  void refusesCharactersOutsideTheAlphabet(String text, String character, int position) {
    InvalidValueException e = failure(text);

    assertThat(e.code()).isEqualTo("identifier.credit-code.charset");
    assertThat(e.args()).containsExactly(character, position);
  }

  @ParameterizedTest
  @ValueSource(strings = {"91A50100M000100Y4", "9135010AM000100Y4", "91ABCDEFM000100Y4"})
  void refusesLettersInTheRegionCode(String first17) {
    InvalidValueException e = failure(withCheckCharacter(first17));

    assertThat(e.code()).isEqualTo("identifier.credit-code.region");
    assertThat(e.args()).containsExactly(first17.substring(2, 8));
  }

  @Test
  void refusesAWrongCheckCharacter() {
    InvalidValueException e = failure("91350100M000100Y44");

    assertThat(e.code()).isEqualTo("identifier.credit-code.check-digit");
    assertThat(e.args()).containsExactly("91350100M000100Y44");
  }

  @Test
  void doesNotCheckTheEmbeddedOrganisationCode() {
    // Positions 9 to 17 are all zeros, which has no valid GB 11714 check digit of its own.
    assertThat(UnifiedSocialCreditCode.isValid(withCheckCharacter("92532901000000000"))).isTrue();
  }
}
