-- Tourism blacklist tables (prefix bl_). Runs unchanged on MariaDB and on H2 in MariaDB mode.

CREATE TABLE bl_entry (
  tenant_id             VARCHAR(40)   NOT NULL,
  id                    CHAR(36)      NOT NULL,
  subject_kind          VARCHAR(20)   NOT NULL,
  name                  VARCHAR(200)  NOT NULL,
  aliases               VARCHAR(2000) NULL,
  credit_code           CHAR(18)      NULL,
  address               VARCHAR(500)  NULL,
  legal_representative  VARCHAR(100)  NULL,
  id_number_hash        CHAR(64)      NULL,
  id_number_shared_hash CHAR(64)      NULL,
  id_number_masked      VARCHAR(18)   NULL,
  phone_hash            CHAR(64)      NULL,
  phone_masked          VARCHAR(20)   NULL,
  category              VARCHAR(40)   NOT NULL,
  reason                VARCHAR(4000) NOT NULL,
  departments           VARCHAR(400)  NOT NULL,
  visibility            VARCHAR(20)   NOT NULL,
  effective_from        DATETIME(6)   NOT NULL,
  effective_to          DATETIME(6)   NOT NULL,
  status                VARCHAR(30)   NOT NULL,
  signed_departments    VARCHAR(400)  NULL,
  leader_required       BOOLEAN       NOT NULL,
  leader_signed_by      VARCHAR(200)  NULL,
  status_reason         VARCHAR(2000) NULL,
  ended_at              DATETIME(6)   NULL,
  source_tip_id         CHAR(36)      NULL,
  created_by            VARCHAR(200)  NOT NULL,
  created_at            DATETIME(6)   NOT NULL,
  updated_at            DATETIME(6)   NOT NULL,
  version               BIGINT        NOT NULL,
  PRIMARY KEY (tenant_id, id),
  -- a verified tip proposes at most one entry, however often its event is delivered
  CONSTRAINT bl_entry_tip_unique UNIQUE (tenant_id, source_tip_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX bl_entry_recent ON bl_entry (tenant_id, created_at, id);
CREATE INDEX bl_entry_status ON bl_entry (tenant_id, status, effective_to);
CREATE INDEX bl_entry_updated ON bl_entry (tenant_id, updated_at);
CREATE INDEX bl_entry_credit_code ON bl_entry (tenant_id, credit_code);

CREATE TABLE bl_appeal (
  tenant_id         VARCHAR(40)   NOT NULL,
  id                CHAR(36)      NOT NULL,
  entry_id          CHAR(36)      NOT NULL,
  status            VARCHAR(20)   NOT NULL,
  appellant         VARCHAR(200)  NOT NULL,
  grounds           VARCHAR(4000) NOT NULL,
  received_at       DATETIME(6)   NOT NULL,
  review_started_at DATETIME(6)   NULL,
  decided_at        DATETIME(6)   NULL,
  decided_by        VARCHAR(200)  NULL,
  decision_note     VARCHAR(2000) NULL,
  created_by        VARCHAR(200)  NOT NULL,
  updated_at        DATETIME(6)   NOT NULL,
  version           BIGINT        NOT NULL,
  PRIMARY KEY (tenant_id, id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX bl_appeal_entry ON bl_appeal (tenant_id, entry_id);

CREATE TABLE bl_evidence (
  tenant_id  VARCHAR(40)  NOT NULL,
  id         CHAR(36)     NOT NULL,
  entry_id   CHAR(36)     NOT NULL,
  kind       VARCHAR(20)  NOT NULL,
  reference  VARCHAR(100) NULL,
  note       VARCHAR(500) NULL,
  file_name  VARCHAR(200) NULL,
  media_type VARCHAR(60)  NULL,
  size_bytes BIGINT       NULL,
  sha256     CHAR(64)     NULL,
  content    MEDIUMBLOB   NULL,
  added_by   VARCHAR(200) NOT NULL,
  added_at   DATETIME(6)  NOT NULL,
  PRIMARY KEY (tenant_id, id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX bl_evidence_entry ON bl_evidence (tenant_id, entry_id);

CREATE TABLE bl_watch (
  tenant_id     VARCHAR(40)  NOT NULL,
  id            CHAR(36)     NOT NULL,
  subject_type  VARCHAR(20)  NOT NULL,
  subject_value VARCHAR(200) NOT NULL,
  subject_key   VARCHAR(200) NOT NULL,
  callback_url  VARCHAR(500) NOT NULL,
  secret        VARCHAR(100) NOT NULL,
  active        BOOLEAN      NOT NULL,
  created_by    VARCHAR(200) NOT NULL,
  created_at    DATETIME(6)  NOT NULL,
  PRIMARY KEY (tenant_id, id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX bl_watch_subject ON bl_watch (tenant_id, subject_type, subject_key);

-- Webhooks to send: the transactional outbox of watch notifications, with their attempts.
CREATE TABLE bl_webhook_delivery (
  tenant_id        VARCHAR(40)   NOT NULL,
  id               CHAR(36)      NOT NULL,
  watch_id         CHAR(36)      NOT NULL,
  event            VARCHAR(30)   NOT NULL,
  entry_id         CHAR(36)      NOT NULL,
  payload          VARCHAR(4000) NOT NULL,
  status           VARCHAR(20)   NOT NULL,
  attempts         INT           NOT NULL,
  next_attempt_at  DATETIME(6)   NULL,
  last_attempt_at  DATETIME(6)   NULL,
  last_status_code INT           NULL,
  last_error       VARCHAR(500)  NULL,
  created_at       DATETIME(6)   NOT NULL,
  PRIMARY KEY (tenant_id, id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX bl_webhook_delivery_due ON bl_webhook_delivery (tenant_id, status, next_attempt_at);
CREATE INDEX bl_webhook_delivery_watch ON bl_webhook_delivery (tenant_id, watch_id, created_at);

-- Shared lists belong to the deployment, not to a tenant: publisher_tenant says whose entry it is.
CREATE TABLE bl_shared_entry (
  id                    CHAR(36)      NOT NULL,
  list_code             VARCHAR(40)   NOT NULL,
  publisher_tenant      VARCHAR(40)   NOT NULL,
  entry_id              CHAR(36)      NOT NULL,
  subject_kind          VARCHAR(20)   NOT NULL,
  name                  VARCHAR(200)  NOT NULL,
  aliases               VARCHAR(2000) NULL,
  credit_code           CHAR(18)      NULL,
  id_number_shared_hash CHAR(64)      NULL,
  category              VARCHAR(40)   NOT NULL,
  effective_to          DATETIME(6)   NOT NULL,
  withdrawn             BOOLEAN       NOT NULL,
  published_by          VARCHAR(200)  NOT NULL,
  updated_at            DATETIME(6)   NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT bl_shared_entry_unique UNIQUE (list_code, publisher_tenant, entry_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX bl_shared_entry_updated ON bl_shared_entry (list_code, updated_at);
CREATE INDEX bl_shared_entry_publisher ON bl_shared_entry (publisher_tenant, entry_id);
