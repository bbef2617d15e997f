-- Rollups of core's usage_log (ADR 0005): one row per UTC hour, provider, model, source, outcome and error kind.
-- Cost is not stored: readers price the token and latency sums with the current price table.
-- error_kind is '' for calls without one, so the key never holds NULL.
-- Histograms (milliseconds) are sparse varint pairs (bucket delta, count); see stats.Histogram.
CREATE TABLE usage_rollup (
    hour_start      BIGINT           NOT NULL,
    provider        VARCHAR(64)      NOT NULL,
    model           VARCHAR(255)     NOT NULL,
    source          VARCHAR(128)     NOT NULL,
    outcome         VARCHAR(16)      NOT NULL,
    error_kind      VARCHAR(32)      NOT NULL,
    calls           BIGINT           NOT NULL,
    prompt_tokens   BIGINT           NOT NULL,
    output_tokens   BIGINT           NOT NULL,
    latency_sum_ms  BIGINT           NOT NULL,
    ttft_count      BIGINT           NOT NULL,
    tps_sum         DOUBLE PRECISION NOT NULL,
    tps_count       BIGINT           NOT NULL,
    latency_hist    VARBINARY(65535) NOT NULL,
    ttft_hist       VARBINARY(65535) NOT NULL,
    CONSTRAINT usage_rollup_key PRIMARY KEY (hour_start, provider, model, source, outcome, error_kind)
);
-- hour_start (epoch seconds of the UTC hour) leads the primary key, so range reads scan it in order.

-- The watermark: every usage_log row with seq <= last_seq is in usage_rollup. Locked FOR UPDATE by a catch-up,
-- so the window and a CLI run never roll up the same rows twice.
CREATE TABLE usage_rollup_state (
    id        INT    NOT NULL PRIMARY KEY,
    last_seq  BIGINT NOT NULL,
    CONSTRAINT usage_rollup_state_single CHECK (id = 1)
);
INSERT INTO usage_rollup_state (id, last_seq) VALUES (1, 0);
