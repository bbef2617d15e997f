-- A plugin-like user-data table, migrated with its own history table after core.
CREATE TABLE test_notes (
    id         UUID                     PRIMARY KEY,
    title      VARCHAR(200)             NOT NULL,
    body       CHARACTER LARGE OBJECT,
    pinned     BOOLEAN                  DEFAULT FALSE NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at TIMESTAMP WITH TIME ZONE NOT NULL,
    version    VARCHAR(64)              NOT NULL,
    deleted    BOOLEAN                  DEFAULT FALSE NOT NULL
);
