package org.tourismpolicing.core.security;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class StartupChecksTest {

  private static StartupChecks checks(
      boolean allowDevWithProduction, String issuer, String key, String keyLocation) {
    StartupChecks c = new StartupChecks();
    c.allowDevWithProduction = allowDevWithProduction;
    c.issuer = Optional.ofNullable(issuer);
    c.publicKey = Optional.ofNullable(key);
    c.publicKeyLocation = Optional.ofNullable(keyLocation);
    return c;
  }

  @Test
  void developmentModeRunsOnTheEmbeddedDatabase() {
    assertThatCode(() -> checks(false, null, null, null).check(true, true))
        .doesNotThrowAnyException();
  }

  @Test
  void developmentModeRefusesAProductionDatabaseAndNamesTheSettings() {
    assertThatThrownBy(() -> checks(false, null, null, null).check(true, false))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("tp.dev-mode.allow-with-production-database")
        .hasMessageContaining("mp.jwt.verify.issuer");
  }

  @Test
  void developmentModeOnAProductionDatabaseOnlyWhenSaidOnPurpose() {
    assertThatCode(() -> checks(true, null, null, null).check(true, false))
        .doesNotThrowAnyException();
  }

  @Test
  void productionNeedsTheIssuerAndAKey() {
    assertThatThrownBy(() -> checks(false, null, null, null).check(false, false))
        .hasMessageContaining("mp.jwt.verify.issuer")
        .hasMessageContaining("mp.jwt.verify.publickey.location");
    assertThatThrownBy(() -> checks(false, "urn:idp", null, null).check(false, false))
        .hasMessageContaining("mp.jwt.verify.publickey");
    assertThatThrownBy(() -> checks(false, null, null, "file:/idp.pem").check(false, true))
        .hasMessageContaining("mp.jwt.verify.issuer");
    assertThatCode(() -> checks(false, "urn:idp", null, "file:/idp.pem").check(false, false))
        .doesNotThrowAnyException();
    assertThatCode(
            () -> checks(false, "urn:idp", "-----BEGIN PUBLIC KEY-----", null).check(false, false))
        .doesNotThrowAnyException();
  }

  @Test
  void theProductionPackageRefusesEveryDevelopmentSettingAndNamesIt() {
    assertThatThrownBy(
            () ->
                checks(false, "urn:idp", null, "file:/idp.pem")
                    .checkProductionPackage("true", false))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("production package")
        .hasMessageContaining("TP_DEV_MODE_ENABLED / tp.dev-mode.enabled=true");
    // a value that would not even switch it on is refused too: nobody meant it for production
    assertThatThrownBy(() -> checks(false, null, null, null).checkProductionPackage("yes", false))
        .hasMessageContaining("tp.dev-mode.enabled=yes");
    assertThatThrownBy(() -> checks(true, null, null, null).checkProductionPackage(null, false))
        .hasMessageContaining("tp.dev-mode.allow-with-production-database=true");
    StartupChecks clock = checks(false, null, null, null);
    clock.adjustableClock = true;
    assertThatThrownBy(() -> clock.checkProductionPackage(null, false))
        .hasMessageContaining("tp.clock.adjustable=true");
    assertThatThrownBy(() -> checks(false, null, null, null).checkProductionPackage(null, true))
        .hasMessageContaining("embedded H2 database");
  }

  @Test
  void theProductionPackageStartsWithoutDevelopmentSettings() {
    assertThatCode(() -> checks(false, null, null, null).checkProductionPackage(null, false))
        .doesNotThrowAnyException();
    assertThatCode(() -> checks(false, null, null, null).checkProductionPackage(" false ", false))
        .doesNotThrowAnyException();
  }
}
