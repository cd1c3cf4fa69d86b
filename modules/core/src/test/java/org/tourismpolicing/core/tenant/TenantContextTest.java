package org.tourismpolicing.core.tenant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TenantContextTest {

  @Test
  void requireFailsOutsideAUnitOfWork() {
    TenantContext context = new TenantContext();

    assertThat(context.current()).isEmpty();
    assertThatThrownBy(context::require).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void swapReturnsThePreviousTenantSoItCanBeRestored() {
    TenantContext context = new TenantContext();
    TenantId dali = TenantId.of("dali-gucheng");
    TenantId lijiang = TenantId.of("lijiang-gucheng");

    assertThat(context.swap(dali)).isNull();
    assertThat(context.swap(lijiang)).isEqualTo(dali);
    assertThat(context.require()).isEqualTo(lijiang);
    assertThat(context.swap(null)).isEqualTo(lijiang);
    assertThat(context.current()).isEmpty();
  }
}
