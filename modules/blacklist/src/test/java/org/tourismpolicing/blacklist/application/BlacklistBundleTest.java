package org.tourismpolicing.blacklist.application;

import org.junit.jupiter.api.Test;
import org.tourismpolicing.testsupport.MessageBundleCheck;

/**
 * Both languages have the same keys, every pattern formats, and every message code the module's
 * code uses for problems is in the bundle.
 */
class BlacklistBundleTest {

  private static final String BUNDLE = new BlacklistMessages().baseName();

  @Test
  void chineseAndEnglishHaveTheSameKeysAndEveryPatternFormats() {
    MessageBundleCheck.sameKeysAndEveryPatternFormats(BUNDLE);
  }

  @Test
  void everyProblemCodeOfTheModuleHasAText() {
    MessageBundleCheck.everyProblemCodeHasAText(BUNDLE, 20);
  }
}
