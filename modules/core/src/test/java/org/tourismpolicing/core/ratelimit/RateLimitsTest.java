package org.tourismpolicing.core.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;
import org.junit.jupiter.api.Test;
import org.tourismpolicing.core.problem.ProblemType;
import org.tourismpolicing.core.tenant.TenantId;

class RateLimitsTest {

  private static final RateLimit LOOKUP = new RateLimit("lookup", 3, Duration.ofMinutes(1));
  private static final TenantId DALI = TenantId.of("dali-gucheng");
  private static final TenantId LIJIANG = TenantId.of("lijiang-gucheng");

  @Test
  void refusesOnceTheBucketIsEmptyAndSaysWhenToComeBack() {
    RateLimits limits = limits(Map.of());
    for (int i = 0; i < 3; i++) {
      limits.take(LOOKUP, DALI, "10.0.0.1");
    }
    assertThatThrownBy(() -> limits.take(LOOKUP, DALI, "10.0.0.1"))
        .isInstanceOfSatisfying(
            TooManyRequests.class,
            e -> {
              assertThat(e.type()).isEqualTo(ProblemType.TOO_MANY_REQUESTS);
              // one request comes back every 20 s
              assertThat(e.retryAfterSeconds()).isBetween(1L, 20L);
            });
  }

  @Test
  void eachClientAndEachTenantHasItsOwnBucket() {
    RateLimits limits = limits(Map.of());
    for (int i = 0; i < 3; i++) {
      limits.take(LOOKUP, DALI, "10.0.0.1");
    }
    limits.take(LOOKUP, DALI, "10.0.0.2");
    limits.take(LOOKUP, LIJIANG, "10.0.0.1");
    assertThatThrownBy(() -> limits.take(LOOKUP, DALI, "10.0.0.1"))
        .isInstanceOf(TooManyRequests.class);
  }

  @Test
  void theDeploymentOverridesTheModuleDefaults() {
    RateLimits limits =
        limits(Map.of("tp.rate-limit.lookup.capacity", "1", "tp.rate-limit.lookup.period", "PT1H"));
    limits.take(LOOKUP, DALI, "10.0.0.1");
    assertThatThrownBy(() -> limits.take(LOOKUP, DALI, "10.0.0.1"))
        .isInstanceOfSatisfying(
            TooManyRequests.class, e -> assertThat(e.retryAfterSeconds()).isGreaterThan(3000));
  }

  @Test
  void aLimitNeedsACapacityAndAPeriod() {
    assertThatThrownBy(() -> new RateLimit("x", 0, Duration.ofMinutes(1)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new RateLimit("x", 1, Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static RateLimits limits(Map<String, String> settings) {
    RateLimits limits = new RateLimits();
    limits.clientHeader = Optional.empty();
    limits.config =
        (Config)
            Proxy.newProxyInstance(
                Config.class.getClassLoader(),
                new Class<?>[] {Config.class},
                (proxy, method, args) -> {
                  if (!method.getName().equals("getOptionalValue")) {
                    throw new UnsupportedOperationException(method.getName());
                  }
                  String value = settings.get((String) args[0]);
                  if (value == null) {
                    return Optional.empty();
                  }
                  return Optional.of(args[1] == Long.class ? (Object) Long.valueOf(value) : value);
                });
    return limits;
  }
}
