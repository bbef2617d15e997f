package dev.aura.core.usage;

import dev.aura.core.store.sync.Ids;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aura.core.store.H2Store;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Instant;
import org.flywaydb.core.Flyway;
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

    @Test
    void detailsRoundTrip() {
        UsageRecord failed = new UsageRecord("d-1", Instant.parse("2026-03-01T10:00:00Z"), "ollama", "qwen3:8b",
                "chat", 12, 3, 400L, 2_000L, null, null, Outcome.ERROR, "STALLED: the model stopped answering",
                "STALLED", "{\"temperature\":0.2,\"seed\":42}", 1_500L, 30L, 900L);

        log.record(failed);

        assertThat(log.recent(1)).containsExactly(failed);
    }

    @Test
    void parametersTooLongForTheColumnAreLeftOutRatherThanFailingTheCall() {
        String huge = "{\"stop\":\"" + "x".repeat(2_100) + "\"}";
        log.record(new UsageRecord("d-2", Instant.parse("2026-03-01T10:00:00Z"), "ollama", "m", "chat", 1, 1, null,
                10L, null, null, Outcome.OK, null, null, huge, null, null, null));

        assertThat(log.recent(1).getFirst().parameters()).isNull();
    }

    @Test
    void rowsWrittenBeforeVersion3GetTheirErrorKindFromTheMessage() throws Exception {
        db.close();
        Path base = dir.resolve("old").toAbsolutePath();
        String url = "jdbc:h2:file:" + base;
        Flyway.configure().dataSource(url, "sa", "").locations("classpath:db/migration/core")
                .table("flyway_history_core").baselineOnMigrate(true).baselineVersion("0").target("2").load()
                .migrate();
        try (Connection c = DriverManager.getConnection(url, "sa", ""); Statement s = c.createStatement()) {
            s.execute("""
                    INSERT INTO usage_log (id, started_at, provider, model, source, prompt_tokens, output_tokens,
                        latency_ms, outcome, error_message) VALUES
                    ('old-1', TIMESTAMP WITH TIME ZONE '2026-01-01 10:00:00+00', 'ollama', 'm', 'chat', 1, 0, 10,
                        'ERROR', 'STALLED: the model stopped answering'),
                    ('old-2', TIMESTAMP WITH TIME ZONE '2026-01-01 10:00:01+00', 'ollama', 'm', 'chat', 1, 0, 10,
                        'CANCELLED', 'CANCELLED: cancelled'),
                    ('old-3', TIMESTAMP WITH TIME ZONE '2026-01-01 10:00:02+00', 'ollama', 'm', 'chat', 1, 1, 10,
                        'OK', null),
                    ('old-4', TIMESTAMP WITH TIME ZONE '2026-01-01 10:00:03+00', 'ollama', 'm', 'chat', 1, 0, 10,
                        'ERROR', 'no kind here')""");
        }

        db = H2Store.open(base);
        log = new JdbiUsageLog(db.jdbi());

        assertThat(log.recent(10)).extracting(UsageRecord::id, UsageRecord::errorKind).containsExactly(
                org.assertj.core.groups.Tuple.tuple("old-4", null),
                org.assertj.core.groups.Tuple.tuple("old-3", null),
                org.assertj.core.groups.Tuple.tuple("old-2", "CANCELLED"),
                org.assertj.core.groups.Tuple.tuple("old-1", "STALLED"));
        int distinctSeqs = db.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(DISTINCT seq) FROM usage_log")
                .mapTo(Integer.class).one());
        assertThat(distinctSeqs).isEqualTo(4);
    }
}
