package dev.aura.plugins.prompts.history;

import static dev.aura.plugins.prompts.run.CellResult.Status.CANCELLED;
import static dev.aura.plugins.prompts.run.CellResult.Status.ERROR;
import static dev.aura.plugins.prompts.run.CellResult.Status.FAILED;
import static dev.aura.plugins.prompts.run.CellResult.Status.PASSED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.aura.plugins.prompts.history.CellChange.Kind;
import dev.aura.plugins.prompts.run.CellResult;
import dev.aura.plugins.prompts.store.PromptsStoreFixture;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class RunComparatorTest {
    private static RunCell cell(String test, String model, CellResult.Status status) {
        return PromptsStoreFixture.cell(test, "A", model, status);
    }

    private static StoredRun run(String id, RunCell... cells) {
        List<RunCell> list = List.of(cells);
        return new StoredRun(new RunSummary(id, "card", 1, Instant.EPOCH, 0, List.of("m"), 1, RunStatus.COMPLETED,
                PromptsStoreFixture.statsOf(list)), list);
    }

    @Test
    void classifiesEveryPairOfStatuses() {
        assertThat(RunComparator.kind(PASSED, FAILED)).isEqualTo(Kind.REGRESSION);
        assertThat(RunComparator.kind(PASSED, ERROR)).isEqualTo(Kind.REGRESSION);
        assertThat(RunComparator.kind(FAILED, PASSED)).isEqualTo(Kind.FIX);
        assertThat(RunComparator.kind(ERROR, PASSED)).isEqualTo(Kind.FIX);
        for (CellResult.Status same : CellResult.Status.values()) {
            assertThat(RunComparator.kind(same, same)).isEqualTo(Kind.UNCHANGED);
        }
        assertThat(RunComparator.kind(FAILED, ERROR)).isEqualTo(Kind.UNCHANGED);
        assertThat(RunComparator.kind(ERROR, FAILED)).isEqualTo(Kind.UNCHANGED);
        for (CellResult.Status other : CellResult.Status.values()) {
            assertThat(RunComparator.kind(CANCELLED, other)).isEqualTo(Kind.UNCHANGED);
            assertThat(RunComparator.kind(other, CANCELLED)).isEqualTo(Kind.UNCHANGED);
        }
    }

    @Test
    void listsRegressionsThenFixesThenNewRemovedAndUnchanged() {
        StoredRun before = run("r1",
                cell("same", "m", PASSED),
                cell("breaks", "m", PASSED),
                cell("dropped", "m", FAILED),
                cell("heals", "m", ERROR),
                cell("breaks too", "m", PASSED),
                cell("was cancelled", "m", CANCELLED));
        StoredRun after = run("r2",
                cell("added", "m", FAILED),
                cell("breaks too", "m", ERROR),
                cell("same", "m", PASSED),
                cell("heals", "m", PASSED),
                cell("was cancelled", "m", FAILED),
                cell("breaks", "m", FAILED));

        RunComparison comparison = RunComparator.compare(before, after);

        assertThat(comparison.changes()).extracting(CellChange::testName, CellChange::before, CellChange::after,
                CellChange::kind).containsExactly(
                tuple("breaks too", PASSED, ERROR, Kind.REGRESSION),
                tuple("breaks", PASSED, FAILED, Kind.REGRESSION),
                tuple("heals", ERROR, PASSED, Kind.FIX),
                tuple("added", null, FAILED, Kind.NEW),
                tuple("dropped", FAILED, null, Kind.REMOVED),
                tuple("same", PASSED, PASSED, Kind.UNCHANGED),
                tuple("was cancelled", CANCELLED, FAILED, Kind.UNCHANGED));
        assertThat(comparison.count(Kind.REGRESSION)).isEqualTo(2);
        assertThat(comparison.before().id()).isEqualTo("r1");
        assertThat(comparison.after().id()).isEqualTo("r2");
    }

    @Test
    void matchesCellsByTestVariantAndModelNotByPosition() {
        StoredRun before = run("r1", cell("t", "llama", PASSED), cell("t", "qwen", FAILED),
                PromptsStoreFixture.cell("t", "B", "llama", PASSED));
        StoredRun after = run("r2", PromptsStoreFixture.cell("t", "B", "llama", FAILED), cell("t", "qwen", PASSED),
                cell("t", "llama", PASSED));

        RunComparison comparison = RunComparator.compare(before, after);

        assertThat(comparison.changes()).extracting(CellChange::variantLabel, CellChange::model, CellChange::kind)
                .containsExactly(tuple("B", "llama", Kind.REGRESSION), tuple("A", "qwen", Kind.FIX),
                        tuple("A", "llama", Kind.UNCHANGED));
    }
}
