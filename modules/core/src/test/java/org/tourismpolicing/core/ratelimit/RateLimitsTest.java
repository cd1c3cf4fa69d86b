package org.tourismpolicing.core.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.Config;
import org.junit.jupiter.api.Test;
import org.tourismpolicing.core.problem.ProblemType;
import org.tourismpolicing.core.tenant.TenantId;
import org.tourismpolicing.core.testing.EmbeddedDatabase;

/** The buckets on the embedded database's engine (the MariaDB run is in the reference app). */
class RateLimitsTest {

  private static final RateLimit LOOKUP = new RateLimit("lookup", 3, Duration.ofMinutes(1));
  private static final TenantId DALI = TenantId.of("dali-gucheng");
  private static final TenantId LIJIANG = TenantId.of("lijiang-gucheng");
  private static final Instant T0 = Instant.parse("2026-10-01T02:00:00Z");

  private final DataSource db = EmbeddedDatabase.withScripts("V5__rate_limit_buckets.sql");
  private final MovableClock clock = new MovableClock(T0);

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
              assertThat(e.retryAfterSeconds()).isEqualTo(20);
            });
  }

  @Test
  void theBucketRefillsOneRequestPerIntervalAndNeverAboveItsCapacity() {
    RateLimits limits = limits(Map.of());
    for (int i = 0; i < 3; i++) {
      limits.take(LOOKUP, DALI, "10.0.0.1");
    }
    clock.move(Duration.ofSeconds(19));
    assertThatThrownBy(() -> limits.take(LOOKUP, DALI, "10.0.0.1"))
        .isInstanceOfSatisfying(
            TooManyRequests.class, e -> assertThat(e.retryAfterSeconds()).isEqualTo(1));
    clock.move(Duration.ofSeconds(1));
    limits.take(LOOKUP, DALI, "10.0.0.1");
    assertThatThrownBy(() -> limits.take(LOOKUP, DALI, "10.0.0.1"))
        .isInstanceOf(TooManyRequests.class);

    clock.move(Duration.ofHours(5));
    for (int i = 0; i < 3; i++) {
      limits.take(LOOKUP, DALI, "10.0.0.1");
    }
    assertThatThrownBy(() -> limits.take(LOOKUP, DALI, "10.0.0.1"))
        .isInstanceOf(TooManyRequests.class);
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
  void serversSharingTheDatabaseShareTheLimit() throws Exception {
    RateLimit burst = new RateLimit("burst", 20, Duration.ofHours(1));
    // two "servers": separate RateLimits over one database, eight threads each
    List<RateLimits> servers = List.of(limits(Map.of()), limits(Map.of()));
    ExecutorService pool = Executors.newFixedThreadPool(16);
    try {
      List<Callable<Boolean>> calls = new ArrayList<>();
      for (int i = 0; i < 60; i++) {
        RateLimits server = servers.get(i % 2);
        calls.add(
            () -> {
              try {
                server.take(burst, DALI, "10.0.0.9");
                return true;
              } catch (TooManyRequests refused) {
                return false;
              }
            });
      }
      int allowed = 0;
      for (Future<Boolean> f : pool.invokeAll(calls)) {
        allowed += f.get() ? 1 : 0;
      }
      assertThat(allowed).isEqualTo(20);
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void theDeploymentOverridesTheModuleDefaults() {
    RateLimits limits =
        limits(Map.of("tp.rate-limit.lookup.capacity", "1", "tp.rate-limit.lookup.period", "PT1H"));
    limits.take(LOOKUP, DALI, "10.0.0.1");
    assertThatThrownBy(() -> limits.take(LOOKUP, DALI, "10.0.0.1"))
        .isInstanceOfSatisfying(
            TooManyRequests.class, e -> assertThat(e.retryAfterSeconds()).isEqualTo(3600));
  }

  @Test
  void theClientIsStoredOnlyAsAHashAndFullBucketsAreForgotten() throws SQLException {
    RateLimits limits = limits(Map.of());
    limits.take(LOOKUP, DALI, "198.51.100.23");
    assertThat(clientColumn()).hasSize(1).allMatch(h -> h.matches("[0-9a-f]{64}"));
    assertThat(String.join("", clientColumn())).doesNotContain("198.51.100.23");

    BucketStore store = store();
    assertThat(store.forgetFull(clock.instant())).isZero();
    clock.move(Duration.ofSeconds(21));
    assertThat(store.forgetFull(clock.instant())).isEqualTo(1);
    assertThat(clientColumn()).isEmpty();
  }

  @Test
  void anAnnotationDeclaresTheLimit() throws NoSuchMethodException {
    RateLimited declared =
        Declared.class.getDeclaredMethod("lookup").getAnnotation(RateLimited.class);

    assertThat(RateLimitInterceptor.limitOf(declared))
        .isEqualTo(new RateLimit("declared", 30, Duration.ofMinutes(1)));
  }

  @Test
  void aLimitNeedsACapacityAndAPeriod() {
    assertThatThrownBy(() -> new RateLimit("x", 0, Duration.ofMinutes(1)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new RateLimit("x", 1, Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class);
  }

  static class Declared {
    @RateLimited(value = "declared", capacity = 30, period = "PT1M")
    void lookup() {}
  }

  private List<String> clientColumn() throws SQLException {
    List<String> hashes = new ArrayList<>();
    try (Connection c = db.getConnection();
        Statement s = c.createStatement();
        ResultSet r = s.executeQuery("select client_hash from core_rate_limit_bucket")) {
      while (r.next()) {
        hashes.add(r.getString(1));
      }
    }
    return hashes;
  }

  private BucketStore store() {
    BucketStore store = new BucketStore();
    store.dataSource = db;
    return store;
  }

  private RateLimits limits(Map<String, String> settings) {
    Config config =
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
    return new RateLimits(config, store(), clock);
  }

  /** Real time stands still in a test; this clock moves only when told. */
  static final class MovableClock extends Clock {
    private volatile Instant now;

    MovableClock(Instant start) {
      this.now = start;
    }

    void move(Duration d) {
      now = now.plus(d);
    }

    @Override
    public Instant instant() {
      return now;
    }

    @Override
    public java.time.ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }
  }
}
