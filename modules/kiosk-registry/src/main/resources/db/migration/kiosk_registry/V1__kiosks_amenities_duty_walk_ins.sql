-- Kiosk registry tables (prefix kr_). Runs unchanged on MariaDB and on H2 in MariaDB mode.

CREATE TABLE kr_kiosk (
  tenant_id     VARCHAR(40)   NOT NULL,
  id            CHAR(36)      NOT NULL,
  code          VARCHAR(40)   NOT NULL,
  kiosk_type    VARCHAR(20)   NOT NULL,
  names         VARCHAR(4000) NOT NULL,
  address       VARCHAR(4000) NULL,
  latitude      DOUBLE        NOT NULL,
  longitude     DOUBLE        NOT NULL,
  zone_code     VARCHAR(40)   NOT NULL,
  opening_hours VARCHAR(500)  NOT NULL,
  phone         VARCHAR(30)   NULL,
  status        VARCHAR(20)   NOT NULL,
  status_reason VARCHAR(300)  NULL,
  status_until  DATETIME(6)   NULL,
  created_at    DATETIME(6)   NOT NULL,
  updated_at    DATETIME(6)   NOT NULL,
  version       BIGINT        NOT NULL,
  PRIMARY KEY (tenant_id, id),
  CONSTRAINT kr_kiosk_code_unique UNIQUE (tenant_id, code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX kr_kiosk_zone ON kr_kiosk (tenant_id, zone_code);

CREATE TABLE kr_amenity (
  tenant_id  VARCHAR(40) NOT NULL,
  id         CHAR(36)    NOT NULL,
  kiosk_id   CHAR(36)    NOT NULL,
  kind       VARCHAR(40) NOT NULL,
  stock      INT         NULL,
  updated_at DATETIME(6) NOT NULL,
  version    BIGINT      NOT NULL,
  PRIMARY KEY (tenant_id, id),
  CONSTRAINT kr_amenity_kind_unique UNIQUE (tenant_id, kiosk_id, kind)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE kr_duty_assignment (
  tenant_id  VARCHAR(40)   NOT NULL,
  id         CHAR(36)      NOT NULL,
  kiosk_id   CHAR(36)      NOT NULL,
  applies_to VARCHAR(10)   NOT NULL,
  shift_code VARCHAR(40)   NOT NULL,
  badges     VARCHAR(1000) NOT NULL,
  updated_at DATETIME(6)   NOT NULL,
  updated_by VARCHAR(200)  NOT NULL,
  version    BIGINT        NOT NULL,
  PRIMARY KEY (tenant_id, id),
  CONSTRAINT kr_duty_unique UNIQUE (tenant_id, kiosk_id, applies_to, shift_code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX kr_duty_shift ON kr_duty_assignment (tenant_id, applies_to, shift_code);

CREATE TABLE kr_walk_in (
  tenant_id   VARCHAR(40)   NOT NULL,
  id          CHAR(36)      NOT NULL,
  kiosk_id    CHAR(36)      NOT NULL,
  kind        VARCHAR(40)   NOT NULL,
  outcome     VARCHAR(20)   NOT NULL,
  description VARCHAR(1000) NULL,
  occurred_at DATETIME(6)   NOT NULL,
  occurred_on DATE          NOT NULL,
  recorded_by VARCHAR(200)  NOT NULL,
  created_at  DATETIME(6)   NOT NULL,
  PRIMARY KEY (tenant_id, id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX kr_walk_in_day ON kr_walk_in (tenant_id, occurred_on, kiosk_id);
CREATE INDEX kr_walk_in_recent ON kr_walk_in (tenant_id, occurred_at, id);
