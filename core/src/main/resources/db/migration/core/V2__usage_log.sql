-- One row per model call (ok, error or cancelled); analytics reads only this table.
-- Not user data: no sync columns, no tombstones. Timings in milliseconds.
CREATE TABLE usage_log (
    id                      VARCHAR(36)                 NOT NULL PRIMARY KEY,
    started_at              TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    provider                VARCHAR(64)                 NOT NULL,
    model                   VARCHAR(255)                NOT NULL,
    source                  VARCHAR(128)                NOT NULL,
    prompt_tokens           INT                         NOT NULL,
    output_tokens           INT                         NOT NULL,
    time_to_first_token_ms  BIGINT,
    latency_ms              BIGINT                      NOT NULL,
    tokens_per_second       DOUBLE PRECISION,
    estimated_cost          DOUBLE PRECISION,
    outcome                 VARCHAR(16)                 NOT NULL,
    error_message           VARCHAR(4000)
);

CREATE INDEX usage_log_started_at ON usage_log (started_at);
CREATE INDEX usage_log_model ON usage_log (model);
