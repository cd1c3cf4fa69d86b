-- Core tables. Runs unchanged on MariaDB and on H2 in MariaDB mode.
-- Instants are UTC in DATETIME(6); every tenant-owned table leads its primary key with tenant_id.

-- The documents each tenant was last configured with (from its folder or the platform API).
CREATE TABLE core_tenant (
  id            VARCHAR(40)  NOT NULL,
  documents     LONGTEXT     NOT NULL,
  revision      CHAR(64)     NOT NULL,
  file_revision CHAR(64)     NULL,
  origin        VARCHAR(300) NOT NULL,
  applied_at    DATETIME(6)  NOT NULL,
  applied_by    VARCHAR(200) NOT NULL,
  version       BIGINT       NOT NULL,
  PRIMARY KEY (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Head of each tenant's audit hash chain; locked while a record is appended.
CREATE TABLE core_audit_chain (
  tenant_id VARCHAR(40) NOT NULL,
  last_seq  BIGINT      NOT NULL,
  last_hash CHAR(64)    NOT NULL,
  PRIMARY KEY (tenant_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Append-only audit trail, hash-chained per tenant.
CREATE TABLE core_audit_record (
  tenant_id    VARCHAR(40)  NOT NULL,
  seq          BIGINT       NOT NULL,
  recorded_at  DATETIME(6)  NOT NULL,
  actor        VARCHAR(200) NOT NULL,
  action       VARCHAR(100) NOT NULL,
  subject_type VARCHAR(60)  NOT NULL,
  subject_id   VARCHAR(64)  NOT NULL,
  before_state MEDIUMTEXT   NULL,
  after_state  MEDIUMTEXT   NULL,
  prev_hash    CHAR(64)     NOT NULL,
  hash         CHAR(64)     NOT NULL,
  PRIMARY KEY (tenant_id, seq)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX core_audit_record_subject ON core_audit_record (tenant_id, subject_type, subject_id);

-- First answers of intake requests, replayed when a client retries with the same Idempotency-Key.
CREATE TABLE core_idempotency_record (
  tenant_id         VARCHAR(40)  NOT NULL,
  id                CHAR(64)     NOT NULL,
  scope             VARCHAR(100) NOT NULL,
  idem_key          VARCHAR(200) NOT NULL,
  request_hash      CHAR(64)     NOT NULL,
  response_status   INT          NOT NULL,
  response_location VARCHAR(500) NULL,
  response_body     MEDIUMTEXT   NULL,
  created_at        DATETIME(6)  NOT NULL,
  PRIMARY KEY (tenant_id, id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX core_idempotency_record_created ON core_idempotency_record (created_at);
