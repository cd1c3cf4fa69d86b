package org.tourismpolicing.core.outbox;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.tourismpolicing.core.persistence.SchemaMigrations;

/** The relay's transactions on {@code core_outbox}, each short and on its own. */
@ApplicationScoped
public class OutboxStore {

  @Resource(lookup = SchemaMigrations.DATA_SOURCE)
  DataSource dataSource;

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public List<OutboxClaim> claimDue(String claimToken, Instant now, Duration lease, int limit) {
    try (Connection c = dataSource.getConnection()) {
      return OutboxRows.claimDue(c, claimToken, now, lease, limit);
    } catch (SQLException e) {
      throw new IllegalStateException("outbox not reachable", e);
    }
  }

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public Optional<OutboxState> failed(
      OutboxClaim claim, String error, Instant now, OutboxBackoff backoff) {
    try (Connection c = dataSource.getConnection()) {
      return OutboxRows.failed(c, claim, error, now, backoff);
    } catch (SQLException e) {
      throw new IllegalStateException("outbox not reachable", e);
    }
  }

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public int forgetDelivered(Instant before) {
    try (Connection c = dataSource.getConnection()) {
      return OutboxRows.forgetDelivered(c, before);
    } catch (SQLException e) {
      throw new IllegalStateException("outbox not reachable", e);
    }
  }
}
