-- Rate-limit token buckets, shared by every server of a deployment: one row per limit, tenant and
-- client (a SHA-256, never the address itself), holding the generic cell rate algorithm's
-- theoretical arrival time in microseconds since the epoch. Rows whose time has passed are full
-- buckets and are deleted.
CREATE TABLE core_rate_limit_bucket (
  tenant_id   VARCHAR(40)  NOT NULL,
  limit_name  VARCHAR(100) NOT NULL,
  client_hash CHAR(64)     NOT NULL,
  tat_micros  BIGINT       NOT NULL,
  PRIMARY KEY (tenant_id, limit_name, client_hash)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX core_rate_limit_bucket_tat ON core_rate_limit_bucket (tat_micros);
