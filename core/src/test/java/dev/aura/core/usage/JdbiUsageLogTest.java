package dev.aura.core.usage;

import dev.aura.core.store.sync.Ids;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aura.core.store.H2Store;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JdbiUsageLogTest {
    @TempDir
    Path dir;

    private H2Store db;
    private JdbiUsageLog log;

    @BeforeEach
    void open() {
        db = H2Store.open(dir.resolve("aura"));
        log = new JdbiUsageLog(db.jdbi());
    }

    @AfterEach
    void close() {
        db.close();
    }

    private static UsageRecord call(String model, Instant at, Outcome outcome) {
        return new UsageRecord(Ids.newId().toString(), at, "ollama", model, "chat", 26, 5, 120L, 900L, 48.5, null,
                outcome, outcome == Outcome.OK ? null : "STALLED: the model stopped answering");
    }

    @Test
    void recordedCallsComeBackNewestFirstWithEveryField() {
        UsageRecord older = call("llama3.2:3b", Instant.parse("2026-03-01T10:00:00.123456Z"), Outcome.OK);
        UsageRecord newer = call("qwen3:8b", Instant.parse("2026-03-01T11:00:00Z"), Outcome.ERROR);

        log.record(older);
        log.record(newer);

        assertThat(log.count()).isEqualTo(2);
        assertThat(log.recent(10)).containsExactly(newer, older);
        assertThat(log.recent(1)).containsExactly(newer);
    }

    @Test
    void nullTimingsAndAMissingIdAreAccepted() {
        UsageRecord cancelled = new UsageRecord(null, Instant.parse("2026-03-01T10:00:00Z"), "ollama", "m", "cli", 0, 0,
                null, 15L, null, null, Outcome.CANCELLED, "cancelled");

        log.record(cancelled);

        UsageRecord stored = log.recent(1).getFirst();
        assertThat(stored.id()).hasSize(36);
        assertThat(stored.timeToFirstTokenMs()).isNull();
        assertThat(stored.tokensPerSecond()).isNull();
        assertThat(stored.outcome()).isEqualTo(Outcome.CANCELLED);
    }

    @Test
    void idsAreTimeOrderedVersion7Uuids() {
        var first = Ids.newId();
        var second = Ids.newId();

        assertThat(first.version()).isEqualTo(7);
        assertThat(first.variant()).isEqualTo(2);
        assertThat(first.getMostSignificantBits() >>> 16).isLessThanOrEqualTo(second.getMostSignificantBits() >>> 16);
    }
}
