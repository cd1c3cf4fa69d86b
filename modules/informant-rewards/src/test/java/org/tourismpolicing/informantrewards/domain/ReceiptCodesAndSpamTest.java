package org.tourismpolicing.informantrewards.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Receipt codes are typable and forgiving; spam rules refuse what they say, nothing more. */
class ReceiptCodesAndSpamTest {

  @Test
  void aReceiptCodeIsSixteenCrockfordCharactersInGroupsOfFour() {
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < 200; i++) {
      String code = ReceiptCodes.newCode();
      assertThat(code).matches("[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){3}");
      assertThat(seen.add(code)).isTrue();
    }
  }

  @Test
  void typingIsForgivingAndTheHashMatchesWhateverTheSpelling() {
    String code = "7QK3-M2ZD-9XHA-B41R";
    String typed = "7qk3 m2zd 9xha b4lr";
    assertThat(ReceiptCodes.normalise(typed)).contains("7QK3M2ZD9XHAB41R");
    assertThat(ReceiptCodes.hash(ReceiptCodes.normalise(typed).orElseThrow()))
        .isEqualTo(ReceiptCodes.hash(ReceiptCodes.normalise(code).orElseThrow()));
    assertThat(ReceiptCodes.normalise("7QK3-M2ZD-9XHA")).isEmpty();
    assertThat(ReceiptCodes.normalise("7QK3-M2ZD-9XHA-B41U")).isEmpty();
    assertThat(ReceiptCodes.normalise(null)).isEmpty();
  }

  @Test
  void aDerivedCodeIsStableForItsHashAndValid() {
    String hex = "a3f1c2d4e5b60718293a4b5c6d7e8f9012345678";
    String code = ReceiptCodes.fromKeyedHash(hex);
    assertThat(code).isEqualTo(ReceiptCodes.fromKeyedHash(hex));
    assertThat(ReceiptCodes.normalise(code)).isPresent();
    assertThat(ReceiptCodes.fromKeyedHash("b" + hex.substring(1))).isNotEqualTo(code);
  }

  @Test
  void pseudonymsCarryNothingOfThePerson() {
    assertThat(ReceiptCodes.newPseudonym()).matches("RA-[0-9A-HJKMNP-TV-Z]{6}");
  }

  @Test
  void spamRules() {
    assertThat(SpamRules.check("无证客栈")).contains("tip.spam.too-short");
    assertThat(SpamRules.check("   short   ")).contains("tip.spam.too-short");
    assertThat(SpamRules.check("人民路一家客栈没有挂牌，每晚都有游客入住")).isEmpty();
    assertThat(SpamRules.check("see http://a.example and www.b.example and https://c.example now"))
        .contains("tip.spam.links");
    assertThat(SpamRules.check("see http://a.example and www.b.example for photos")).isEmpty();
  }

  @Test
  void theDuplicateFingerprintIgnoresCaseWidthSpacesAndPunctuation() {
    assertThat(SpamRules.fingerprint("人民路一家客栈，没有挂牌！"))
        .isEqualTo(SpamRules.fingerprint("人民路 一家客栈 没有挂牌"));
    assertThat(SpamRules.fingerprint("Unlicensed inn on Renmin Road"))
        .isEqualTo(SpamRules.fingerprint("ＵＮＬＩＣＥＮＳＥＤ inn on renmin road."));
    assertThat(SpamRules.fingerprint("Unlicensed inn on Renmin Road"))
        .isNotEqualTo(SpamRules.fingerprint("Unlicensed inn on Fuxing Road"));
  }

  @Test
  void photosAreRecognisedByTheirFirstBytes() {
    assertThat(PhotoType.sniff(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0x00}))
        .contains(PhotoType.JPEG);
    assertThat(PhotoType.sniff(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 1}))
        .contains(PhotoType.PNG);
    assertThat(PhotoType.sniff("GIF89a....".getBytes())).isEmpty();
    assertThat(PhotoType.sniff(new byte[] {(byte) 0xFF})).isEmpty();
  }
}
