-- Informant rewards tables (prefix ir_). Runs unchanged on MariaDB and on H2 in MariaDB mode.
-- Identity columns hold only ciphertext (keyId:base64(nonce||ciphertext)) and a keyed hash.

CREATE TABLE ir_informant (
  tenant_id      VARCHAR(40)  NOT NULL,
  id             CHAR(36)     NOT NULL,
  pseudonym      VARCHAR(20)  NOT NULL,
  phone_hash     CHAR(64)     NOT NULL,
  phone_cipher   VARCHAR(400) NOT NULL,
  name_cipher    VARCHAR(800) NULL,
  account_cipher VARCHAR(800) NULL,
  registered_at  DATETIME(6)  NOT NULL,
  last_active_at DATETIME(6)  NOT NULL,
  version        BIGINT       NOT NULL,
  PRIMARY KEY (tenant_id, id),
  CONSTRAINT ir_informant_phone_unique UNIQUE (tenant_id, phone_hash),
  CONSTRAINT ir_informant_pseudonym_unique UNIQUE (tenant_id, pseudonym)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE ir_registration (
  tenant_id    VARCHAR(40)  NOT NULL,
  id           CHAR(36)     NOT NULL,
  phone_hash   CHAR(64)     NOT NULL,
  phone_cipher VARCHAR(400) NOT NULL,
  code_hash    CHAR(64)     NOT NULL,
  created_at   DATETIME(6)  NOT NULL,
  expires_at   DATETIME(6)  NOT NULL,
  attempts     INT          NOT NULL,
  confirmed_at DATETIME(6)  NULL,
  version      BIGINT       NOT NULL,
  PRIMARY KEY (tenant_id, id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE ir_tip (
  tenant_id     VARCHAR(40)   NOT NULL,
  id            CHAR(36)      NOT NULL,
  tip_number    VARCHAR(30)   NOT NULL,
  category      VARCHAR(40)   NOT NULL,
  description   VARCHAR(4000) NOT NULL,
  place         VARCHAR(300)  NULL,
  lat           DOUBLE        NULL,
  lon           DOUBLE        NULL,
  occurred_at   DATETIME(6)   NULL,
  credit_code   CHAR(18)      NULL,
  business_name VARCHAR(200)  NULL,
  status        VARCHAR(30)   NOT NULL,
  informant_id  CHAR(36)      NULL,
  receipt_hash  CHAR(64)      NOT NULL,
  client_hash   CHAR(64)      NOT NULL,
  text_hash     CHAR(64)      NOT NULL,
  submitted_at  DATETIME(6)   NOT NULL,
  updated_at    DATETIME(6)   NOT NULL,
  handler_note  VARCHAR(2000) NULL,
  verified_at   DATETIME(6)   NULL,
  verified_true BOOLEAN       NOT NULL,
  version       BIGINT        NOT NULL,
  PRIMARY KEY (tenant_id, id),
  CONSTRAINT ir_tip_number_unique UNIQUE (tenant_id, tip_number),
  CONSTRAINT ir_tip_receipt_unique UNIQUE (tenant_id, receipt_hash)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ir_tip_submitted ON ir_tip (tenant_id, submitted_at, id);
CREATE INDEX ir_tip_informant ON ir_tip (tenant_id, informant_id);
CREATE INDEX ir_tip_spam ON ir_tip (tenant_id, client_hash, text_hash, submitted_at);

CREATE TABLE ir_tip_message (
  tenant_id      VARCHAR(40)   NOT NULL,
  id             CHAR(36)      NOT NULL,
  tip_id         CHAR(36)      NOT NULL,
  from_informant BOOLEAN       NOT NULL,
  author         VARCHAR(200)  NOT NULL,
  body           VARCHAR(2000) NOT NULL,
  sent_at        DATETIME(6)   NOT NULL,
  PRIMARY KEY (tenant_id, id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ir_tip_message_tip ON ir_tip_message (tenant_id, tip_id, sent_at);

CREATE TABLE ir_tip_photo (
  tenant_id   VARCHAR(40) NOT NULL,
  id          CHAR(36)    NOT NULL,
  tip_id      CHAR(36)    NOT NULL,
  media_type  VARCHAR(60) NOT NULL,
  size_bytes  BIGINT      NOT NULL,
  sha256      CHAR(64)    NOT NULL,
  content     MEDIUMBLOB  NOT NULL,
  uploaded_at DATETIME(6) NOT NULL,
  PRIMARY KEY (tenant_id, id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ir_tip_photo_tip ON ir_tip_photo (tenant_id, tip_id);

CREATE TABLE ir_reward (
  tenant_id     VARCHAR(40)   NOT NULL,
  id            CHAR(36)      NOT NULL,
  tip_id        CHAR(36)      NOT NULL,
  amount_fen    BIGINT        NOT NULL,
  currency      CHAR(3)       NOT NULL,
  status        VARCHAR(20)   NOT NULL,
  note          VARCHAR(2000) NULL,
  proposed_by   VARCHAR(200)  NOT NULL,
  proposed_at   DATETIME(6)   NOT NULL,
  approved_by   VARCHAR(200)  NULL,
  approved_at   DATETIME(6)   NULL,
  budget_period VARCHAR(10)   NULL,
  version       BIGINT        NOT NULL,
  PRIMARY KEY (tenant_id, id),
  CONSTRAINT ir_reward_tip_unique UNIQUE (tenant_id, tip_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Append-only: the application has no path that updates or deletes a payment; the unique key
-- makes a second payment of one reward impossible whatever races.
CREATE TABLE ir_reward_payment (
  tenant_id  VARCHAR(40)  NOT NULL,
  id         CHAR(36)     NOT NULL,
  reward_id  CHAR(36)     NOT NULL,
  tip_id     CHAR(36)     NOT NULL,
  amount_fen BIGINT       NOT NULL,
  currency   CHAR(3)      NOT NULL,
  method     VARCHAR(20)  NOT NULL,
  reference  VARCHAR(100) NULL,
  paid_by    VARCHAR(200) NOT NULL,
  paid_at    DATETIME(6)  NOT NULL,
  PRIMARY KEY (tenant_id, id),
  CONSTRAINT ir_reward_payment_once UNIQUE (tenant_id, reward_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ir_reward_payment_time ON ir_reward_payment (tenant_id, paid_at);

-- Approved reward money per budget period; raised only by a conditional update that keeps it
-- within the limit, so two approvals can never both pass it.
CREATE TABLE ir_reward_budget (
  tenant_id     VARCHAR(40) NOT NULL,
  period        VARCHAR(10) NOT NULL,
  limit_fen     BIGINT      NOT NULL,
  committed_fen BIGINT      NOT NULL,
  PRIMARY KEY (tenant_id, period)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
