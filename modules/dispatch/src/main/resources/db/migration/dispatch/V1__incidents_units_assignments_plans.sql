-- Quick-response dispatch tables (prefix dp_). Runs unchanged on MariaDB and on H2 in MariaDB mode.

CREATE TABLE dp_incident (
  tenant_id          VARCHAR(40)   NOT NULL,
  id                 CHAR(36)      NOT NULL,
  incident_number    VARCHAR(40)   NOT NULL,
  source             VARCHAR(30)   NOT NULL,
  external_number    VARCHAR(80)   NULL,
  category           VARCHAR(40)   NOT NULL,
  priority           INT           NOT NULL,
  latitude           DOUBLE        NOT NULL,
  longitude          DOUBLE        NOT NULL,
  zone_code          VARCHAR(40)   NULL,
  kiosk_id           CHAR(36)      NULL,
  walk_in_id         CHAR(36)      NULL,
  reporter_name      VARCHAR(100)  NULL,
  reporter_phone     VARCHAR(30)   NULL,
  description        VARCHAR(2000) NULL,
  status             VARCHAR(20)   NOT NULL,
  auto_assign        BOOLEAN       NOT NULL,
  units_required     INT           NOT NULL,
  units_active       INT           NOT NULL,
  received_at        DATETIME(6)   NOT NULL,
  received_on        DATE          NOT NULL,
  dispatched_at      DATETIME(6)   NULL,
  acknowledged_at    DATETIME(6)   NULL,
  arrived_at         DATETIME(6)   NULL,
  cleared_at         DATETIME(6)   NULL,
  cancelled_at       DATETIME(6)   NULL,
  cancel_reason      VARCHAR(500)  NULL,
  people_helped      INT           NULL,
  people_rescued     INT           NULL,
  dispute_outcome    VARCHAR(30)   NULL,
  loss_recovered_fen BIGINT        NULL,
  outcome_summary    VARCHAR(2000) NULL,
  created_by         VARCHAR(200)  NOT NULL,
  updated_at         DATETIME(6)   NOT NULL,
  version            BIGINT        NOT NULL,
  PRIMARY KEY (tenant_id, id),
  CONSTRAINT dp_incident_number_unique UNIQUE (tenant_id, incident_number),
  -- one incident per external number and source: the 110 centre's number, a kiosk walk-in's id
  CONSTRAINT dp_incident_external_unique UNIQUE (tenant_id, source, external_number)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX dp_incident_recent ON dp_incident (tenant_id, received_at, id);
CREATE INDEX dp_incident_status ON dp_incident (tenant_id, status, priority, received_at);
CREATE INDEX dp_incident_day ON dp_incident (tenant_id, received_on);
-- the live board's look for changes made through other servers
CREATE INDEX dp_incident_changed ON dp_incident (tenant_id, updated_at);

CREATE TABLE dp_unit (
  tenant_id     VARCHAR(40)   NOT NULL,
  id            CHAR(36)      NOT NULL,
  call_sign     VARCHAR(40)   NOT NULL,
  mode          VARCHAR(20)   NOT NULL,
  officers      VARCHAR(1000) NOT NULL,
  home_zone     VARCHAR(40)   NOT NULL,
  state         VARCHAR(20)   NOT NULL,
  state_since   DATETIME(6)   NOT NULL,
  incident_id   CHAR(36)      NULL,
  latitude      DOUBLE        NULL,
  longitude     DOUBLE        NULL,
  position_at   DATETIME(6)   NULL,
  updated_at    DATETIME(6)   NOT NULL,
  version       BIGINT        NOT NULL,
  PRIMARY KEY (tenant_id, id),
  CONSTRAINT dp_unit_call_sign_unique UNIQUE (tenant_id, call_sign)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX dp_unit_available ON dp_unit (tenant_id, state, home_zone);
-- the first look for units near an incident: patrolling, in a band of latitude
CREATE INDEX dp_unit_near ON dp_unit (tenant_id, state, latitude);
CREATE INDEX dp_unit_changed ON dp_unit (tenant_id, updated_at);

CREATE TABLE dp_assignment (
  tenant_id       VARCHAR(40)  NOT NULL,
  id              CHAR(36)     NOT NULL,
  incident_id     CHAR(36)     NOT NULL,
  unit_id         CHAR(36)     NOT NULL,
  -- the unit while the assignment is active, NULL after: a unit holds one active assignment at
  -- most, whatever instance made it (the database refuses a second)
  active_unit_id  CHAR(36)     NULL,
  status          VARCHAR(20)  NOT NULL,
  assigned_by     VARCHAR(200) NOT NULL,
  automatic       BOOLEAN      NOT NULL,
  eta_seconds     INT          NULL,
  distance_metres INT          NULL,
  assigned_at     DATETIME(6)  NOT NULL,
  acknowledged_at DATETIME(6)  NULL,
  arrived_at      DATETIME(6)  NULL,
  ended_at        DATETIME(6)  NULL,
  end_reason      VARCHAR(30)  NULL,
  version         BIGINT       NOT NULL,
  PRIMARY KEY (tenant_id, id),
  CONSTRAINT dp_assignment_one_active_per_unit UNIQUE (tenant_id, active_unit_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX dp_assignment_incident ON dp_assignment (tenant_id, incident_id);
CREATE INDEX dp_assignment_open ON dp_assignment (tenant_id, status, assigned_at);

CREATE TABLE dp_timeline (
  tenant_id   VARCHAR(40)  NOT NULL,
  id          CHAR(36)     NOT NULL,
  incident_id CHAR(36)     NOT NULL,
  step        VARCHAR(30)  NOT NULL,
  at          DATETIME(6)  NOT NULL,
  actor       VARCHAR(200) NOT NULL,
  unit_id     CHAR(36)     NULL,
  note        VARCHAR(500) NULL,
  PRIMARY KEY (tenant_id, id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX dp_timeline_incident ON dp_timeline (tenant_id, incident_id, at);

CREATE TABLE dp_patrol_plan (
  tenant_id  VARCHAR(40)    NOT NULL,
  id         CHAR(36)       NOT NULL,
  code       VARCHAR(40)    NOT NULL,
  names      VARCHAR(4000)  NOT NULL,
  starts_on  DATE           NOT NULL,
  ends_on    DATE           NOT NULL,
  groups_doc TEXT           NOT NULL,
  updated_at DATETIME(6)    NOT NULL,
  updated_by VARCHAR(200)   NOT NULL,
  version    BIGINT         NOT NULL,
  PRIMARY KEY (tenant_id, id),
  CONSTRAINT dp_patrol_plan_code_unique UNIQUE (tenant_id, code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX dp_patrol_plan_days ON dp_patrol_plan (tenant_id, ends_on, starts_on);
