-- Chat plugin (ARCHITECTURE.md §3): every user-data table carries the sync columns written by SyncedRows
-- (id, created_at, updated_at, version, deleted). No foreign keys: sync may apply rows in any order, and rows are
-- tombstoned, never removed. started_at / sent_at are the user-visible times (kept by imports); created_at is the
-- row's own.

CREATE TABLE chat_folder (
    id         UUID                     PRIMARY KEY,
    name       VARCHAR(1000)            NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at TIMESTAMP WITH TIME ZONE NOT NULL,
    version    VARCHAR(64)              NOT NULL,
    deleted    BOOLEAN DEFAULT FALSE    NOT NULL
);

CREATE TABLE chat_persona (
    id             UUID                     PRIMARY KEY,
    name           VARCHAR(1000)            NOT NULL,
    system_prompt  CHARACTER LARGE OBJECT,
    model          VARCHAR(255),
    temperature    DOUBLE PRECISION,
    top_p          DOUBLE PRECISION,
    context_length INT,
    seed           INT,
    keep_alive     VARCHAR(64),
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    version        VARCHAR(64)              NOT NULL,
    deleted        BOOLEAN DEFAULT FALSE    NOT NULL
);

CREATE TABLE chat_conversation (
    id               UUID                     PRIMARY KEY,
    title            VARCHAR(1000)            NOT NULL,
    title_source     VARCHAR(16)              NOT NULL,
    model            VARCHAR(255),
    persona_id       UUID,
    system_prompt    CHARACTER LARGE OBJECT,
    temperature      DOUBLE PRECISION,
    top_p            DOUBLE PRECISION,
    context_length   INT,
    seed             INT,
    keep_alive       VARCHAR(64),
    folder_id        UUID,
    pinned           BOOLEAN DEFAULT FALSE    NOT NULL,
    current_leaf_id  UUID,
    started_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    last_activity_at TIMESTAMP WITH TIME ZONE NOT NULL,
    trashed_at       TIMESTAMP WITH TIME ZONE,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    version          VARCHAR(64)              NOT NULL,
    deleted          BOOLEAN DEFAULT FALSE    NOT NULL
);

-- The list: live, not trashed, pinned first, newest activity first.
CREATE INDEX chat_conversation_list ON chat_conversation (deleted, trashed_at, pinned DESC, last_activity_at DESC);
CREATE INDEX chat_conversation_folder ON chat_conversation (folder_id);

CREATE TABLE chat_message (
    id                     UUID                     PRIMARY KEY,
    conversation_id        UUID                     NOT NULL,
    parent_id              UUID,
    role                   VARCHAR(16)              NOT NULL,
    content                CHARACTER LARGE OBJECT   NOT NULL,
    status                 VARCHAR(16)              NOT NULL,
    model                  VARCHAR(255),
    prompt_tokens          INT,
    output_tokens          INT,
    time_to_first_token_ms BIGINT,
    tokens_per_second      DOUBLE PRECISION,
    duration_ms            BIGINT,
    error_kind             VARCHAR(64),
    error_message          VARCHAR(4000),
    sent_at                TIMESTAMP WITH TIME ZONE NOT NULL,
    created_at             TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at             TIMESTAMP WITH TIME ZONE NOT NULL,
    version                VARCHAR(64)              NOT NULL,
    deleted                BOOLEAN DEFAULT FALSE    NOT NULL
);

-- One conversation's messages in creation order: UUIDv7 ids are time-ordered, so the id is the order.
CREATE INDEX chat_message_conversation ON chat_message (conversation_id, deleted, id);
CREATE INDEX chat_message_parent ON chat_message (parent_id);
CREATE INDEX chat_message_status ON chat_message (status);

CREATE TABLE chat_attachment (
    id              UUID                     PRIMARY KEY,
    message_id      UUID                     NOT NULL,
    conversation_id UUID                     NOT NULL,
    ordinal         INT                      NOT NULL,
    name            VARCHAR(1000)            NOT NULL,
    media_type      VARCHAR(255),
    size_bytes      BIGINT                   NOT NULL,
    text_content    CHARACTER LARGE OBJECT,
    image_data      BINARY LARGE OBJECT,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    version         VARCHAR(64)              NOT NULL,
    deleted         BOOLEAN DEFAULT FALSE    NOT NULL
);

CREATE INDEX chat_attachment_message ON chat_attachment (message_id);
CREATE INDEX chat_attachment_conversation ON chat_attachment (conversation_id, deleted);

-- Not user data and never synced: the batches of an answer still streaming. Finishing the answer writes the whole
-- text to chat_message once and deletes its parts; a crash leaves them for markInterrupted at the next start.
CREATE TABLE chat_answer_part (
    message_id UUID                   NOT NULL,
    seq        INT                    NOT NULL,
    part_text  CHARACTER LARGE OBJECT NOT NULL,
    PRIMARY KEY (message_id, seq)
);
