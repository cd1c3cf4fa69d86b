package org.tourismpolicing.core.ratelimit;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.OptionalLong;
import javax.sql.DataSource;
import org.tourismpolicing.core.persistence.SchemaMigrations;

/**
 * The transactions behind {@link RateLimits}: each take is its own short transaction, whatever the
 * caller is doing, so a request counts even when the caller's work is later rolled back.
 */
@ApplicationScoped
public class BucketStore {

  @Resource(lookup = SchemaMigrations.DATA_SOURCE)
  DataSource dataSource;

  /** Takes one request; empty when allowed, else the microseconds to wait. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public OptionalLong take(
      String tenant, String limit, String clientHash, RateLimit rate, Instant now) {
    try (Connection c = dataSource.getConnection()) {
      return Buckets.take(c, tenant, limit, clientHash, rate, now);
    } catch (SQLException e) {
      throw new IllegalStateException("rate-limit bucket " + limit + " not reachable", e);
    }
  }

  /** Forgets buckets that are full again; answers how many. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public int forgetFull(Instant now) {
    try (Connection c = dataSource.getConnection()) {
      return Buckets.forgetFull(c, now);
    } catch (SQLException e) {
      throw new IllegalStateException("rate-limit buckets not reachable", e);
    }
  }
}
