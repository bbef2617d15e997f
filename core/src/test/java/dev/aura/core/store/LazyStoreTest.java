package dev.aura.core.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LazyStoreTest {
    @TempDir Path dir;

    private final MigrationSource plugin =
            new MigrationSource("testplugin", "classpath:db/migration/testplugin", LazyStoreTest.class.getClassLoader());

    @Test
    void theDatabaseIsNotOpenedUntilItIsUsed() {
        try (LazyStore store = new LazyStore(() -> H2Store.open(dir.resolve("aura")))) {
            store.migrate(plugin);
            assertThat(store.isOpen()).isFalse();
            assertThat(Files.exists(dir.resolve("aura.mv.db"))).isFalse();
        }
    }

    @Test
    void migrationsQueuedBeforeOpeningAreAppliedWhenItOpens() {
        try (LazyStore store = new LazyStore(() -> H2Store.open(dir.resolve("aura")))) {
            assertThat(store.migrate(plugin).pending()).isEqualTo(-1);

            assertThat(store.migrationStatus())
                    .extracting(MigrationStatus::sourceId, MigrationStatus::isCurrent)
                    .contains(org.assertj.core.groups.Tuple.tuple("core", true),
                            org.assertj.core.groups.Tuple.tuple("testplugin", true));
            assertThat(store.isOpen()).isTrue();
        }
    }

    @Test
    void aClosedStoreNeverReopensSoAJobStillRunningAtShutdownCannotRecreateTheFile() throws Exception {
        LazyStore store = new LazyStore(() -> H2Store.open(dir.resolve("aura")));
        store.jdbi();
        store.close();
        Files.delete(dir.resolve("aura.mv.db"));

        org.assertj.core.api.Assertions.assertThatThrownBy(store::jdbi)
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("shutting down");
        assertThat(Files.exists(dir.resolve("aura.mv.db"))).isFalse();
    }
}
