package org.tourismpolicing.informantrewards.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigValue;
import org.eclipse.microprofile.config.spi.ConfigSource;
import org.eclipse.microprofile.config.spi.Converter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tourismpolicing.core.problem.ProblemException;
import org.tourismpolicing.core.problem.ProblemType;
import org.tourismpolicing.core.tenant.TenantId;

/**
 * Where a tenant's identity keys come from (settings or a key file), and what happens without them
 * or with broken ones: 503 naming the setting, or a refusal that names the key but never shows it.
 */
class IdentityKeysTest {

  private static final TenantId DALI = TenantId.of("dali-gucheng");

  static String key() {
    byte[] k = new byte[32];
    new SecureRandom().nextBytes(k);
    return Base64.getEncoder().encodeToString(k);
  }

  private static IdentityKeys with(Map<String, String> settings) {
    IdentityKeys keys = new IdentityKeys();
    keys.config = new MapConfig(settings);
    return keys;
  }

  @Test
  void keysFromTheSettingsSealWithTheFirstKey() {
    String k2 = key();
    IdentityKeys keys =
        with(
            Map.of(
                IdentityKeys.KEYS + "dali-gucheng",
                "k2:" + k2 + ",k1:" + key(),
                IdentityKeys.HASH_KEY + "dali-gucheng",
                key()));
    var k = keys.require(DALI);
    String sealed = k.cipher().encrypt("phone", "13800138000");
    assertThat(sealed).startsWith("k2:");
    assertThat(k.cipher().decrypt("phone", sealed)).isEqualTo("13800138000");
    assertThat(keys.require(DALI)).isSameAs(k);
  }

  @Test
  void keysFromAFile(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("identity-keys.properties");
    Files.writeString(
        file,
        IdentityKeys.KEYS
            + "dali-gucheng=k1:"
            + key()
            + "\n"
            + IdentityKeys.HASH_KEY
            + "dali-gucheng="
            + key()
            + "\n");
    IdentityKeys keys = with(Map.of(IdentityKeys.KEYS_FILE, file.toString()));
    assertThat(keys.find(DALI)).isPresent();
    assertThat(keys.find(TenantId.of("lijiang-gucheng"))).isEmpty();
  }

  @Test
  void withoutKeysIdentityFeaturesAnswer503NamingTheSetting() {
    IdentityKeys keys = with(Map.of());
    assertThatThrownBy(() -> keys.require(DALI))
        .isInstanceOfSatisfying(
            ProblemException.class,
            e -> {
              assertThat(e.type()).isEqualTo(ProblemType.UNAVAILABLE);
              assertThat(e.code()).isEqualTo("informant.keys.missing");
              assertThat(e.args()).containsExactly("tp.informant-rewards.keys.dali-gucheng");
            });
  }

  @Test
  void halfAKeySetOrABrokenKeyStopsWithoutShowingTheKey() {
    String shortKey = Base64.getEncoder().encodeToString(new byte[8]);
    assertThatThrownBy(
            () -> with(Map.of(IdentityKeys.KEYS + "dali-gucheng", "k1:" + key())).find(DALI))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining(IdentityKeys.HASH_KEY + "dali-gucheng");
    assertThatThrownBy(
            () ->
                with(Map.of(
                        IdentityKeys.KEYS + "dali-gucheng",
                        "k1:" + shortKey,
                        IdentityKeys.HASH_KEY + "dali-gucheng",
                        key()))
                    .find(DALI))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("32 bytes")
        .hasMessageNotContaining(shortKey);
  }

  /** The few settings a test gives, as MicroProfile Config. */
  private record MapConfig(Map<String, String> values) implements Config {

    MapConfig {
      values = new HashMap<>(values);
    }

    @Override
    public <T> T getValue(String name, Class<T> type) {
      return getOptionalValue(name, type).orElseThrow(() -> new NoSuchElementException(name));
    }

    @Override
    public ConfigValue getConfigValue(String name) {
      throw new UnsupportedOperationException();
    }

    @Override
    public <T> Optional<T> getOptionalValue(String name, Class<T> type) {
      return Optional.ofNullable(values.get(name)).map(type::cast);
    }

    @Override
    public Iterable<String> getPropertyNames() {
      return values.keySet();
    }

    @Override
    public Iterable<ConfigSource> getConfigSources() {
      return List.of();
    }

    @Override
    public <T> Optional<Converter<T>> getConverter(Class<T> forType) {
      return Optional.empty();
    }

    @Override
    public <T> T unwrap(Class<T> type) {
      throw new UnsupportedOperationException();
    }
  }
}
