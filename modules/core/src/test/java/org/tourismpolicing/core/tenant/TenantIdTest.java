package org.tourismpolicing.core.tenant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;
import org.tourismpolicing.core.validation.InvalidValueException;

class TenantIdTest {

  @ParameterizedTest
  @ValueSource(strings = {"dali-gucheng", "lijiang-gucheng", "a", "xizhou-town-2", "a1-b2-c3"})
  void acceptsLowerCaseLettersDigitsAndSingleHyphens(String id) {
    assertThat(TenantId.of(id).value()).isEqualTo(id);
    assertThat(TenantId.isValid(id)).isTrue();
  }

  @Test
  void acceptsFortyCharactersButNotFortyOne() {
    String forty = "a".repeat(40);

    assertThat(TenantId.of(forty).value()).hasSize(40);
    assertThat(TenantId.isValid(forty + "b")).isFalse();
    assertThatThrownBy(() -> TenantId.of(forty + "b"))
        .isInstanceOfSatisfying(
            InvalidValueException.class, e -> assertThat(e.code()).isEqualTo("tenant-id.syntax"));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Dali-Gucheng",
        "dali_gucheng",
        "dali--gucheng",
        "-dali",
        "dali-",
        "1dali",
        "dali gucheng",
        "大理古城",
        "dali/gucheng"
      })
  void refusesOtherSyntaxNamingTheValue(String id) {
    assertThat(TenantId.isValid(id)).isFalse();
    assertThatThrownBy(() -> TenantId.of(id))
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> {
              assertThat(e.code()).isEqualTo("tenant-id.syntax");
              assertThat(e.args()).containsExactly(id);
            });
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {"   "})
  void requiresAValue(String id) {
    assertThat(TenantId.isValid(id)).isFalse();
    assertThatThrownBy(() -> new TenantId(id))
        .isInstanceOfSatisfying(
            InvalidValueException.class, e -> assertThat(e.code()).isEqualTo("tenant-id.required"));
  }

  /** The first path segment after /api/ names these platform endpoints. */
  @ParameterizedTest
  @ValueSource(strings = {"platform", "dev", "public", "openapi", "health"})
  void refusesReservedWords(String id) {
    assertThat(TenantId.isValid(id)).isFalse();
    assertThatThrownBy(() -> TenantId.of(id))
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> {
              assertThat(e.code()).isEqualTo("tenant-id.reserved");
              assertThat(e.args()).containsExactly(id);
            });
  }

  @Test
  void reservedWordsAreOnlyReservedAsAWhole() {
    assertThat(TenantId.isValid("platform-town")).isTrue();
    assertThat(TenantId.isValid("dev2")).isTrue();
  }

  @Test
  void equalByValueAndPrintsAsTheValue() {
    assertThat(TenantId.of("dali-gucheng")).isEqualTo(new TenantId("dali-gucheng"));
    assertThat(TenantId.of("dali-gucheng")).hasToString("dali-gucheng");
  }
}
