-- The transactional outbox: one row per cross-module hand-off and consumer, written in the same
-- transaction as the change that raised it, delivered at least once by the relay (OutboxRelay).
-- state: PENDING (due at next_attempt_at: while a relay works on it, claimed_by names the claim and
-- next_attempt_at is the end of its lease), DELIVERED, or DEAD (out of attempts: the tenant admin
-- sees it and may retry it). last_error stays on the server, shown to the tenant admin only (the dead-letter
-- view), never to the client that made the change.
CREATE TABLE core_outbox (
  tenant_id       VARCHAR(40)   NOT NULL,
  id              CHAR(36)      NOT NULL,
  event_type      VARCHAR(100)  NOT NULL,
  consumer        VARCHAR(100)  NOT NULL,
  payload         MEDIUMTEXT    NOT NULL,
  state           VARCHAR(12)   NOT NULL,
  attempts        INT           NOT NULL,
  created_at      DATETIME(6)   NOT NULL,
  next_attempt_at DATETIME(6)   NOT NULL,
  claimed_by      CHAR(36)      NULL,
  delivered_at    DATETIME(6)   NULL,
  dead_at         DATETIME(6)   NULL,
  last_error      VARCHAR(1000) NULL,
  PRIMARY KEY (tenant_id, id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- the relay's scan for due rows
CREATE INDEX core_outbox_due ON core_outbox (state, next_attempt_at);
-- the tenant admin's dead letters, newest first
CREATE INDEX core_outbox_dead ON core_outbox (tenant_id, state, dead_at, id);
