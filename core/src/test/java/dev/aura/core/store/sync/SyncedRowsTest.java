package dev.aura.core.store.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.aura.core.store.H2Store;
import dev.aura.core.store.TestSources;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SyncedRowsTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    java.nio.file.Path temp;

    private H2Store store;
    private Jdbi jdbi;

    @BeforeEach
    void openStore() {
        store = H2Store.open(temp.resolve("aura"));
        store.migrate(TestSources.TEST_PLUGIN);
        jdbi = store.jdbi();
    }

    @AfterEach
    void closeStore() {
        store.close();
    }

    @Test
    void insertSetsSyncColumnsAndLogsTheWholeRow() throws Exception {
        UUID id = jdbi.inTransaction(h -> SyncedRows.insert(h, "test_notes", Map.of("title", "Groceries")));

        Map<String, Object> row = note(id);
        assertThat(id.version()).isEqualTo(7);
        assertThat(row.get("created_at")).isNotNull().isEqualTo(row.get("updated_at"));
        assertThat(row.get("deleted")).isEqualTo(false);
        List<Change> changes = changes();
        assertThat(changes).hasSize(1);
        Change change = changes.getFirst();
        assertThat(change.entity()).isEqualTo("test_notes");
        assertThat(change.entityId()).isEqualTo(id);
        assertThat(change.op()).isEqualTo("UPSERT");
        assertThat(change.version()).isEqualTo(row.get("version"));
        JsonNode payload = JSON.readTree(change.payload());
        assertThat(payload.get("id").asText()).isEqualTo(id.toString());
        assertThat(payload.get("title").asText()).isEqualTo("Groceries");
        assertThat(payload.get("pinned").asBoolean()).as("column default included").isFalse();
        assertThat(payload.get("version").asText()).isEqualTo(change.version());
        assertThat(OffsetDateTime.parse(payload.get("created_at").asText()).toInstant())
                .isEqualTo(((OffsetDateTime) row.get("created_at")).toInstant());
    }

    @Test
    void aWriteAndItsChangeLogRowRollBackTogether() {
        assertThatThrownBy(() -> jdbi.useTransaction(h -> {
            SyncedRows.insert(h, "test_notes", Map.of("title", "never saved"));
            throw new IllegalStateException("user cancelled");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(count("SELECT COUNT(*) FROM test_notes")).isZero();
        assertThat(changes()).isEmpty();
    }

    @Test
    void aFailingSecondWriteRollsBackTheFirstWriteAndItsLog() {
        assertThatThrownBy(() -> jdbi.useTransaction(h -> {
            SyncedRows.insert(h, "test_notes", Map.of("title", "first"));
            SyncedRows.insert(h, "test_notes", Map.of("title", "x".repeat(500)));
        })).hasMessageContaining("TITLE");

        assertThat(count("SELECT COUNT(*) FROM test_notes")).isZero();
        assertThat(changes()).isEmpty();
    }

    @Test
    void updateBumpsVersionAndUpdatedAtAndLogsTheNewRow() throws Exception {
        UUID id = jdbi.withHandle(h -> SyncedRows.insert(h, "test_notes", Map.of("title", "Draft")));
        Map<String, Object> before = note(id);
        Map<String, Object> changes = new HashMap<>();
        changes.put("title", "Final");
        changes.put("body", null);
        changes.put("tag", "work");

        boolean updated = jdbi.inTransaction(h -> SyncedRows.update(h, "test_notes", id, changes));

        Map<String, Object> after = note(id);
        assertThat(updated).isTrue();
        assertThat(after.get("title")).isEqualTo("Final");
        assertThat(after.get("created_at")).isEqualTo(before.get("created_at"));
        assertThat((String) after.get("version")).isGreaterThan((String) before.get("version"));
        assertThat(changes()).extracting(Change::op).containsExactly("UPSERT", "UPSERT");
        JsonNode payload = JSON.readTree(changes().getLast().payload());
        assertThat(payload.get("title").asText()).isEqualTo("Final");
        assertThat(payload.get("tag").asText()).isEqualTo("work");
        assertThat(payload.get("body").isNull()).isTrue();
    }

    @Test
    void deleteLeavesATombstoneAndADeleteChange() throws Exception {
        UUID id = jdbi.withHandle(h -> SyncedRows.insert(h, "test_notes", Map.of("title", "Secret")));

        boolean deleted = jdbi.inTransaction(h -> SyncedRows.delete(h, "test_notes", id));

        assertThat(deleted).isTrue();
        Map<String, Object> row = note(id);
        assertThat(row).as("the row stays, as a tombstone").containsEntry("deleted", true);
        Change change = changes().getLast();
        assertThat(change.op()).isEqualTo("DELETE");
        assertThat(change.version()).isEqualTo(row.get("version"));
        JsonNode payload = JSON.readTree(change.payload());
        assertThat(payload.get("deleted").asBoolean()).isTrue();
        assertThat(change.payload()).doesNotContain("Secret");
    }

    @Test
    void aDeletedRowCanNeitherBeUpdatedNorDeletedAgain() {
        UUID id = jdbi.withHandle(h -> SyncedRows.insert(h, "test_notes", Map.of("title", "Gone")));
        jdbi.useHandle(h -> SyncedRows.delete(h, "test_notes", id));

        assertThat(jdbi.<Boolean, RuntimeException>withHandle(h -> SyncedRows.update(h, "test_notes", id,
                Map.of("title", "Back")))).isFalse();
        assertThat(jdbi.<Boolean, RuntimeException>withHandle(h -> SyncedRows.delete(h, "test_notes", id))).isFalse();
        assertThat(jdbi.<Boolean, RuntimeException>withHandle(h -> SyncedRows.update(h, "test_notes", UUID.randomUUID(),
                Map.of("title", "Nobody")))).isFalse();
        assertThat(changes()).extracting(Change::op).containsExactly("UPSERT", "DELETE");
    }

    @Test
    void versionsIncreaseAcrossWritesAndSurviveReopening() {
        UUID id = jdbi.withHandle(h -> SyncedRows.insert(h, "test_notes", Map.of("title", "v1")));
        jdbi.useHandle(h -> SyncedRows.update(h, "test_notes", id, Map.of("title", "v2")));
        store.close();
        store = H2Store.open(temp.resolve("aura"));
        jdbi = store.jdbi();
        jdbi.useHandle(h -> SyncedRows.update(h, "test_notes", id, Map.of("title", "v3")));

        List<String> versions = changes().stream().map(Change::version).toList();
        assertThat(versions).hasSize(3).isSorted().doesNotHaveDuplicates();
        assertThat(versions).extracting(v -> v.substring(v.lastIndexOf('-') + 1)).containsOnly(versions.getFirst()
                .substring(versions.getFirst().lastIndexOf('-') + 1));
    }

    @Test
    void managedColumnsAndOddNamesAreRefused() {
        assertThatThrownBy(() -> jdbi.useHandle(h -> SyncedRows.insert(h, "test_notes",
                Map.of("title", "t", "deleted", true)))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> jdbi.useHandle(h -> SyncedRows.insert(h, "test_notes; DROP TABLE x",
                Map.of("title", "t")))).isInstanceOf(IllegalArgumentException.class);
        assertThat(changes()).isEmpty();
    }

    @Test
    void aJdbiWithoutTheStoresClockIsToldWhereToGetOne() {
        Jdbi bare = Jdbi.create("jdbc:h2:mem:bare");

        assertThatThrownBy(() -> bare.useHandle(h -> SyncedRows.insert(h, "test_notes", Map.of("title", "t"))))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("Store.jdbi()");
    }

    private Map<String, Object> note(UUID id) {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM test_notes WHERE id = ?").bind(0, id)
                .mapToMap().one());
    }

    private int count(String sql) {
        return jdbi.withHandle(h -> h.createQuery(sql).mapTo(Integer.class).one());
    }

    private List<Change> changes() {
        return jdbi.withHandle(h -> h.createQuery(
                        "SELECT entity, entity_id, op, version, payload FROM change_log ORDER BY seq")
                .map((rs, ctx) -> new Change(rs.getString(1), rs.getObject(2, UUID.class), rs.getString(3),
                        rs.getString(4), rs.getString(5)))
                .list());
    }

    private record Change(String entity, UUID entityId, String op, String version, String payload) {}
}
