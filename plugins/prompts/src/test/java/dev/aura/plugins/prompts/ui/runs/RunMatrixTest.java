package dev.aura.plugins.prompts.ui.runs;

import static org.assertj.core.api.Assertions.assertThat;
import static dev.aura.plugins.prompts.run.CellResult.Status.ERROR;
import static dev.aura.plugins.prompts.run.CellResult.Status.FAILED;
import static dev.aura.plugins.prompts.run.CellResult.Status.PASSED;

import dev.aura.plugins.prompts.history.CellChange;
import dev.aura.plugins.prompts.history.RunCell;
import dev.aura.plugins.prompts.history.RunComparison;
import dev.aura.plugins.prompts.run.CellResult;
import dev.aura.plugins.prompts.store.PromptsStoreFixture;
import java.util.List;
import org.junit.jupiter.api.Test;

class RunMatrixTest {
    /** The fixture's cell, placed at a test and variant position. */
    private static RunCell cell(String test, int testIndex, String variant, int promptIndex, String model,
            CellResult.Status status) {
        CellResult r = PromptsStoreFixture.cell(test, variant, model, status).result();
        return new RunCell(test, variant, new CellResult(testIndex, promptIndex, r.providerId(), r.model(),
                r.renderedPrompt(), r.output(), r.grade(), r.error(), r.latencyMs(), r.promptTokens(),
                r.outputTokens(), r.cost(), r.cancelled()));
    }

    @Test
    void aStoredRunGroupsEachVariantsModelsTogetherAndCountsItsCells() {
        RunMatrix matrix = new RunMatrix();

        matrix.show(List.of(cell("refund", 0, "A", 0, "llama3.2", PASSED), cell("refund", 0, "B", 1, "qwen", FAILED),
                cell("refund", 0, "A", 0, "qwen", ERROR), cell("greeting", 1, "B", 1, "llama3.2", PASSED)));

        assertThat(matrix.columns()).extracting(c -> c.variant() + "/" + c.model())
                .containsExactly("A/llama3.2", "A/qwen", "B/qwen", "B/llama3.2");
        assertThat(matrix.rows()).extracting(MatrixRow::testName).containsExactly("refund", "greeting");
        assertThat(matrix.cell(1, 0)).as("a cell the run did not have").isNull();
        assertThat(matrix.totals().passed()).isEqualTo(2);
        assertThat(matrix.totals().failed()).isEqualTo(1);
        assertThat(matrix.totals().errors()).isEqualTo(1);
        assertThat(matrix.totals().passRate()).isEqualTo(0.5);
        assertThat(matrix.totals().tokens()).isEqualTo(3 * 46);
    }

    @Test
    void aCellPlacedAgainReplacesItsCountsAndAComparisonMarksCellsByName() {
        RunMatrix matrix = new RunMatrix();
        matrix.layout(List.of("refund"), List.of("A"), List.of("llama3.2"));
        matrix.put(cell("refund", 0, "A", 0, "llama3.2", FAILED));
        matrix.put(cell("refund", 0, "A", 0, "llama3.2", PASSED));
        assertThat(matrix.totals().passed()).isEqualTo(1);
        assertThat(matrix.totals().failed()).isZero();

        matrix.mark(new RunComparison(null, null, List.of(new CellChange("refund", "A", "llama3.2", FAILED, PASSED,
                CellChange.Kind.FIX))));

        assertThat(matrix.cell(0, 0).change()).isEqualTo(CellChange.Kind.FIX);
        assertThat(matrix.cell(0, 0).changed()).isTrue();
        matrix.unmark();
        assertThat(matrix.cell(0, 0).change()).isNull();
        assertThat(matrix.put(cell("other", 3, "A", 0, "llama3.2", PASSED))).as("no row for it").isFalse();
    }
}
