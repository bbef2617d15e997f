-- Prompt Cards (ARCHITECTURE.md §3). Cards, versions and labels are user data: every row carries the sync columns
-- written by SyncedRows (id, created_at, updated_at, version, deleted), no foreign keys (sync may apply rows in any
-- order) and tombstones instead of deletes. saved_at / moved_at are the user-visible times from the stores' clock.

-- One row per card; title, description, tags, latest version and search text repeat the latest version's content
-- so that the list and its search never decode versions.
CREATE TABLE prompt_card (
    id             UUID                     PRIMARY KEY,
    title          VARCHAR                  NOT NULL,
    description    CHARACTER LARGE OBJECT   NOT NULL,
    tags           CHARACTER LARGE OBJECT   NOT NULL,
    search_text    CHARACTER LARGE OBJECT   NOT NULL,
    latest_version INT                      NOT NULL,
    saved_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    version        VARCHAR(64)              NOT NULL,
    deleted        BOOLEAN DEFAULT FALSE    NOT NULL
);

CREATE INDEX prompt_card_list ON prompt_card (deleted, saved_at DESC);

-- Immutable: written once, never updated. content is the JSON of CardContentJson.
CREATE TABLE prompt_card_version (
    id             UUID                     PRIMARY KEY,
    card_id        UUID                     NOT NULL,
    version_number INT                      NOT NULL,
    content        CHARACTER LARGE OBJECT   NOT NULL,
    note           VARCHAR,
    saved_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    version        VARCHAR(64)              NOT NULL,
    deleted        BOOLEAN DEFAULT FALSE    NOT NULL
);

CREATE INDEX prompt_card_version_card ON prompt_card_version (card_id, version_number);

-- A movable name pointing at one version; removing it leaves a tombstone, setting it again writes a new row.
CREATE TABLE prompt_card_label (
    id             UUID                     PRIMARY KEY,
    card_id        UUID                     NOT NULL,
    name           VARCHAR(40)              NOT NULL,
    version_number INT                      NOT NULL,
    moved_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    version        VARCHAR(64)              NOT NULL,
    deleted        BOOLEAN DEFAULT FALSE    NOT NULL
);

CREATE INDEX prompt_card_label_card ON prompt_card_label (card_id, deleted, name);

-- Runs are local (not synced, no sync columns): they are results of this machine's models, and large.
-- card_id is text so a run never depends on the card row (runs of a deleted card stay readable).
CREATE TABLE prompt_run (
    id                UUID                     PRIMARY KEY,
    card_id           VARCHAR(1000)            NOT NULL,
    card_version      INT                      NOT NULL,
    started_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    saved_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    duration_ms       BIGINT                   NOT NULL,
    models            CHARACTER LARGE OBJECT   NOT NULL,
    concurrency       INT                      NOT NULL,
    status            VARCHAR(16)              NOT NULL,
    successes         INT                      NOT NULL,
    failures          INT                      NOT NULL,
    errors            INT                      NOT NULL,
    cancelled         INT                      NOT NULL,
    prompt_tokens     BIGINT                   NOT NULL,
    completion_tokens BIGINT                   NOT NULL,
    total_tokens      BIGINT                   NOT NULL,
    cell_count        INT                      NOT NULL
);

-- A card's history, newest first; the id (UUIDv7, time-ordered) breaks ties between runs started in the same instant.
CREATE INDEX prompt_run_card ON prompt_run (card_id, started_at DESC, id DESC);

-- One row per cell; ordinal is the cell's place in its run, so the primary key reads a run's cells in order.
-- grade is the TestGrade as JSON (null when the cell errored or was cancelled). Texts are VARCHAR, not CLOB: H2 keeps
-- them in the row, where a CLOB over 256 bytes goes to separate LOB storage and doubles the time to save and read a
-- large run. VARCHAR holds up to 1,000,000 characters; RunRows cuts longer texts with a note.
CREATE TABLE prompt_run_cell (
    run_id          UUID                   NOT NULL,
    ordinal         INT                    NOT NULL,
    test_index      INT                    NOT NULL,
    prompt_index    INT                    NOT NULL,
    test_name       VARCHAR                NOT NULL,
    variant_label   VARCHAR                NOT NULL,
    provider_id     VARCHAR,
    model           VARCHAR,
    status          VARCHAR(16)            NOT NULL,
    score           DOUBLE PRECISION,
    output          VARCHAR,
    rendered_prompt VARCHAR,
    error           VARCHAR,
    latency_ms      BIGINT                 NOT NULL,
    prompt_tokens   INT                    NOT NULL,
    output_tokens   INT                    NOT NULL,
    cost            DOUBLE PRECISION,
    cancelled       BOOLEAN                NOT NULL,
    grade           VARCHAR,
    PRIMARY KEY (run_id, ordinal)
);

CREATE INDEX prompt_run_cell_status ON prompt_run_cell (run_id, status);
