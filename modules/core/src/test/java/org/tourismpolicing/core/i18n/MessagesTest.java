package org.tourismpolicing.core.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.tourismpolicing.core.testing.FixedInstance;

class MessagesTest {

  private static final Locale ZH_TW = Locale.forLanguageTag("zh-TW");
  private static final Locale FRENCH = Locale.FRENCH;
  private static final Locale KOREAN = Locale.KOREAN;

  private static Messages messages(MessageBundle... bundles) {
    Messages messages = new Messages();
    messages.bundles = FixedInstance.of(bundles);
    return messages;
  }

  private static final MessageBundle TEST_BUNDLE =
      () -> "org.tourismpolicing.core.i18n.testmessages";

  @Test
  void choosesTheFirstSupportedLanguageTheCallerPrefers() {
    assertThat(Messages.choose(List.of(Locale.ENGLISH), Locale.SIMPLIFIED_CHINESE))
        .isEqualTo(Locale.ENGLISH);
    assertThat(Messages.choose(List.of(FRENCH, Locale.US, Locale.CHINA), Locale.SIMPLIFIED_CHINESE))
        .isEqualTo(Locale.ENGLISH);
    assertThat(Messages.choose(List.of(FRENCH, Locale.CHINA, Locale.US), Locale.ENGLISH))
        .isEqualTo(Locale.SIMPLIFIED_CHINESE);
  }

  @Test
  void anyChineseGetsSimplifiedChinese() {
    assertThat(Messages.choose(List.of(ZH_TW), Locale.ENGLISH))
        .isEqualTo(Locale.SIMPLIFIED_CHINESE);
    assertThat(Messages.choose(List.of(Locale.forLanguageTag("zh-Hant-HK")), Locale.ENGLISH))
        .isEqualTo(Locale.SIMPLIFIED_CHINESE);
  }

  @Test
  void withoutASupportedPreferenceTheFallbackDecides() {
    assertThat(Messages.choose(List.of(), Locale.ENGLISH)).isEqualTo(Locale.ENGLISH);
    assertThat(Messages.choose(List.of(FRENCH), Locale.UK)).isEqualTo(Locale.ENGLISH);
    assertThat(Messages.choose(List.of(KOREAN), Locale.SIMPLIFIED_CHINESE))
        .isEqualTo(Locale.SIMPLIFIED_CHINESE);
    // a tenant whose default language has no texts (Korean) falls back to Chinese
    assertThat(Messages.choose(List.of(), KOREAN)).isEqualTo(Locale.SIMPLIFIED_CHINESE);
  }

  @Test
  void aSubjectArgumentIsTranslatedToo() {
    Messages messages = messages(new CoreMessages());
    List<Object> args = List.of(new MessageKey("subject.walk-in"), "w1");
    assertThat(messages.text("not-found.detail", Locale.SIMPLIFIED_CHINESE, args))
        .isEqualTo("不存在编号为 w1 的来访记录。");
    assertThat(messages.text("not-found.detail", Locale.ENGLISH, args))
        .isEqualTo("No walk-in with id w1 exists.");
  }

  @Test
  void textsInBothLanguagesWithArguments() {
    Messages messages = messages(new CoreMessages());

    assertThat(messages.text("geo.latitude.range", Locale.ENGLISH, List.of(95.12345678)))
        .isEqualTo("Latitude 95.123457 is not between -90 and 90 degrees.");
    assertThat(messages.text("geo.latitude.range", Locale.SIMPLIFIED_CHINESE, List.of(95.5)))
        .isEqualTo("纬度 95.5 不在 -90 到 90 度之间。");
    assertThat(messages.text("validation.required", ZH_TW, List.of())).isEqualTo("此字段为必填项。");
  }

  @Test
  void anEnglishCallerGetsEnglishOnAServerRunningInChina() {
    Locale before = Locale.getDefault();
    try {
      Locale.setDefault(Locale.SIMPLIFIED_CHINESE);

      assertThat(
              messages(new CoreMessages()).text("validation.required", Locale.ENGLISH, List.of()))
          .isEqualTo("This field is required.");
    } finally {
      Locale.setDefault(before);
    }
  }

  @Test
  void anUnknownCodeIsAnsweredWithTheCode() {
    Messages messages = messages(new CoreMessages());

    assertThat(messages.find("no.such.code", Locale.ENGLISH)).isEmpty();
    assertThat(messages.text("no.such.code", Locale.ENGLISH, List.of("x")))
        .isEqualTo("no.such.code");
  }

  @Test
  void everyModulesBundleIsSearchedInTurn() {
    Messages messages = messages(new CoreMessages(), TEST_BUNDLE);

    assertThat(messages.text("test.only", Locale.ENGLISH, List.of("x")))
        .isEqualTo("Only in the test bundle: x.");
    assertThat(messages.text("validation.required", Locale.ENGLISH, List.of()))
        .isEqualTo("This field is required.");
  }

  @Test
  void aModuleWithoutChineseTextsAnswersChineseCallersFromItsBaseFile() {
    Messages messages = messages(TEST_BUNDLE);

    assertThat(messages.find("test.only", Locale.SIMPLIFIED_CHINESE))
        .contains("Only in the test bundle: {0}.");
  }
}
