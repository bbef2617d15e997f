package dev.aura.core.testing;

import java.nio.file.Path;
import org.flywaydb.core.Flyway;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * An H2 file database in a test's temp dir with core's migrations applied, without the Store: for tests of
 * repositories that only need a {@link Jdbi}. Keeps one connection open so H2 does not close the file in between.
 */
public final class CoreTestDatabase implements AutoCloseable {
    private final Jdbi jdbi;
    private final Handle keepOpen;

    public CoreTestDatabase(Path dir) {
        String url = "jdbc:h2:file:" + dir.resolve("aura").toAbsolutePath() + ";MODE=Regular";
        Flyway.configure()
                .dataSource(url, "sa", "")
                .locations("classpath:db/migration/core")
                .load()
                .migrate();
        this.jdbi = Jdbi.create(url, "sa", "");
        this.keepOpen = jdbi.open();
    }

    public Jdbi jdbi() {
        return jdbi;
    }

    @Override
    public void close() {
        keepOpen.close();
    }
}
