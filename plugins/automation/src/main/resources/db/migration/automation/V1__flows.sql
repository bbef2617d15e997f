-- Automation (ARCHITECTURE.md §3). Workflows and their versions are user data: every row carries the sync columns
-- written by SyncedRows (id, created_at, updated_at, version, deleted), no foreign keys (sync may apply rows in any
-- order) and tombstones instead of deletes. saved_at is the user-visible time from the store's clock.

-- One row per workflow; name and description repeat the latest version so the list never parses YAML.
-- name_key is the lower-cased name the uniqueness check and look-up by name compare.
CREATE TABLE automation_flow (
    id             UUID                     PRIMARY KEY,
    name           VARCHAR                  NOT NULL,
    name_key       VARCHAR                  NOT NULL,
    description    VARCHAR                  NOT NULL,
    latest_version INT                      NOT NULL,
    saved_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    version        VARCHAR(64)              NOT NULL,
    deleted        BOOLEAN DEFAULT FALSE    NOT NULL
);

CREATE INDEX automation_flow_name ON automation_flow (deleted, name_key);

-- Immutable: written once, never updated. yaml is WorkflowYamlWriter's text (what the diff view compares); the run
-- policy is kept beside it because the YAML shape has no place for it.
CREATE TABLE automation_flow_version (
    id             UUID                     PRIMARY KEY,
    flow_id        UUID                     NOT NULL,
    version_number INT                      NOT NULL,
    yaml           CHARACTER LARGE OBJECT   NOT NULL,
    missed_runs    VARCHAR(16)              NOT NULL,
    overlap        VARCHAR(16)              NOT NULL,
    note           VARCHAR,
    saved_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    version        VARCHAR(64)              NOT NULL,
    deleted        BOOLEAN DEFAULT FALSE    NOT NULL
);

CREATE INDEX automation_flow_version_flow ON automation_flow_version (flow_id, version_number);

-- Local (not synced): what the user confirmed on this machine. A workflow synced from elsewhere must be confirmed here
-- again before it touches this machine's folders, hosts or programs.
CREATE TABLE automation_flow_permission (
    flow_id        UUID                     PRIMARY KEY,
    permissions    VARCHAR                  NOT NULL,
    confirmed_at   TIMESTAMP WITH TIME ZONE NOT NULL
);

-- Runs are local (not synced, no sync columns) and large. flow_id is text so a run never depends on the flow row
-- (runs of a deleted workflow stay readable). variables is a JSON object of strings.
CREATE TABLE automation_run (
    id             UUID                     PRIMARY KEY,
    flow_id        VARCHAR(64)              NOT NULL,
    workflow       VARCHAR                  NOT NULL,
    flow_version   INT                      NOT NULL,
    trigger_text   VARCHAR                  NOT NULL,
    status         VARCHAR(16)              NOT NULL,
    started_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    finished_at    TIMESTAMP WITH TIME ZONE,
    step_count     INT DEFAULT 0            NOT NULL,
    error          VARCHAR,
    retry_of       VARCHAR(64),
    variables      VARCHAR                  NOT NULL
);

-- The history list, newest first, whatever the filter; the id (UUIDv7, time-ordered) breaks ties.
CREATE INDEX automation_run_started ON automation_run (started_at DESC, id DESC);
CREATE INDEX automation_run_flow ON automation_run (flow_id, started_at DESC, id DESC);
CREATE INDEX automation_run_status ON automation_run (status, started_at DESC, id DESC);
-- Trigger filters are prefixes (LIKE 'cron%'), which this index serves; lastStart adds the flow.
CREATE INDEX automation_run_trigger ON automation_run (trigger_text, started_at DESC);
CREATE INDEX automation_run_flow_trigger ON automation_run (flow_id, trigger_text, started_at DESC);

-- One row per finished step; the primary key reads a run's steps in order. inputs and output are JSON objects, cut
-- to a size limit (full_output names the file holding the whole output when it was cut). VARCHAR, not CLOB: H2 keeps
-- them in the row, where a CLOB goes to separate LOB storage and slows saving and opening a large run.
CREATE TABLE automation_run_step (
    run_id         UUID                     NOT NULL,
    step_index     INT                      NOT NULL,
    step_id        VARCHAR                  NOT NULL,
    inputs         VARCHAR                  NOT NULL,
    output         VARCHAR                  NOT NULL,
    duration_ms    BIGINT                   NOT NULL,
    attempts       INT                      NOT NULL,
    error          VARCHAR,
    full_output    VARCHAR,
    PRIMARY KEY (run_id, step_index)
);
