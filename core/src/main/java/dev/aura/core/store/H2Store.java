package dev.aura.core.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.aura.core.store.sync.HybridLogicalClock;
import dev.aura.core.store.sync.NodeIds;
import dev.aura.core.store.sync.SyncConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationInfoService;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.sqlobject.SqlObjectPlugin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The profile's H2 file database: a small HikariCP pool, Jdbi with SqlObject, and Flyway migrations per source,
 * each with its own history table. Core's migrations run on {@link #open}.
 */
public final class H2Store implements Store {
    /** Core's own migrations. */
    public static final MigrationSource CORE =
            new MigrationSource("core", "classpath:db/migration/core", H2Store.class.getClassLoader());

    /**
     * AUTO_SERVER: the first process opens the file and serves it on 127.0.0.1 (see the static block), so `aura`
     * on the command line works while the window is open. LOCK_TIMEOUT: a write waits up to 10 s for the other
     * process's transaction instead of failing at once.
     */
    static final String URL_OPTIONS = ";AUTO_SERVER=TRUE;LOCK_TIMEOUT=10000";

    /** H2 reads this once, when its first class loads; set here so nothing else needs to remember it. */
    static final String BIND_ADDRESS_PROPERTY = "h2.bindAddress";

    private static final Logger LOG = LoggerFactory.getLogger(H2Store.class);
    private static final int MAX_POOL_SIZE = 4;

    static {
        // AUTO_SERVER's TCP server would otherwise listen on every interface; only local processes need it.
        if (System.getProperty(BIND_ADDRESS_PROPERTY) == null) {
            System.setProperty(BIND_ADDRESS_PROPERTY, "127.0.0.1");
        }
    }

    private final Path file;
    private final HikariDataSource dataSource;
    private final Jdbi jdbi;
    /** Sources migrated in this process: the class path cannot gain migrations while it runs. */
    private final Map<String, Migrated> migrated = new LinkedHashMap<>();
    private final MigrationFingerprints fingerprints;

    private H2Store(Path file, HikariDataSource dataSource) {
        this.file = file;
        this.dataSource = dataSource;
        this.jdbi = Jdbi.create(dataSource).installPlugin(new SqlObjectPlugin());
        this.fingerprints = new MigrationFingerprints(jdbi);
    }

    /**
     * Opens (or creates) the database at {@code databaseBase + ".mv.db"} and applies core's migrations.
     *
     * @param databaseBase H2's base name, e.g. {@link dev.aura.core.paths.AppPaths#databaseBase()}
     * @throws StoreException with a message for the user when the file is locked, damaged, read-only, the disk is
     *                        full or the folder cannot be written
     */
    public static H2Store open(Path databaseBase) {
        Path base = databaseBase.toAbsolutePath().normalize();
        Path file = base.resolveSibling(base.getFileName() + ".mv.db");
        checkWritable(base.getParent(), file);
        HikariDataSource dataSource;
        try {
            dataSource = new HikariDataSource(poolConfig(base));
        } catch (RuntimeException e) {
            throw OpenFailures.translate(file, e);
        }
        H2Store store = new H2Store(file, dataSource);
        try {
            store.migrate(CORE);
            store.installSyncClock();
        } catch (RuntimeException e) {
            dataSource.close();
            throw e instanceof StoreException se ? se : OpenFailures.translate(file, e);
        }
        LOG.info("Opened database {}", file);
        return store;
    }

    /** The database file ({@code ...mv.db}). */
    public Path file() {
        return file;
    }

    @Override
    public Jdbi jdbi() {
        return jdbi;
    }

    @Override
    public synchronized MigrationStatus migrate(MigrationSource source) {
        Migrated entry = migrated.computeIfAbsent(source.id(), id -> new Migrated(source));
        if (!entry.source.location().equals(source.location())) {
            throw new IllegalArgumentException("Migration source id '" + source.id() + "' is already used by "
                    + entry.source.location() + "; each source needs its own id (and so its own history table)");
        }
        if (entry.status != null) {
            return entry.status; // the host and a plugin's own factory may both ask
        }
        Optional<String> fingerprint = MigrationFingerprint.of(source);
        Optional<MigrationStatus> unchanged = fingerprint.flatMap(f -> fingerprints.current(source.id(), f));
        if (unchanged.isPresent()) {
            entry.status = unchanged.get();
            return entry.status;
        }
        try {
            entry.flyway().migrate();
        } catch (FlywayException e) {
            throw new StoreException("The database changes of '" + source.id() + "' could not be applied to "
                    + file + " (" + e.getMessage() + "). Its data stays at version "
                    + status(source.id(), entry.flyway()).currentVersion() + ". Update or disable what provides '"
                    + source.id() + "', or restore a backup with 'aura db restore'.", file, e);
        }
        entry.status = status(source.id(), entry.flyway());
        if (fingerprint.isPresent() && entry.status.isCurrent()) {
            fingerprints.remember(entry.status, fingerprint.get());
        }
        return entry.status;
    }

    @Override
    public synchronized List<MigrationStatus> migrationStatus() {
        List<MigrationStatus> statuses = new ArrayList<>();
        migrated.forEach((id, entry) -> statuses.add(entry.status != null ? entry.status : status(id, entry.flyway())));
        return List.copyOf(statuses);
    }

    /** Returns the pool's connections; H2 closes the file with the last one (no SHUTDOWN: see ARCHITECTURE §10). */
    @Override
    public void close() {
        if (!dataSource.isClosed()) {
            dataSource.close();
            LOG.info("Closed database {}", file);
        }
    }

    private void installSyncClock() {
        HybridLogicalClock clock = jdbi.withHandle(h ->
                new HybridLogicalClock(NodeIds.loadOrCreate(h), InstantSource.system(), NodeIds.lastVersion(h)));
        jdbi.getConfig(SyncConfig.class).setClock(clock, InstantSource.system());
    }

    private Flyway flyway(MigrationSource source) {
        return Flyway.configure(source.classLoader())
                .dataSource(dataSource)
                .locations(source.location())
                .table(source.historyTable())
                // Core and plugins share one schema: a source arriving after others starts from an empty baseline.
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .load();
    }

    /**
     * Current version is the highest successfully applied one, "0" before the first. Baselines are not counted; a
     * failed migration counts as pending, so {@link MigrationStatus#isCurrent()} is false until it is fixed.
     */
    private static MigrationStatus status(String id, Flyway flyway) {
        MigrationInfoService info = flyway.info();
        String version = "0";
        int applied = 0;
        int failed = 0;
        for (MigrationInfo migration : info.applied()) {
            if (migration.getState().isFailed()) {
                failed++;
            } else if (!migration.getType().isSynthetic()) {
                applied++;
                if (migration.getVersion() != null) {
                    version = migration.getVersion().getVersion();
                }
            }
        }
        return new MigrationStatus(id, version, applied, info.pending().length + failed);
    }

    /** A source seen in this process: its Flyway built only when needed, its status once migrated. */
    private final class Migrated {
        final MigrationSource source;
        MigrationStatus status;
        private Flyway flyway;

        Migrated(MigrationSource source) {
            this.source = source;
        }

        Flyway flyway() {
            if (flyway == null) {
                flyway = H2Store.this.flyway(source);
            }
            return flyway;
        }
    }

    private static HikariConfig poolConfig(Path base) {
        HikariConfig config = new HikariConfig();
        config.setPoolName("aura-h2");
        config.setJdbcUrl("jdbc:h2:file:" + base + URL_OPTIONS);
        config.setUsername("sa");
        config.setPassword("");
        config.setMaximumPoolSize(MAX_POOL_SIZE);
        config.setMinimumIdle(1);
        // Never retire every connection at once: H2 would close and reopen the file, and hand over the server.
        config.setMaxLifetime(0);
        config.setConnectionTimeout(15_000);
        return config;
    }

    private static void checkWritable(Path folder, Path file) {
        if (file.toString().contains(";")) {
            throw new StoreException("Aura cannot use the database " + file + " because its path contains ';', "
                    + "which the database engine does not accept. Start Aura with --data-dir (or AURA_HOME) "
                    + "pointing to a folder without ';' in its path.", file, null);
        }
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw OpenFailures.unwritableFolder(folder, file, e);
        }
        if (!Files.isWritable(folder)) {
            throw OpenFailures.unwritableFolder(folder, file, new IOException("folder is not writable"));
        }
        if (Files.exists(file) && !Files.isWritable(file)) {
            throw OpenFailures.readOnlyFile(file);
        }
    }
}
