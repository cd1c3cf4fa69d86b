package org.tourismpolicing.core.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Development mode follows the system property (which wins) or else the environment variable. Each
 * test sets the property and clears it in {@code finally}.
 */
class DevModeTest {

  static void withProperty(String value, Runnable check) {
    String before = System.getProperty(DevMode.PROPERTY);
    try {
      if (value == null) {
        System.clearProperty(DevMode.PROPERTY);
      } else {
        System.setProperty(DevMode.PROPERTY, value);
      }
      check.run();
    } finally {
      if (before == null) {
        System.clearProperty(DevMode.PROPERTY);
      } else {
        System.setProperty(DevMode.PROPERTY, before);
      }
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"true", "TRUE", " True "})
  void onWhenThePropertySaysTrue(String value) {
    withProperty(value, () -> assertThat(DevMode.isEnabled()).isTrue());
  }

  @ParameterizedTest
  @ValueSource(strings = {"false", "", "yes", "1", "on", "truee"})
  void offForAnyOtherValueOfTheProperty(String value) {
    withProperty(value, () -> assertThat(DevMode.isEnabled()).isFalse());
  }

  @Test
  void withoutThePropertyTheEnvironmentDecides() {
    String env = System.getenv(DevMode.ENVIRONMENT_VARIABLE);
    boolean expected = env != null && env.trim().toLowerCase(Locale.ROOT).equals("true");

    withProperty(null, () -> assertThat(DevMode.isEnabled()).isEqualTo(expected));
  }

  @Test
  void thePropertyOverridesTheEnvironment() {
    withProperty("false", () -> assertThat(DevMode.isEnabled()).isFalse());
  }

  @Test
  void tokensOfDevelopmentModeHaveTheirOwnIssuer() {
    assertThat(DevMode.ISSUER).isEqualTo("urn:tourism-policing:dev-mode");
  }

  @Test
  void theProductionPackageKeepsItOffWhateverThePropertySays() {
    String before = System.getProperty(DevMode.PACKAGE_PROPERTY);
    try {
      System.setProperty(DevMode.PACKAGE_PROPERTY, "production");
      withProperty("true", () -> assertThat(DevMode.isEnabled()).isFalse());
      withProperty("true", () -> assertThat(DevMode.setting()).isEqualTo("true"));
      assertThat(DevMode.isProductionPackage()).isTrue();
      System.setProperty(DevMode.PACKAGE_PROPERTY, "development");
      withProperty("true", () -> assertThat(DevMode.isEnabled()).isTrue());
    } finally {
      if (before == null) {
        System.clearProperty(DevMode.PACKAGE_PROPERTY);
      } else {
        System.setProperty(DevMode.PACKAGE_PROPERTY, before);
      }
    }
  }
}
