package org.tourismpolicing.mediation.application;

import org.junit.jupiter.api.Test;
import org.tourismpolicing.testsupport.MessageBundleCheck;

/**
 * Both languages have the same keys, every pattern formats, and every message code the module's
 * code uses for problems is in the bundle.
 */
class MediationBundleTest {

  private static final String BUNDLE = new MediationMessages().baseName();

  @Test
  void chineseAndEnglishHaveTheSameKeysAndEveryPatternFormats() {
    MessageBundleCheck.sameKeysAndEveryPatternFormats(BUNDLE);
  }

  @Test
  void everyProblemCodeOfTheModuleHasAText() {
    MessageBundleCheck.everyProblemCodeHasAText(BUNDLE, 30);
  }
}
