-- Sync foundation (ARCHITECTURE.md §3): every write of a user-data row appends here in the same transaction.
-- Sync ships this table in seq order; rows are never edited or deleted by the app.
CREATE TABLE change_log (
    seq        BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    entity     VARCHAR(128)             NOT NULL,
    entity_id  UUID                     NOT NULL,
    op         VARCHAR(6)               NOT NULL,
    version    VARCHAR(64)              NOT NULL,
    payload    CHARACTER LARGE OBJECT,
    changed_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT change_log_op CHECK (op IN ('UPSERT', 'DELETE'))
);

CREATE INDEX change_log_entity ON change_log (entity, entity_id);
CREATE INDEX change_log_version ON change_log (version);

-- Small per-database facts for sync, such as this database's node id for the hybrid logical clock.
CREATE TABLE sync_meta (
    meta_key   VARCHAR(64)   PRIMARY KEY,
    meta_value VARCHAR(1024) NOT NULL
);
