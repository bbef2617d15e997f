package dev.aura.core.store;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.jdbi.v3.core.Jdbi;

/**
 * Opens the real store on first use (ADR 0002). Migrations registered before then are queued and applied at open,
 * so a CLI command that never touches the database never pays for opening it.
 */
public final class LazyStore implements Store {
    private final Supplier<Store> opener;
    private final List<MigrationSource> queued = new ArrayList<>();
    private Store store;
    /** Closed for good: a job still running at shutdown must not reopen (and recreate) the database. */
    private boolean closed;

    public LazyStore(Supplier<Store> opener) {
        this.opener = opener;
    }

    private synchronized Store open() {
        if (closed) {
            throw new StoreException("The database is closed because Aura is shutting down; what was still running "
                    + "is stopped. Start Aura again to continue.", null, null);
        }
        if (store == null) {
            Store opened = opener.get();
            try {
                queued.forEach(opened::migrate);
            } catch (RuntimeException e) {
                opened.close();
                throw e;
            }
            queued.clear();
            store = opened;
        }
        return store;
    }

    public synchronized boolean isOpen() {
        return store != null;
    }

    @Override
    public Jdbi jdbi() {
        return open().jdbi();
    }

    @Override
    public synchronized MigrationStatus migrate(MigrationSource source) {
        if (store != null) {
            return store.migrate(source);
        }
        queued.add(source);
        return new MigrationStatus(source.id(), "", 0, -1);
    }

    @Override
    public List<MigrationStatus> migrationStatus() {
        return open().migrationStatus();
    }

    @Override
    public synchronized void close() {
        closed = true;
        if (store != null) {
            store.close();
            store = null;
        }
    }
}
