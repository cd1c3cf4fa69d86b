package org.tourismpolicing.kioskregistry.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.tourismpolicing.core.problem.FieldError;
import org.tourismpolicing.core.problem.ProblemException;
import org.tourismpolicing.core.problem.ProblemType;

class AmenityTest {

  private static final Instant T0 = Instant.parse("2026-06-01T02:00:00Z");
  private static final Instant T1 = T0.plusSeconds(60);

  private static Amenity umbrellas(int stock) {
    return new Amenity("kiosk-1", "umbrella", stock, T0);
  }

  @Test
  void lendingAndTakingBackChangesTheStock() {
    Amenity umbrellas = umbrellas(5);

    umbrellas.adjust(-2, T1);
    assertThat(umbrellas.stock()).isEqualTo(3);
    umbrellas.adjust(1, T1);

    assertThat(umbrellas.stock()).isEqualTo(4);
    assertThat(umbrellas.updatedAt()).isEqualTo(T1);
  }

  @Test
  void theLastOneCanBeLentAndThenNoneIsAvailable() {
    Amenity umbrellas = umbrellas(1);
    assertThat(umbrellas.isAvailable()).isTrue();

    umbrellas.adjust(-1, T1);

    assertThat(umbrellas.stock()).isZero();
    assertThat(umbrellas.isAvailable()).isFalse();
  }

  @Test
  void stockNeverGoesBelowZero() {
    Amenity umbrellas = umbrellas(2);

    assertThatThrownBy(() -> umbrellas.adjust(-3, T1))
        .isInstanceOfSatisfying(
            ProblemException.class,
            e -> {
              assertThat(e.type()).isEqualTo(ProblemType.RULE_VIOLATION);
              assertThat(e.type().status()).isEqualTo(422);
              assertThat(e.code()).isEqualTo("amenity.stock.insufficient");
              assertThat(e.args()).containsExactly("umbrella", 2, 3);
            });
    assertThat(umbrellas.stock()).isEqualTo(2);
    assertThat(umbrellas.updatedAt()).isEqualTo(T0);
  }

  @Test
  void aServiceHasNoStockToAdjust() {
    Amenity charging = new Amenity("kiosk-1", "phone-charging", null, T0);

    assertThat(charging.isAvailable()).isTrue();
    assertThatThrownBy(() -> charging.adjust(-1, T1))
        .isInstanceOfSatisfying(
            ProblemException.class,
            e -> {
              assertThat(e.type()).isEqualTo(ProblemType.CONFLICT);
              assertThat(e.code()).isEqualTo("amenity.not-stocked");
              assertThat(e.args()).containsExactly("phone-charging");
            });
  }

  @Test
  void stockCannotOverflow() {
    Amenity water = umbrellas(Integer.MAX_VALUE - 1);

    assertThatThrownBy(() -> water.adjust(2, T1))
        .isInstanceOfSatisfying(
            ProblemException.class,
            e ->
                assertThat(e.fieldErrors())
                    .containsExactly(FieldError.of("delta", "amenity.stock.too-large")));
    water.adjust(1, T1);
    assertThat(water.stock()).isEqualTo(Integer.MAX_VALUE);
  }

  @Test
  void aStockTakeSetsTheCount() {
    Amenity umbrellas = umbrellas(5);

    umbrellas.setStock(12, T1);

    assertThat(umbrellas.stock()).isEqualTo(12);
    assertThat(umbrellas.updatedAt()).isEqualTo(T1);
  }

  @Test
  void aStockTakeCannotBeNegative() {
    Amenity umbrellas = umbrellas(5);

    assertThatThrownBy(() -> umbrellas.setStock(-1, T1))
        .isInstanceOfSatisfying(
            ProblemException.class,
            e -> {
              assertThat(e.type()).isEqualTo(ProblemType.VALIDATION);
              assertThat(e.fieldErrors())
                  .containsExactly(FieldError.of("stock", "amenity.stock.negative"));
            });
    assertThat(umbrellas.stock()).isEqualTo(5);
  }

  @Test
  void aNegativeStartingStockIsRefused() {
    assertThatThrownBy(() -> umbrellas(-1))
        .isInstanceOfSatisfying(
            ProblemException.class,
            e ->
                assertThat(e.fieldErrors())
                    .containsExactly(FieldError.of("stock", "amenity.stock.negative")));
  }

  @Test
  void settingNoCountTurnsItIntoAService() {
    Amenity charging = new Amenity("kiosk-1", "phone-charging", 3, T0);

    charging.setStock(null, T1);

    assertThat(charging.stock()).isNull();
    assertThat(charging.isAvailable()).isTrue();
  }
}
