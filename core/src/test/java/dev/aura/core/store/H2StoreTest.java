package dev.aura.core.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class H2StoreTest {
    @TempDir
    Path temp;

    @Test
    void openingAnEmptyFolderCreatesTheDatabaseAndAppliesCoreMigrations() {
        Path base = temp.resolve("profile/data/aura");
        try (H2Store store = H2Store.open(base)) {
            assertThat(store.file()).isEqualTo(temp.resolve("profile/data/aura.mv.db"));
            assertThat(Files.exists(store.file())).isTrue();
            assertThat(store.migrationStatus()).containsExactly(new MigrationStatus("core", "3", 3, 0));
            assertThat(tables(store)).contains("change_log", "sync_meta", "flyway_history_core");
            int lockTimeout = store.jdbi().withHandle(h ->
                    h.createQuery("SELECT LOCK_TIMEOUT()").mapTo(Integer.class).one());
            assertThat(lockTimeout).as("a write waits for the other process").isEqualTo(10_000);
        }
    }

    @Test
    void pluginSourceMigratesAfterCoreWithItsOwnHistoryTable() {
        try (H2Store store = H2Store.open(temp.resolve("aura"))) {
            MigrationStatus status = store.migrate(TestSources.TEST_PLUGIN);

            assertThat(status).isEqualTo(new MigrationStatus("testplugin", "2", 2, 0));
            assertThat(status.isCurrent()).isTrue();
            assertThat(tables(store)).contains("test_notes", "flyway_history_testplugin");
            assertThat(store.migrationStatus()).extracting(MigrationStatus::sourceId)
                    .containsExactly("core", "testplugin");
            assertThat(historyDescriptions(store, "flyway_history_core")).contains("sync foundation")
                    .doesNotContain("notes", "note tags");
            assertThat(historyDescriptions(store, "flyway_history_testplugin")).contains("notes", "note tags")
                    .doesNotContain("sync foundation");
        }
    }

    @Test
    void reopeningAppliesNothingTwiceAndKeepsData() {
        Path base = temp.resolve("aura");
        try (H2Store store = H2Store.open(base)) {
            store.migrate(TestSources.TEST_PLUGIN);
            store.jdbi().useHandle(h -> h.execute("INSERT INTO sync_meta VALUES ('kept', 'yes')"));
        }
        try (H2Store store = H2Store.open(base)) {
            assertThat(store.migrate(TestSources.TEST_PLUGIN)).isEqualTo(new MigrationStatus("testplugin", "2", 2, 0));
            assertThat(store.migrationStatus()).contains(new MigrationStatus("core", "3", 3, 0));
            String kept = store.jdbi().withHandle(h -> h.createQuery(
                    "SELECT meta_value FROM sync_meta WHERE meta_key = 'kept'").mapTo(String.class).one());
            assertThat(kept).isEqualTo("yes");
        }
    }

    @Test
    void aFailingPluginMigrationNamesTheSourceAndLeavesTheStoreUsable() {
        try (H2Store store = H2Store.open(temp.resolve("aura"))) {
            assertThatThrownBy(() -> store.migrate(TestSources.BROKEN_PLUGIN))
                    .isInstanceOf(StoreException.class)
                    .hasMessageContaining("'broken-plugin'")
                    .hasMessageContaining(store.file().toString());

            assertThat(store.migrate(TestSources.TEST_PLUGIN).isCurrent()).isTrue();
            assertThat(store.migrationStatus()).filteredOn(s -> s.sourceId().equals("broken-plugin"))
                    .singleElement()
                    .satisfies(s -> assertThat(s.isCurrent()).isFalse())
                    .satisfies(s -> assertThat(s.currentVersion()).isEqualTo("0"));
        }
    }

    @Test
    void aSecondSourceWithAnIdInUseIsRefused() {
        MigrationSource impostor = new MigrationSource("core", "classpath:db/migration/testplugin",
                getClass().getClassLoader());
        try (H2Store store = H2Store.open(temp.resolve("aura"))) {
            assertThatThrownBy(() -> store.migrate(impostor))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("'core'");
            assertThat(tables(store)).doesNotContain("test_notes");
        }
    }

    @Test
    void aPathWithASemicolonIsRefusedBeforeH2MisreadsIt() {
        assertThatThrownBy(() -> H2Store.open(temp.resolve("odd;name/aura")))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("';'")
                .hasMessageContaining("--data-dir");
    }

    @Test
    void twoStoresOnOneFileSeeEachOthersCommittedWrites() {
        Path base = temp.resolve("aura");
        try (H2Store window = H2Store.open(base); H2Store cli = H2Store.open(base)) {
            cli.jdbi().useHandle(h -> h.execute("INSERT INTO sync_meta VALUES ('from_cli', '1')"));

            int seen = window.jdbi().withHandle(h -> h.createQuery(
                    "SELECT COUNT(*) FROM sync_meta WHERE meta_key = 'from_cli'").mapTo(Integer.class).one());
            assertThat(seen).isEqualTo(1);
        }
    }

    @Test
    void closingTwiceIsHarmlessAndReleasesTheFile() {
        Path base = temp.resolve("aura");
        H2Store store = H2Store.open(base);
        store.close();
        store.close();

        assertThat(Files.exists(temp.resolve("aura.lock.db"))).as("H2 lock file removed on close").isFalse();
    }

    @Test
    void unwritableFolderFailsWithAMessageNamingTheFileAndWhatToDo() throws Exception {
        // A regular file where the folder should be: unwritable for every user, root included.
        Path notAFolder = Files.writeString(temp.resolve("occupied"), "x");

        assertThatThrownBy(() -> H2Store.open(notAFolder.resolve("data/aura")))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining(notAFolder.resolve("data/aura.mv.db").toString())
                .hasMessageContaining("--data-dir")
                .satisfies(e -> assertThat(((StoreException) e).file())
                        .isEqualTo(notAFolder.resolve("data/aura.mv.db")));
    }

    @Test
    void damagedFileFailsWithAMessageAboutRestoring() throws Exception {
        Path file = temp.resolve("aura.mv.db");
        Files.writeString(file, "this is not an H2 database file ".repeat(512));

        assertThatThrownBy(() -> H2Store.open(temp.resolve("aura")))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining(file.toString())
                .hasMessageContaining("aura db restore");
    }

    private static List<String> historyDescriptions(H2Store store, String historyTable) {
        return store.jdbi().withHandle(h -> h.createQuery("SELECT \"description\" FROM \"" + historyTable + "\"")
                .mapTo(String.class).list());
    }

    private static List<String> tables(H2Store store) {
        return store.jdbi().withHandle(h -> h.createQuery(
                        "SELECT LOWER(table_name) FROM information_schema.tables WHERE table_schema = 'PUBLIC'")
                .mapTo(String.class).list());
    }
}
