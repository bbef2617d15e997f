package dev.aura.core.evals;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aura.core.store.H2Store;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JdbiEvalLogTest {
    @TempDir
    Path dir;

    private H2Store db;
    private JdbiEvalLog log;

    @BeforeEach
    void open() {
        db = H2Store.open(dir.resolve("aura"));
        log = new JdbiEvalLog(db::jdbi);
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void recordedEvaluationsComeBackNewestFirstWithEveryField() {
        EvalRecord older = new EvalRecord("e-1", Instant.parse("2026-03-01T10:00:00.123456Z"), "prompts", "card-7",
                "case-a", "ollama", "qwen3:8b", true, 0.9, 1_200);
        EvalRecord newer = new EvalRecord("e-2", Instant.parse("2026-03-01T11:00:00Z"), "prompts", "card-7",
                "case-b", "ollama", "llama3.2:3b", false, null, 800);

        log.record(older);
        log.record(newer);

        assertThat(log.recent(10)).containsExactly(newer, older);
        assertThat(log.recent(1)).containsExactly(newer);
    }

    @Test
    void aMissingIdAndProviderAreFilledIn() {
        log.record(new EvalRecord(null, Instant.parse("2026-03-01T10:00:00Z"), "prompts", "s", "c", null, "m", true,
                null, 5));

        EvalRecord stored = log.recent(1).getFirst();
        assertThat(stored.id()).hasSize(36);
        assertThat(stored.provider()).isEqualTo("ollama");
    }

    @Test
    void aSuitesResultsAreRecordedTogetherInBatches() {
        java.util.List<EvalRecord> suite = new java.util.ArrayList<>();
        for (int i = 0; i < 1_203; i++) {
            suite.add(new EvalRecord(null, Instant.parse("2026-03-01T10:00:00Z").plusSeconds(i), "prompts", "s",
                    "case " + i, null, "m", i % 3 != 0, i % 3 != 0 ? 1.0 : 0.0, i));
        }

        log.recordAll(suite);
        log.recordAll(java.util.List.of());

        assertThat(log.recent(2_000)).hasSize(1_203);
        EvalRecord newest = log.recent(1).getFirst();
        assertThat(newest.caseKey()).isEqualTo("case 1202");
        assertThat(newest.provider()).isEqualTo("ollama");
        assertThat(newest.latencyMs()).isEqualTo(1_202);
    }
}
