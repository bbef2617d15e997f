package dev.aura.core.store;

import java.util.List;
import org.jdbi.v3.core.Jdbi;

/** The embedded H2 database of one profile. Never used on the FX thread. */
public interface Store extends AutoCloseable {
    Jdbi jdbi();

    /** Applies the source's pending migrations once per process, recording them in its own history table. */
    MigrationStatus migrate(MigrationSource source);

    /** Status of every source migrated so far in this process. */
    List<MigrationStatus> migrationStatus();

    @Override
    void close();
}
