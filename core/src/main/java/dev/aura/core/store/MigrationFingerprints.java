package dev.aura.core.store;

import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/**
 * The fingerprint of each source's scripts at its last successful migration, with the status it left. Kept outside
 * Flyway's history on purpose: it is only a cache, and a missing or stale row just means Flyway runs.
 */
final class MigrationFingerprints {
    private static final String TABLE = "aura_migration_fingerprint";

    private final Jdbi jdbi;
    private boolean created;

    MigrationFingerprints(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** The stored status when {@code fingerprint} is the one recorded for {@code sourceId}. */
    Optional<MigrationStatus> current(String sourceId, String fingerprint) {
        ensureTable();
        return jdbi.withHandle(h -> h.createQuery("SELECT current_version, applied FROM " + TABLE
                        + " WHERE source = :source AND fingerprint = :fingerprint")
                .bind("source", sourceId)
                .bind("fingerprint", fingerprint)
                .map((rs, ctx) -> new MigrationStatus(sourceId, rs.getString(1), rs.getInt(2), 0))
                .findOne());
    }

    void remember(MigrationStatus status, String fingerprint) {
        ensureTable();
        jdbi.useHandle(h -> h.createUpdate("MERGE INTO " + TABLE
                        + " (source, fingerprint, current_version, applied) KEY (source)"
                        + " VALUES (:source, :fingerprint, :version, :applied)")
                .bind("source", status.sourceId())
                .bind("fingerprint", fingerprint)
                .bind("version", status.currentVersion())
                .bind("applied", status.applied())
                .execute());
    }

    private void ensureTable() {
        if (!created) {
            jdbi.useHandle(h -> h.execute("CREATE TABLE IF NOT EXISTS " + TABLE + " (source VARCHAR(64) PRIMARY KEY,"
                    + " fingerprint VARCHAR(64) NOT NULL, current_version VARCHAR(64) NOT NULL, applied INT NOT NULL)"));
            created = true;
        }
    }
}
