-- Mediation tables (prefix mediation_). Runs unchanged on MariaDB and on H2 in MariaDB mode.

CREATE TABLE mediation_mediator (
  tenant_id  VARCHAR(40)  NOT NULL,
  id         CHAR(36)     NOT NULL,
  code       VARCHAR(40)  NOT NULL,
  name       VARCHAR(100) NOT NULL,
  badge      VARCHAR(40)  NULL,
  phone      VARCHAR(30)  NULL,
  active     BOOLEAN      NOT NULL,
  updated_at DATETIME(6)  NOT NULL,
  version    BIGINT       NOT NULL,
  PRIMARY KEY (tenant_id, id),
  CONSTRAINT mediation_mediator_code_unique UNIQUE (tenant_id, code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE mediation_duty_shift (
  tenant_id   VARCHAR(40)  NOT NULL,
  id          CHAR(36)     NOT NULL,
  mediator_id CHAR(36)     NOT NULL,
  starts_at   DATETIME(6)  NOT NULL,
  ends_at     DATETIME(6)  NOT NULL,
  created_at  DATETIME(6)  NOT NULL,
  created_by  VARCHAR(200) NOT NULL,
  PRIMARY KEY (tenant_id, id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX mediation_duty_shift_time ON mediation_duty_shift (tenant_id, starts_at, ends_at);

CREATE TABLE mediation_case (
  tenant_id             VARCHAR(40)   NOT NULL,
  id                    CHAR(36)      NOT NULL,
  case_number           VARCHAR(20)   NOT NULL,
  source                VARCHAR(30)   NOT NULL,
  source_ref            VARCHAR(100)  NULL,
  referring_department  VARCHAR(40)   NULL,
  dedup_key             VARCHAR(160)  NULL,
  category              VARCHAR(40)   NOT NULL,
  description           VARCHAR(4000) NOT NULL,
  amount_fen            BIGINT        NULL,
  amount_currency       CHAR(3)       NULL,
  merchant_name         VARCHAR(200)  NULL,
  merchant_credit_code  CHAR(18)      NULL,
  zone_code             VARCHAR(40)   NULL,
  language              VARCHAR(35)   NOT NULL,
  status                VARCHAR(30)   NOT NULL,
  mediator_id           CHAR(36)      NULL,
  registered_at         DATETIME(6)   NOT NULL,
  registered_on         DATE          NOT NULL,
  accepted_at           DATETIME(6)   NULL,
  mediation_started_at  DATETIME(6)   NULL,
  due_at                DATETIME(6)   NULL,
  closed_at             DATETIME(6)   NULL,
  agreement_terms       VARCHAR(4000) NULL,
  compensation_fen      BIGINT        NULL,
  compensation_currency CHAR(3)       NULL,
  agreed_at             DATETIME(6)   NULL,
  verification_code     VARCHAR(24)   NULL,
  referred_to           VARCHAR(30)   NULL,
  outcome_note          VARCHAR(2000) NULL,
  fulfilment_status     VARCHAR(20)   NULL,
  fulfilment_due_on     DATE          NULL,
  fulfilment_checked_at DATETIME(6)   NULL,
  fulfilment_note       VARCHAR(2000) NULL,
  created_by            VARCHAR(200)  NOT NULL,
  updated_at            DATETIME(6)   NOT NULL,
  version               BIGINT        NOT NULL,
  PRIMARY KEY (tenant_id, id),
  CONSTRAINT mediation_case_number_unique UNIQUE (tenant_id, case_number),
  CONSTRAINT mediation_case_source_unique UNIQUE (tenant_id, dedup_key),
  CONSTRAINT mediation_case_verification_unique UNIQUE (tenant_id, verification_code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The last case number given on each local day: incremented under its row lock, so two
-- registrations at the same moment never get the same number.
CREATE TABLE mediation_case_counter (
  tenant_id   VARCHAR(40) NOT NULL,
  local_day   DATE        NOT NULL,
  last_number INT         NOT NULL,
  PRIMARY KEY (tenant_id, local_day)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX mediation_case_recent ON mediation_case (tenant_id, registered_at, id);
CREATE INDEX mediation_case_due ON mediation_case (tenant_id, due_at);
CREATE INDEX mediation_case_mediator ON mediation_case (tenant_id, mediator_id, status);
CREATE INDEX mediation_case_closed ON mediation_case (tenant_id, closed_at);

CREATE TABLE mediation_party (
  tenant_id      VARCHAR(40)  NOT NULL,
  id             CHAR(36)     NOT NULL,
  case_id        CHAR(36)     NOT NULL,
  party_role     VARCHAR(20)  NOT NULL,
  name           VARCHAR(200) NOT NULL,
  contact        VARCHAR(100) NULL,
  language       VARCHAR(35)  NOT NULL,
  credit_code    CHAR(18)     NULL,
  consented_at   DATETIME(6)  NULL,
  consent_method VARCHAR(20)  NULL,
  created_at     DATETIME(6)  NOT NULL,
  PRIMARY KEY (tenant_id, id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX mediation_party_case ON mediation_party (tenant_id, case_id);

CREATE TABLE mediation_session (
  tenant_id    VARCHAR(40)   NOT NULL,
  id           CHAR(36)      NOT NULL,
  case_id      CHAR(36)      NOT NULL,
  scheduled_at DATETIME(6)   NOT NULL,
  place        VARCHAR(200)  NULL,
  mediators    VARCHAR(1000) NOT NULL,
  status       VARCHAR(20)   NOT NULL,
  held_at      DATETIME(6)   NULL,
  attendees    VARCHAR(2000) NULL,
  notes        VARCHAR(4000) NULL,
  created_by   VARCHAR(200)  NOT NULL,
  version      BIGINT        NOT NULL,
  PRIMARY KEY (tenant_id, id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX mediation_session_case ON mediation_session (tenant_id, case_id);

CREATE TABLE mediation_evidence (
  tenant_id   VARCHAR(40)  NOT NULL,
  id          CHAR(36)     NOT NULL,
  case_id     CHAR(36)     NOT NULL,
  file_name   VARCHAR(200) NOT NULL,
  media_type  VARCHAR(60)  NOT NULL,
  size_bytes  BIGINT       NOT NULL,
  sha256      CHAR(64)     NOT NULL,
  content     MEDIUMBLOB   NOT NULL,
  uploaded_at DATETIME(6)  NOT NULL,
  uploaded_by VARCHAR(200) NOT NULL,
  PRIMARY KEY (tenant_id, id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX mediation_evidence_case ON mediation_evidence (tenant_id, case_id);

CREATE TABLE mediation_department_task (
  tenant_id   VARCHAR(40)   NOT NULL,
  id          CHAR(36)      NOT NULL,
  case_id     CHAR(36)      NOT NULL,
  department  VARCHAR(40)   NOT NULL,
  request     VARCHAR(2000) NOT NULL,
  due_at      DATETIME(6)   NOT NULL,
  status      VARCHAR(20)   NOT NULL,
  answer      VARCHAR(4000) NULL,
  answered_at DATETIME(6)   NULL,
  answered_by VARCHAR(200)  NULL,
  created_at  DATETIME(6)   NOT NULL,
  created_by  VARCHAR(200)  NOT NULL,
  version     BIGINT        NOT NULL,
  PRIMARY KEY (tenant_id, id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX mediation_task_department ON mediation_department_task (tenant_id, department, created_at, id);
CREATE INDEX mediation_task_case ON mediation_department_task (tenant_id, case_id);

CREATE TABLE mediation_satisfaction (
  tenant_id  VARCHAR(40)   NOT NULL,
  id         CHAR(36)      NOT NULL,
  case_id    CHAR(36)      NOT NULL,
  party_id   CHAR(36)      NOT NULL,
  token_hash CHAR(64)      NOT NULL,
  issued_at  DATETIME(6)   NOT NULL,
  expires_at DATETIME(6)   NOT NULL,
  used_at    DATETIME(6)   NULL,
  rating     INT           NULL,
  comment    VARCHAR(1000) NULL,
  version    BIGINT        NOT NULL,
  PRIMARY KEY (tenant_id, id),
  CONSTRAINT mediation_satisfaction_token_unique UNIQUE (tenant_id, token_hash),
  CONSTRAINT mediation_satisfaction_party_unique UNIQUE (tenant_id, case_id, party_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX mediation_satisfaction_issued ON mediation_satisfaction (tenant_id, issued_at);

CREATE TABLE mediation_outreach_visit (
  tenant_id   VARCHAR(40)   NOT NULL,
  id          CHAR(36)      NOT NULL,
  visit_kind  VARCHAR(20)   NOT NULL,
  target_type VARCHAR(20)   NOT NULL,
  target_name VARCHAR(200)  NOT NULL,
  credit_code CHAR(18)      NULL,
  zone_code   VARCHAR(40)   NULL,
  visited_at  DATETIME(6)   NOT NULL,
  visited_by  VARCHAR(200)  NOT NULL,
  findings    VARCHAR(4000) NOT NULL,
  case_id     CHAR(36)      NULL,
  created_at  DATETIME(6)   NOT NULL,
  version     BIGINT        NOT NULL,
  PRIMARY KEY (tenant_id, id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX mediation_outreach_recent ON mediation_outreach_visit (tenant_id, visited_at, id);
